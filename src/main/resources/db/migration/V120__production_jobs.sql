-- Issue 16: an upload's import job and why a whole file was refused, kept so the page after the upload (and a
-- reload after a restart) can say what happened. Progress while running lives in memory; the outcome lives here.
create table production_job (
    id               uuid         primary key,
    source_name      varchar(300) not null,
    started_by       varchar(100) not null,
    started_at       timestamptz  not null,
    finished_at      timestamptz,
    lines            bigint       not null default 0,
    rejected         bigint       not null default 0,
    import_id        bigint       references production_import (id) on delete set null,
    already_imported boolean      not null default false
);

create index production_job_started_at on production_job (started_at);

create table production_job_problem (
    job_id   uuid          not null references production_job (id) on delete cascade,
    position int           not null,
    text     varchar(2000) not null,
    primary key (job_id, position)
);

-- The reference number of a rejected line, so the rejections download has line, reference and reason apart.
alter table production_rejection add column reference varchar(40);

-- Warnings about an import as a whole (a message total that does not match its lines, a sender that is no known
-- provider): the lines are imported, the policy officer is told.
create table production_import_warning (
    import_id    bigint        not null references production_import (id) on delete cascade,
    position     int           not null,
    text         varchar(2000) not null,
    provider_agb varchar(8),
    primary key (import_id, position)
);

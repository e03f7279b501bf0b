-- Personal data in story text is masked at intake. The masked text is what everyone reads; the original
-- is kept only sealed (AES-GCM, key outside the database) so a policy officer can undo a wrong redaction.
alter table story alter column body type text;
alter table story add constraint story_body_length check (char_length(body) <= 40000);
alter table story alter column title type varchar(400);
alter table story add column title_sealed bytea;
alter table story add column body_sealed bytea;

create table story_redaction (
    story_id     uuid        not null references story (id) on delete cascade,
    field        varchar(5)  not null check (field in ('TITLE', 'BODY')),
    position     int         not null,
    kind         varchar(10) not null check (kind in ('BSN', 'PHONE', 'EMAIL', 'IBAN', 'ADDRESS', 'POSTCODE', 'NAME')),
    start_offset int         not null,
    end_offset   int         not null,
    state        varchar(10) not null default 'AUTO' check (state in ('AUTO', 'CONFIRMED', 'UNDONE')),
    decided_by   varchar(100),
    decided_at   timestamptz,
    primary key (story_id, field, position)
);

-- Issue 7: council reports (raadsinformatie). A draft holds the texts a person wrote and the quotes a person chose;
-- publishing freezes it: the snapshot (figures, charts, quoted texts, data state) and the HTML made from it are
-- stored and never computed again (ADR 0014).
create table council_report (
    id                  bigserial    primary key,
    opgave_id           bigint       not null references opgave (id),
    provider_id         bigint       references provider (id),
    district_code       varchar(10)  references district (code),
    period_from         date         not null,
    period_to           date         not null,
    title               varchar(200) not null,
    introduction        varchar(10000) not null default '',
    closing_well        varchar(5000) not null default '',
    closing_vulnerable  varchar(5000) not null default '',
    closing_absent      varchar(5000) not null default '',
    closing_decisions   varchar(5000) not null default '',
    status              varchar(12)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    created_by          varchar(100) not null,
    created_at          timestamptz  not null default now(),
    published_by        varchar(100),
    published_at        timestamptz,
    snapshot            jsonb,
    html                text,
    html_sha256         varchar(64),
    check (period_to >= period_from),
    check (status = 'DRAFT' or (snapshot is not null and html is not null and published_at is not null))
);

-- A quote chosen and lightly edited by a person. story_id is cleared when the teller withdraws the story; a
-- published report then shows that a quote was withdrawn instead of the text.
create table council_report_quote (
    id           bigserial    primary key,
    report_id    bigint       not null references council_report (id) on delete cascade,
    story_id     uuid,
    position     int          not null,
    quoted_text  varchar(1500) not null,
    teller_role  varchar(20)  not null,
    withdrawn_at timestamptz
);
create index council_report_quote_story_idx on council_report_quote (story_id);

-- Told experiences. Special-category personal data: no BSN, no account; the receipt code is kept
-- only as a hash so nobody can read it back.
create table story (
    id                uuid         primary key,
    collection_id     bigint       not null references collection (id),
    opgave_id         bigint       not null references opgave (id),
    framework_id      bigint       not null references framework (id),
    provider_id       bigint       references provider (id),
    district_code     varchar(10)  references district (code),
    teller_role       varchar(20)  not null check (teller_role in ('CLIENT', 'PROFESSIONAL')),
    title             varchar(200) not null,
    body              varchar(20000) not null,
    language          varchar(5)   not null,
    consent_analysis  boolean      not null,
    consent_quote     boolean      not null,
    consent_share     boolean      not null,
    submitted_at      timestamptz  not null,
    receipt_hash      varchar(64)  not null unique,
    idempotency_key   uuid         not null unique
);
create index story_opgave_idx on story (opgave_id, submitted_at);

create table story_answer (
    story_id      uuid        not null references story (id) on delete cascade,
    question_code varchar(60) not null,
    kind          varchar(20) not null,
    option_code   varchar(60) not null default '',
    a             double precision,
    b             double precision,
    c             double precision,
    primary key (story_id, question_code, option_code)
);

-- Signification frameworks: versioned sets of questions. A published version never changes.
create table framework (
    id           bigint generated always as identity primary key,
    name         varchar(200) not null,
    version      int          not null,
    status       varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at   timestamptz  not null default now()
);

create table question (
    id           bigint generated always as identity primary key,
    framework_id bigint       not null references framework (id) on delete cascade,
    code         varchar(60)  not null check (code ~ '^[a-z][a-z0-9_]*$'),
    position     int          not null,
    kind         varchar(20)  not null check (kind in ('TRIAD', 'DYAD', 'MULTIPLE_CHOICE')),
    prompt_nl    varchar(1000) not null,
    prompt_en    varchar(1000) not null,
    required     boolean      not null default true,
    unique (framework_id, code)
);

-- For a triad the three corners, for a dyad the two poles, for a choice question its options.
create table question_option (
    question_id bigint       not null references question (id) on delete cascade,
    position    int          not null,
    code        varchar(60)  not null check (code ~ '^[a-z][a-z0-9_]*$'),
    label_nl    varchar(300) not null,
    label_en    varchar(300) not null,
    primary key (question_id, position),
    unique (question_id, code)
);

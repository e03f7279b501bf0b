-- Verantwoordingsdialogen: a dialogue on an opgave and period, its participants, pinned material with a frozen
-- snapshot, and what was said: observations, interpretations, decisions and external developments.
-- Every contribution is attributed (username, display name, role, organisation, time). See docs/adr/0015-dialogue.md.
create table dialogue (
    id            bigint generated always as identity primary key,
    opgave_id     bigint        not null references opgave (id),
    title         varchar(200)  not null,
    period_start  date          not null,
    period_end    date          not null check (period_end >= period_start),
    provider_ids  bigint[]      not null default '{}',
    district_codes varchar(8)[] not null default '{}',
    -- what the data showed when the dialogue was created: the "then" of the next dialogue's beweging
    baseline      jsonb         not null,
    created_by    varchar(100)  not null,
    created_at    timestamptz   not null default now()
);
create index dialogue_by_opgave on dialogue (opgave_id, created_at);

create table dialogue_participant (
    dialogue_id bigint       not null references dialogue (id) on delete cascade,
    username    varchar(100) not null,
    role        varchar(20)  not null check (role in ('POLICY_OFFICER', 'PROVIDER', 'GRIFFIE')),
    invited_by  varchar(100) not null,
    invited_at  timestamptz  not null default now(),
    primary key (dialogue_id, username)
);

-- kind is open-ended on purpose (TRIAD_CHART, STORY, COLD_FIGURES today; comparisons and themes later).
-- provider_id is the provider the material is about (null: the opgave as a whole); story_id lets a withdrawn
-- story's snapshot be removed with it.
create table dialogue_material (
    id           bigint generated always as identity primary key,
    dialogue_id  bigint        not null references dialogue (id) on delete cascade,
    kind         varchar(40)   not null,
    title        varchar(300)  not null,
    provider_id  bigint,
    story_id     uuid,
    quote_consent boolean,
    snapshot     jsonb         not null,
    svg          text,
    live_link    varchar(500)  not null,
    author       varchar(100)  not null,
    author_name  varchar(200)  not null,
    author_role  varchar(20)   not null,
    author_org   varchar(300),
    created_at   timestamptz   not null default now()
);
create index dialogue_material_by_dialogue on dialogue_material (dialogue_id, id);
create index dialogue_material_by_story on dialogue_material (story_id) where story_id is not null;
create unique index dialogue_material_story_once on dialogue_material (dialogue_id, story_id) where story_id is not null;

create table dialogue_observation (
    id           bigint generated always as identity primary key,
    dialogue_id  bigint        not null references dialogue (id) on delete cascade,
    feedback     varchar(20)   not null check (feedback in ('GOES_WELL', 'VULNERABLE', 'ABSENT')),
    strength     varchar(10)   not null check (strength in ('WEAK', 'MEDIUM', 'STRONG')),
    text         varchar(2000) not null,
    closed_at    timestamptz,
    author       varchar(100)  not null,
    author_name  varchar(200)  not null,
    author_role  varchar(20)   not null,
    author_org   varchar(300),
    created_at   timestamptz   not null default now()
);

create table dialogue_interpretation (
    id             bigint generated always as identity primary key,
    observation_id bigint        not null references dialogue_observation (id) on delete cascade,
    text           varchar(2000) not null,
    author         varchar(100)  not null,
    author_name    varchar(200)  not null,
    author_role    varchar(20)   not null,
    author_org     varchar(300),
    created_at     timestamptz   not null default now()
);

create table dialogue_decision (
    id             bigint generated always as identity primary key,
    dialogue_id    bigint        not null references dialogue (id) on delete cascade,
    observation_id bigint references dialogue_observation (id) on delete set null,
    kind           varchar(10)   not null check (kind in ('OPGAVE', 'CONTRACT', 'PRACTICE')),
    text           varchar(2000) not null,
    owner          varchar(200)  not null,
    due_on         date,
    status         varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'DONE')),
    done_at        timestamptz,
    done_by        varchar(100),
    author         varchar(100)  not null,
    author_name    varchar(200)  not null,
    author_role    varchar(20)   not null,
    author_org     varchar(300),
    created_at     timestamptz   not null default now()
);

create table dialogue_development (
    id           bigint generated always as identity primary key,
    dialogue_id  bigint        not null references dialogue (id) on delete cascade,
    text         varchar(2000) not null,
    author       varchar(100)  not null,
    author_name  varchar(200)  not null,
    author_role  varchar(20)   not null,
    author_org   varchar(300),
    created_at   timestamptz   not null default now()
);

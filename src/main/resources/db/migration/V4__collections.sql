-- A collection (uitvraag) opens a framework for an opgave through an unguessable public link.
create table collection (
    id           bigint generated always as identity primary key,
    opgave_id    bigint       not null references opgave (id),
    framework_id bigint       not null references framework (id),
    name         varchar(200) not null,
    token        varchar(64)  not null unique,
    opens_on     date,
    closes_on    date,
    created_at   timestamptz  not null default now()
);

-- Reference data: what the municipality steers on (opgaven), who delivers care (providers), where (districts).
create table opgave (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    law         varchar(20)  not null check (law in ('JEUGDWET', 'WMO', 'WLZ')),
    description varchar(4000) not null,
    created_at  timestamptz  not null default now()
);

create table opgave_goal (
    opgave_id bigint       not null references opgave (id) on delete cascade,
    position  int          not null,
    text      varchar(1000) not null,
    type      varchar(20)  not null check (type in ('PERFORMANCE', 'PREVENTION', 'LEARNING')),
    primary key (opgave_id, position)
);

create table provider (
    id       bigint generated always as identity primary key,
    name     varchar(200) not null,
    agb_code varchar(8)   not null unique check (agb_code ~ '^[0-9]{8}$')
);

create table district (
    code              varchar(10)  primary key check (code ~ '^WK[0-9]{4}[0-9A-Z]{2}$'),
    name              varchar(200) not null,
    municipality_code varchar(4)   not null check (municipality_code ~ '^[0-9]{4}$')
);

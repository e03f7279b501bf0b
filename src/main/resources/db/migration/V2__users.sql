-- Local accounts. Passwords are stored as delegating password-encoder hashes only.
create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(100) not null unique,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    role          varchar(20)  not null check (role in ('POLICY_OFFICER', 'PROVIDER', 'GRIFFIE', 'ADMIN')),
    enabled       boolean      not null default true
);

create table app_user_provider (
    user_id     bigint not null references app_user (id) on delete cascade,
    provider_id bigint not null references provider (id),
    primary key (user_id, provider_id)
);

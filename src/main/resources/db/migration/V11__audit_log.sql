-- NEN 7513-style access log: who (on behalf of whom) did what to which object, with what result, when (UTC)
-- and from where. Append-only: the database itself refuses UPDATE, DELETE and TRUNCATE, for every role.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null default now(),
    actor          varchar(100) not null,
    actor_role     varchar(30)  not null,
    on_behalf_of   varchar(200),
    action         varchar(20)  not null check (action in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT')),
    object_type    varchar(40)  not null,
    object_id      varchar(100) not null,
    result         varchar(10)  not null check (result in ('OK', 'DENIED', 'FAILED')),
    client_address varchar(64),
    details        varchar(2000)
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_object_idx on audit_event (object_type, object_id);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

-- The audit trail: one row per event, each row hashing its predecessor's hash together with its own
-- fields, so that altering or removing a row breaks the chain. The database refuses to change rows.
create table audit_event (
    seq             bigint                   not null primary key,
    occurred_at     timestamp with time zone not null,
    community_id    uuid,
    actor_id        uuid,
    actor_username  varchar(100),
    organization_id uuid,
    action          varchar(80)              not null,
    object_type     varchar(60),
    object_id       varchar(100),
    purpose         varchar(300),
    outcome         varchar(20)              not null,
    correlation_id  varchar(40),
    previous_hash   bytea                    not null,
    hash            bytea                    not null
);
create index audit_event_community_time on audit_event (community_id, occurred_at desc);
create index audit_event_actor on audit_event (lower(actor_username));
create index audit_event_object on audit_event (object_type, object_id);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

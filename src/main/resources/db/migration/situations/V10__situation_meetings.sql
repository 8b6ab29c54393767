-- Meetings of a table. Minutes never hold identifying information: a meeting keeps its date, and
-- the situations tabled at it are linked by id.
create table situation_meeting (
    id           uuid                     not null primary key,
    community_id uuid                     not null references community (id),
    table_id     uuid                     not null references situation_table (id),
    held_on      date                     not null,
    created_by   uuid                     not null references user_account (id),
    created_at   timestamp with time zone not null
);

create index situation_meeting_table on situation_meeting (table_id, held_on);

alter table situation add column meeting_id uuid references situation_meeting (id);
alter table situation add column tabled_at timestamp with time zone;

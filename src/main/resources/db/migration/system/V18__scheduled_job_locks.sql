-- Scheduled jobs run on one node at a time: each takes its lock here before it starts.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp     not null,
    locked_at  timestamp     not null,
    locked_by  varchar(255) not null
);

-- Who reports to whom, set by the administrator or imported: complaints keep a file away from the
-- people it names and from everyone above them.
create table reporting_line (
    user_id      uuid                     not null primary key references user_account (id),
    community_id uuid                     not null references community (id),
    manager_id   uuid                     not null references user_account (id),
    set_at       timestamp with time zone not null,
    set_by       uuid references user_account (id),
    check (user_id <> manager_id)
);

create index reporting_line_manager on reporting_line (manager_id);

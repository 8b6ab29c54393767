-- An indicator computed from records other modules keep (situations accepted per quarter...), rather
-- than entered by people. Its values are recomputed on a schedule and suppressed when small.
create table indicator_computation (
    indicator_id uuid                     not null primary key references indicator (id),
    source       varchar(60)              not null,
    set_by       uuid references user_account (id),
    set_at       timestamp with time zone not null
);

-- Daily jobs run at each community's own hour: one row per job, community and local day marks it done,
-- so a later tick or another node finds nothing left to do that day.
create table community_daily_run (
    job          varchar(64)              not null,
    community_id uuid                     not null,
    local_date   date                     not null,
    finished_at  timestamp with time zone not null,
    primary key (community_id, job, local_date)
);

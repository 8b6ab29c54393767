-- Tokens a team's lead creates for the dispatch system to send the team its calls. A token belongs to
-- the team, not to a person; only a digest is kept, the token itself is shown once.
create table coresponse_dispatch_token (
    id           uuid                     not null primary key,
    team_id      uuid                     not null,
    community_id uuid                     not null,
    name         varchar(100)             not null,
    token_hash   bytea                    not null unique,
    created_at   timestamp with time zone not null,
    created_by   uuid                     not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    foreign key (team_id, community_id) references coresponse_team (id, community_id)
);

-- How a team's dispatch export names its columns, chosen once by the lead.
create table coresponse_import_mapping (
    team_id           uuid                     not null primary key,
    community_id      uuid                     not null,
    incident_column   varchar(100)             not null,
    received_column   varchar(100)             not null,
    dispatched_column varchar(100),
    unit_column       varchar(100)             not null,
    version           int                      not null default 0,
    updated_at        timestamp with time zone not null,
    updated_by        uuid                     not null,
    foreign key (team_id, community_id) references coresponse_team (id, community_id)
);

-- Every mental-health-related incident of dispatch's exports, whether the team answered it or not, so
-- that the share the team handled can be measured month by month. An incident is kept once.
create table coresponse_dispatch_incident (
    team_id         uuid                     not null,
    community_id    uuid                     not null,
    incident_number varchar(40)              not null,
    received_at     timestamp with time zone not null,
    by_team         boolean                  not null,
    imported_at     timestamp with time zone not null,
    primary key (team_id, incident_number),
    foreign key (team_id, community_id) references coresponse_team (id, community_id)
);
create index coresponse_dispatch_incident_received on coresponse_dispatch_incident (team_id, received_at);

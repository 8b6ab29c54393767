-- A mixed co-response team: a police service and one or more health or social organisations working in
-- pairs (dyads) of an officer and a worker, under Ontario's or Québec's mental-health law. The team's
-- members each sit on one side, which decides the notes they read; steering members sit on neither and
-- read aggregates only.
create table coresponse_team (
    id                     uuid                     not null primary key,
    community_id           uuid                     not null references community (id),
    name_fr                varchar(200)             not null,
    name_en                varchar(200)             not null,
    law                    varchar(20)              not null default 'QUEBEC',
    police_organization_id uuid,
    version                int                      not null default 0,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    unique (id, community_id),
    foreign key (police_organization_id, community_id) references organization (id, community_id),
    check (law in ('ONTARIO', 'QUEBEC'))
);

-- The health and social organisations of a team, besides its police service.
create table coresponse_team_partner (
    team_id         uuid                     not null,
    community_id    uuid                     not null,
    organization_id uuid                     not null,
    added_at        timestamp with time zone not null,
    primary key (team_id, organization_id),
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    foreign key (organization_id, community_id) references organization (id, community_id)
);

create table coresponse_member (
    team_id      uuid                     not null,
    community_id uuid                     not null,
    user_id      uuid                     not null,
    team_role    varchar(20)              not null,
    side         varchar(10),
    added_at     timestamp with time zone not null,
    primary key (team_id, user_id),
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    foreign key (user_id, community_id) references user_account (id, community_id),
    check (team_role in ('LEAD', 'OFFICER', 'WORKER', 'STEERING')),
    check (side in ('POLICE', 'HEALTH')),
    check ((team_role = 'STEERING') = (side is null))
);
create index coresponse_member_user on coresponse_member (community_id, user_id);

-- A dyad is a standing unit of the team (a car, a call sign); who works in it changes shift by shift.
create table coresponse_dyad (
    id           uuid                     not null primary key,
    team_id      uuid                     not null,
    community_id uuid                     not null,
    label        varchar(60)              not null,
    retired      boolean                  not null default false,
    created_at   timestamp with time zone not null,
    unique (id, community_id),
    unique (id, team_id),
    foreign key (team_id, community_id) references coresponse_team (id, community_id)
);
create unique index coresponse_dyad_label on coresponse_dyad (team_id, lower(label));

-- The roster: an officer and a worker in a dyad from one instant to another.
create table coresponse_shift (
    id           uuid                     not null primary key,
    team_id      uuid                     not null,
    community_id uuid                     not null,
    dyad_id      uuid                     not null,
    officer_id   uuid                     not null,
    worker_id    uuid                     not null,
    starts_at    timestamp with time zone not null,
    ends_at      timestamp with time zone not null,
    created_at   timestamp with time zone not null,
    created_by   uuid                     not null,
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    foreign key (dyad_id, team_id) references coresponse_dyad (id, team_id),
    foreign key (officer_id, community_id) references user_account (id, community_id),
    foreign key (worker_id, community_id) references user_account (id, community_id),
    check (ends_at > starts_at)
);
create index coresponse_shift_time on coresponse_shift (team_id, starts_at);

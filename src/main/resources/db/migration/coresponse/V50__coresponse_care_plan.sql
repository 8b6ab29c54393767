-- A followed person's care and safety plan: goals the team works towards with the person, each with its
-- status. The words are encrypted; they are destroyed with the person's identity.
create table coresponse_goal (
    id           uuid                     not null primary key,
    team_id      uuid                     not null,
    community_id uuid                     not null,
    person_id    uuid                     not null,
    body         bytea,
    status       varchar(12)              not null default 'OPEN',
    version      int                      not null default 0,
    created_by   uuid                     not null,
    created_at   timestamp with time zone not null,
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    foreign key (person_id, team_id) references coresponse_person (id, team_id),
    check (status in ('OPEN', 'IN_PROGRESS', 'MET', 'DROPPED'))
);
create index coresponse_goal_person on coresponse_goal (person_id);

-- Filter 4: the intervention team (a lead organisation and assisting ones) and its notes, encrypted;
-- only the team's representatives read them.
create table situation_team_member (
    situation_id    uuid        not null references situation (id),
    organization_id uuid        not null references organization (id),
    team_role       varchar(20) not null,
    primary key (situation_id, organization_id)
);

create table situation_team_note (
    id                     uuid                     not null primary key,
    situation_id           uuid                     not null references situation (id),
    author_id              uuid references user_account (id),
    author_organization_id uuid                     not null references organization (id),
    written_at             timestamp with time zone not null,
    body                   bytea,
    destroyed_at           timestamp with time zone
);

create index situation_team_note_situation on situation_team_note (situation_id, written_at);

-- Notes about a person the team met. A note is read by one side (police, or health and social
-- services) or by the whole team; the body is encrypted, bound to its row. Passing something from one
-- side to the other is a deliberate act: the writer types what to share and its legal basis, which
-- makes a note on the other side and a row of the disclosure log.
create table coresponse_note (
    id           uuid                     not null primary key,
    team_id      uuid                     not null,
    community_id uuid                     not null,
    person_id    uuid                     not null,
    audience     varchar(10)              not null,
    body         bytea                    not null,
    written_by   uuid                     not null,
    written_at   timestamp with time zone not null,
    unique (id, team_id),
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    foreign key (person_id, team_id) references coresponse_person (id, team_id),
    check (audience in ('POLICE', 'HEALTH', 'TEAM'))
);
create index coresponse_note_person on coresponse_note (person_id, written_at desc);

create table coresponse_disclosure (
    id             uuid                     not null primary key,
    team_id        uuid                     not null,
    community_id   uuid                     not null,
    person_id      uuid                     not null,
    source_note_id uuid                     not null,
    shared_note_id uuid                     not null,
    from_side      varchar(10)              not null,
    to_side        varchar(10)              not null,
    legal_basis    varchar(40)              not null,
    basis_detail   bytea,
    disclosed_by   uuid                     not null,
    disclosed_at   timestamp with time zone not null,
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    foreign key (person_id, team_id) references coresponse_person (id, team_id),
    foreign key (source_note_id, team_id) references coresponse_note (id, team_id),
    foreign key (shared_note_id, team_id) references coresponse_note (id, team_id),
    check (from_side in ('POLICE', 'HEALTH') and to_side in ('POLICE', 'HEALTH') and from_side <> to_side)
);
create index coresponse_disclosure_person on coresponse_disclosure (person_id, disclosed_at desc);

-- People the team has met. Lists and pages show the short label the team chose; the full identity is
-- read on a deliberate, audited request. Every value is encrypted, bound to its column and row.
create table coresponse_person (
    id            uuid                     not null primary key,
    team_id       uuid                     not null,
    community_id  uuid                     not null,
    label         bytea                    not null,
    full_name     bytea,
    date_of_birth bytea,
    phone         bytea,
    created_at    timestamp with time zone not null,
    created_by    uuid                     not null,
    unique (id, community_id),
    unique (id, team_id),
    foreign key (team_id, community_id) references coresponse_team (id, community_id)
);

-- A first-line (type 1) call. A call pushed or imported from dispatch arrives with what dispatch knows
-- and the dyad completes it; a call is complete once it is cleared with a disposition. Where it
-- happened is one of the community's areas, never an address. The lists a call is described with are
-- codes of the application's fixed lists.
create table coresponse_call (
    id                        uuid                     not null primary key,
    team_id                   uuid                     not null,
    community_id              uuid                     not null,
    dyad_id                   uuid,
    incident_number           varchar(40),
    origin                    varchar(10)              not null,
    source                    varchar(30)              not null,
    call_role                 varchar(20),
    received_at               timestamp with time zone not null,
    dispatched_at             timestamp with time zone,
    on_scene_at               timestamp with time zone,
    cleared_at                timestamp with time zone,
    area_id                   uuid,
    natures                   varchar(40)[]            not null default '{}',
    safety_flags              varchar(40)[]            not null default '{}',
    actions                   varchar(40)[]            not null default '{}',
    disposition               varchar(30),
    apprehension_basis        varchar(30),
    ed_arrival_at             timestamp with time zone,
    ed_handover_at            timestamp with time zone,
    without_team              varchar(30),
    person_id                 uuid,
    version                   int                      not null default 0,
    created_at                timestamp with time zone not null,
    created_by                uuid,
    updated_at                timestamp with time zone not null,
    unique (id, community_id),
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    foreign key (dyad_id, team_id) references coresponse_dyad (id, team_id),
    foreign key (area_id, community_id) references community_area (id, community_id),
    foreign key (person_id, team_id) references coresponse_person (id, team_id),
    check (origin in ('FIELD', 'IMPORT', 'API')),
    check ((disposition = 'APPREHENSION') = (apprehension_basis is not null))
);
create unique index coresponse_call_incident on coresponse_call (team_id, incident_number);
create index coresponse_call_received on coresponse_call (team_id, received_at desc);
create index coresponse_call_community_received on coresponse_call (community_id, received_at);
create index coresponse_call_person on coresponse_call (person_id, received_at) where person_id is not null;

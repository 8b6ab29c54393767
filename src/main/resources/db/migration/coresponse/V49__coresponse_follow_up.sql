-- What the team does with and for a person it follows. Alerts are short, for the whole team, and carry
-- no clinical detail; contacts say when, how and by whom, the needs addressed and the referrals made and
-- whether they were completed; milestones are dated events the steering committee counts before and
-- after enrolment. The alert's words are encrypted; the rest are codes and dates.
create table coresponse_alert (
    id           uuid                     not null primary key,
    team_id      uuid                     not null,
    community_id uuid                     not null,
    person_id    uuid                     not null,
    body         bytea,
    active       boolean                  not null default true,
    created_by   uuid                     not null,
    created_at   timestamp with time zone not null,
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    foreign key (person_id, team_id) references coresponse_person (id, team_id)
);
create index coresponse_alert_person on coresponse_alert (person_id) where active;

create table coresponse_contact (
    id                  uuid                     not null primary key,
    team_id             uuid                     not null,
    community_id        uuid                     not null,
    person_id           uuid                     not null,
    happened_on         date                     not null,
    mode                varchar(20)              not null,
    by_user             uuid                     not null,
    needs               varchar(30)[]            not null default '{}',
    referrals           varchar(30)[]            not null default '{}',
    referrals_completed boolean,
    created_at          timestamp with time zone not null,
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    foreign key (person_id, team_id) references coresponse_person (id, team_id),
    foreign key (by_user, community_id) references user_account (id, community_id),
    check (mode in ('IN_PERSON', 'PHONE', 'ACCOMPANIMENT', 'OUTREACH'))
);
create index coresponse_contact_person on coresponse_contact (person_id, happened_on desc);

create table coresponse_milestone (
    id           uuid                     not null primary key,
    team_id      uuid                     not null,
    community_id uuid                     not null,
    person_id    uuid                     not null,
    kind         varchar(20)              not null,
    happened_on  date                     not null,
    recorded_by  uuid                     not null,
    recorded_at  timestamp with time zone not null,
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    foreign key (person_id, team_id) references coresponse_person (id, team_id),
    check (kind in ('HOUSED', 'TREATMENT_ORDER', 'EMERGENCY_VISIT', 'HOSPITALISATION', 'TICKET', 'ARREST', 'COURT_DATE'))
);
create index coresponse_milestone_person on coresponse_milestone (person_id, happened_on);

-- The clinical committee meets weekly. The lead opens the day's meeting with who attends, records the
-- committee's decisions in it, and closes it; its minutes are those decisions, never clinical narrative.
-- A team keeps one meeting open at a time and one meeting a day.
create table coresponse_meeting (
    id           uuid                     not null primary key,
    team_id      uuid                     not null,
    community_id uuid                     not null,
    held_on      date                     not null,
    opened_by    uuid                     not null,
    opened_at    timestamp with time zone not null,
    closed_at    timestamp with time zone,
    version      int                      not null default 0,
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    unique (team_id, held_on)
);
create unique index coresponse_meeting_open on coresponse_meeting (team_id) where closed_at is null;

create table coresponse_meeting_attendee (
    meeting_id   uuid not null references coresponse_meeting (id),
    user_id      uuid not null,
    community_id uuid not null,
    primary key (meeting_id, user_id),
    foreign key (user_id, community_id) references user_account (id, community_id)
);

-- Every decision of the committee, as its minutes list it: the outcome and the date it sets (the next
-- review, or the meeting a proposal is deferred to). Codes and dates only, kept when a person's details
-- are destroyed.
create table coresponse_committee_decision (
    id           uuid                     not null primary key,
    meeting_id   uuid                     not null references coresponse_meeting (id),
    team_id      uuid                     not null,
    community_id uuid                     not null,
    enrolment_id uuid                     not null references coresponse_enrolment (id),
    person_id    uuid                     not null,
    outcome      varchar(12)              not null,
    follow_on    date,
    decided_by   uuid                     not null,
    decided_at   timestamp with time zone not null,
    check (outcome in ('ENROLLED', 'DECLINED', 'DEFERRED', 'REVIEWED', 'DISCHARGED')),
    foreign key (team_id, community_id) references coresponse_team (id, community_id)
);
create index coresponse_committee_decision_meeting on coresponse_committee_decision (meeting_id, decided_at);
create index coresponse_committee_decision_enrolment on coresponse_committee_decision (enrolment_id);

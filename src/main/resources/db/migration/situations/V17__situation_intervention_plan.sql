-- Filter 4 continued: the team plans its intervention (the day and which team organisations go) and
-- reports progress at later meetings of the table. A progress remark is read by the whole table, so
-- it is checked for identifiers like a summary; it is encrypted and destroyed with the team's notes.
alter table situation add column intervention_on date;
alter table situation_team_member add column goes boolean not null default false;

create table situation_progress (
    situation_id uuid                     not null references situation (id),
    meeting_id   uuid                     not null references situation_meeting (id),
    status       varchar(30)              not null,
    remark       bytea,
    recorded_by  uuid references user_account (id),
    recorded_at  timestamp with time zone not null,
    primary key (situation_id, meeting_id)
);

-- Who attended a meeting, and for which member organisation: filter 3 reveals identifying details
-- only to the organisations present.
create table situation_meeting_attendance (
    meeting_id      uuid not null references situation_meeting (id),
    user_id         uuid not null references user_account (id),
    organization_id uuid not null references organization (id),
    primary key (meeting_id, user_id)
);

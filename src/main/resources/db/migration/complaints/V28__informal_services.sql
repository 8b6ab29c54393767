-- Help the office gives outside any formal file: coaching, a helpline contact, a facilitated dialogue.
-- Only what the office needs to count its work and to follow up is kept; who was helped and a short
-- note are optional and encrypted. Turning one into a formal complaint records the person's consent
-- and the file it became.
create table complaint_informal_service (
    id                   uuid                     not null primary key,
    community_id         uuid                     not null references community (id),
    office_id            uuid                     not null references complaint_office (id),
    organization_id      uuid                     not null references organization (id),
    jurisdiction         varchar(20)              not null,
    kind                 varchar(30)              not null,
    provided_on          date                     not null,
    provided_by          uuid                     not null references user_account (id),
    person               bytea,
    note                 bytea,
    consent_on           date,
    consent_how          varchar(20),
    consent_recorded_by  uuid references user_account (id),
    file_id              uuid references complaint_file (id),
    created_at           timestamp with time zone not null,
    content_destroyed_at timestamp with time zone
);

create index complaint_informal_service_office on complaint_informal_service (office_id, provided_on);
create index complaint_informal_service_provider on complaint_informal_service (provided_by, provided_on);

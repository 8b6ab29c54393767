-- An independent workplace-safety office of a community: the organisations it serves, each under the
-- jurisdiction its workplace falls under, and its staff by role. An organisation is served by one
-- office at most, so that a complaint has one place to go.
create table complaint_office (
    id           uuid                     not null primary key,
    community_id uuid                     not null references community (id),
    name_fr      varchar(200)             not null,
    name_en      varchar(200)             not null,
    version      int                      not null default 0,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);

create index complaint_office_community on complaint_office (community_id);

create table complaint_office_organization (
    office_id       uuid        not null references complaint_office (id),
    community_id    uuid        not null references community (id),
    organization_id uuid        not null references organization (id),
    jurisdiction    varchar(20) not null,
    primary key (office_id, organization_id),
    unique (organization_id)
);

create table complaint_office_staff (
    office_id    uuid                     not null references complaint_office (id),
    user_id      uuid                     not null references user_account (id),
    staff_role   varchar(30)              not null,
    assigned_at  timestamp with time zone not null,
    assigned_by  uuid references user_account (id),
    primary key (office_id, user_id, staff_role)
);

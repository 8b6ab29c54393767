-- Complaint files of an office. What could identify someone (the narrative, the place, the people
-- involved, the witnesses, the outcome hoped for, the reporter's identity, late reasons) is
-- encrypted by the application, each value bound to its column and row; the rest is what the
-- process, the deadlines and the aggregates need. The people a file names are inside the encrypted
-- values only: the walls that keep them out are worked out from them when the file is reached.
alter table complaint_office add column file_count int not null default 0;

create table complaint_file (
    id                uuid                     not null primary key,
    community_id      uuid                     not null references community (id),
    office_id         uuid                     not null references complaint_office (id),
    organization_id   uuid                     not null references organization (id),
    jurisdiction      varchar(20)              not null,
    reference         varchar(20)              not null,
    channel           varchar(20)              not null,
    reporter_mode     varchar(20)              not null,
    reporter_role     varchar(20)              not null,
    types             varchar(30)[]            not null,
    stage             varchar(30)              not null,
    received_on       date                     not null,
    occurred_from     date                     not null,
    occurred_to       date,
    location          bytea,
    narrative         bytea                    not null,
    witnesses         bytea,
    hoped_outcome     bytea,
    identity_shared   boolean                  not null default false,
    closure_reason    varchar(30),
    version           int                      not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    unique (office_id, reference)
);

create index complaint_file_office on complaint_file (community_id, office_id, stage);

-- The people the complaint is about, with their relation to the reporter; a person who has an
-- account is named by it, so that the file can be kept from them and from those above them.
create table complaint_party (
    file_id  uuid        not null references complaint_file (id),
    seq      int         not null,
    relation varchar(30) not null,
    name     bytea       not null,
    user_id  bytea,
    primary key (file_id, seq)
);

-- Who reported: a person signed in, or the name and contact an intake officer took down.
create table complaint_reporter (
    file_id uuid  not null primary key references complaint_file (id),
    user_id bytea,
    name    bytea,
    contact bytea
);

create table complaint_file_stage (
    file_id     uuid                     not null references complaint_file (id),
    seq         int                      not null,
    stage       varchar(30)              not null,
    entered_on  date                     not null,
    entered_at  timestamp with time zone not null,
    entered_by  uuid references user_account (id),
    detail      varchar(40),
    late_reason bytea,
    primary key (file_id, seq)
);

create table complaint_file_step (
    id          uuid                     not null primary key,
    file_id     uuid                     not null references complaint_file (id),
    kind        varchar(30)              not null,
    done_on     date                     not null,
    recorded_at timestamp with time zone not null,
    recorded_by uuid                     not null references user_account (id),
    late_reason bytea
);

create index complaint_file_step_file on complaint_file_step (file_id, kind, done_on);

-- Staff assigned to a file; the file opens for them once they declare no conflict of interest.
-- An external investigator's access ends on a set day.
create table complaint_assignment (
    file_id      uuid                     not null references complaint_file (id),
    user_id      uuid                     not null references user_account (id),
    staff_role   varchar(30)              not null,
    access_until date,
    assigned_at  timestamp with time zone not null,
    assigned_by  uuid references user_account (id),
    declared_at  timestamp with time zone,
    primary key (file_id, user_id, staff_role)
);

create index complaint_assignment_user on complaint_assignment (user_id);

-- People the office lead keeps out of a file, and staff who declared a conflict of interest.
create table complaint_denied (
    file_id  uuid                     not null references complaint_file (id),
    user_id  uuid                     not null references user_account (id),
    added_at timestamp with time zone not null,
    added_by uuid                     not null references user_account (id),
    primary key (file_id, user_id)
);

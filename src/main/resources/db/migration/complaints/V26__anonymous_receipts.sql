-- A complaint filed anonymously is followed with a receipt code the person saved. The code is a
-- locator, unique and indexed, and a secret kept only as an Argon2id hash. Failed attempts lock a
-- locator for a while; every attempt, failed or not, is counted without saying by whom, so that the
-- codes cannot be tried at speed. No address or browser is kept.
create table complaint_receipt (
    file_id      uuid                     not null primary key references complaint_file (id),
    locator      varchar(12)              not null unique,
    secret_hash  varchar(200)             not null,
    failures     int                      not null default 0,
    locked_until timestamp with time zone,
    created_at   timestamp with time zone not null
);

create table complaint_receipt_attempt (
    attempted_at timestamp with time zone not null
);

create index complaint_receipt_attempt_time on complaint_receipt_attempt (attempted_at);

-- Messages between the office and the reporter of a file, encrypted.
create table complaint_message (
    id         uuid                     not null primary key,
    file_id    uuid                     not null references complaint_file (id),
    from_office boolean                 not null,
    author_id  uuid references user_account (id),
    body       bytea                    not null,
    sent_at    timestamp with time zone not null
);

create index complaint_message_file on complaint_message (file_id, sent_at);

-- Reminders of a deadline to the file's staff, and its escalation to the office lead once missed,
-- each claimed before it is sent so that one node sends it once.
create table complaint_deadline_notice (
    file_id uuid        not null references complaint_file (id),
    kind    varchar(40) not null,
    due_on  date        not null,
    notice  varchar(20) not null,
    user_id uuid        not null references user_account (id),
    sent_on date        not null,
    primary key (file_id, kind, due_on, notice, user_id)
);

-- Retention: a closed file's content is destroyed once its jurisdiction's retention period has run,
-- unless a legal hold stops it; the de-identified record (types, dates, stages, closure) stays.
alter table complaint_file alter column narrative drop not null;
alter table complaint_file add column legal_hold boolean not null default false;
alter table complaint_file add column content_destroyed_at timestamp with time zone;

-- Notices generated for a file from the bilingual templates (acknowledgement of receipt, status
-- update, results), kept as the PDF that was produced, encrypted.
create table complaint_notice (
    id           uuid                     not null primary key,
    file_id      uuid                     not null references complaint_file (id),
    kind         varchar(30)              not null,
    language     varchar(2)               not null,
    document     bytea                    not null,
    generated_at timestamp with time zone not null,
    generated_by uuid                     not null references user_account (id)
);

create index complaint_notice_file on complaint_notice (file_id, generated_at);

-- A reprisal complaint names the file it is a reprisal for.
alter table complaint_file add column related_file_id uuid references complaint_file (id);

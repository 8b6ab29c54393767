-- Documents a reporter attaches to a complaint. An upload is checked by its content and held, encrypted,
-- until the form it came with is filed, so that a form sent back with a problem keeps its files; an
-- upload never filed is discarded the next night. Names and contents are encrypted like the narrative.
create table complaint_upload (
    id         uuid                     not null primary key,
    name       bytea                    not null,
    media_type varchar(100)             not null,
    size_bytes bigint                   not null,
    content    bytea                    not null,
    staged_at  timestamp with time zone not null
);

create index complaint_upload_staged on complaint_upload (staged_at);

create table complaint_attachment (
    id         uuid                     not null primary key,
    file_id    uuid                     not null references complaint_file (id),
    name       bytea                    not null,
    media_type varchar(100)             not null,
    size_bytes bigint                   not null,
    content    bytea                    not null,
    added_at   timestamp with time zone not null
);

create index complaint_attachment_file on complaint_attachment (file_id, added_at);

-- Sectors become reference data a community administrator manages, as the situation lists are: the
-- shipped sectors are shared, a community adds its own (its code is unique everywhere, since
-- organisations refer to sectors by code), rewords them keeping earlier wordings, and retires any
-- sector for itself alone.
alter table sector add column community_id uuid references community (id);
alter table sector add column version int not null default 1;
alter table sector add column created_at timestamp with time zone;

create table sector_wording (
    code        varchar(40)              not null references sector (code),
    version     int                      not null,
    label_fr    varchar(120)             not null,
    label_en    varchar(120)             not null,
    replaced_at timestamp with time zone not null,
    replaced_by uuid references user_account (id),
    primary key (code, version)
);

create table sector_retired (
    community_id uuid                     not null references community (id),
    code         varchar(40)              not null references sector (code),
    retired_at   timestamp with time zone not null,
    retired_by   uuid references user_account (id),
    primary key (community_id, code)
);

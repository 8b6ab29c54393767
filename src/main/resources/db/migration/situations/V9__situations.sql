-- A situation brought to a table. Only de-identified facts live here; the summary is encrypted at rest
-- because, until it is checked for identifiers at filter 2, it may still name someone.
create table situation (
    id                          uuid                     not null primary key,
    community_id                uuid                     not null references community (id),
    table_id                    uuid                     not null references situation_table (id),
    originating_organization_id uuid                     not null references organization (id),
    opened_by                   uuid                     not null references user_account (id),
    opened_at                   timestamp with time zone not null,
    stage                       varchar(20)              not null,
    situation_type              varchar(20)              not null,
    age_band                    varchar(20),
    gender                      varchar(20)              not null,
    summary                     bytea                    not null,
    version                     int                      not null default 0,
    updated_at                  timestamp with time zone not null
);

create index situation_table_stage on situation (table_id, stage);

create table situation_factor (
    situation_id uuid        not null references situation (id),
    reference_id uuid        not null references situation_reference (id),
    kind         varchar(20) not null,
    primary key (situation_id, reference_id)
);

-- The identifying details, revealed only from filter 3 and destroyed after conclusion; each column
-- is encrypted and bound to its row.
create table situation_identity (
    situation_id  uuid                     not null primary key references situation (id),
    full_name     bytea,
    date_of_birth bytea,
    address       bytea,
    other_contact bytea,
    destroyed_at  timestamp with time zone
);

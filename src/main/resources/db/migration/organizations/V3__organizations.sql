-- A community is the tenant: every business row belongs to exactly one.
create table community (
    id         uuid                     not null primary key,
    name_fr    varchar(200)             not null,
    name_en    varchar(200)             not null,
    created_at timestamp with time zone not null default now()
);

-- Reference data: bilingual and retirable, so that old records keep a readable label.
create table sector (
    code       varchar(40)  not null primary key,
    label_fr   varchar(120) not null,
    label_en   varchar(120) not null,
    sort_order int          not null,
    retired    boolean      not null default false
);

insert into sector (code, label_fr, label_en, sort_order) values
    ('POLICE', 'Police', 'Police', 10),
    ('PROBATION', 'Probation et libération conditionnelle', 'Probation and parole', 20),
    ('HEALTH', 'Santé', 'Health', 30),
    ('MENTAL_HEALTH', 'Santé mentale et dépendances', 'Mental health and addictions', 40),
    ('CHILD_FAMILY', 'Services à l''enfance, à la jeunesse et à la famille', 'Child, youth and family services', 50),
    ('EDUCATION', 'Éducation et conseil scolaire', 'Education and school board', 60),
    ('HOUSING', 'Logement', 'Housing', 70),
    ('SOCIAL_SERVICES', 'Services sociaux et soutien du revenu', 'Income and social services', 80),
    ('VICTIM_SERVICES', 'Aide aux victimes', 'Victim services', 90),
    ('IPV_SERVICES', 'Services en violence entre partenaires intimes', 'Intimate-partner violence services', 100),
    ('MUNICIPALITY', 'Municipalité', 'Municipality', 110),
    ('COMMUNITY', 'Organisme communautaire', 'Community organisation', 120),
    ('JUSTICE', 'Justice', 'Justice', 130),
    ('OTHER', 'Autre', 'Other', 990);

create table organization (
    id           uuid                     not null primary key,
    community_id uuid                     not null references community (id),
    name_fr      varchar(200)             not null,
    name_en      varchar(200)             not null,
    sector       varchar(40)              not null references sector (code),
    active       boolean                  not null default true,
    version      int                      not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create unique index organization_name_fr_unique on organization (community_id, lower(name_fr));
create unique index organization_name_en_unique on organization (community_id, lower(name_en));

create table user_account (
    id                       uuid                     not null primary key,
    community_id             uuid                     not null references community (id),
    organization_id          uuid                     not null references organization (id),
    username                 varchar(60)              not null,
    display_name             varchar(200)             not null,
    email                    varchar(254),
    password_hash            varchar(255)             not null,
    password_change_required boolean                  not null default false,
    enabled                  boolean                  not null default true,
    preferred_language       varchar(2),
    mfa_secret               bytea,
    mfa_enabled              boolean                  not null default false,
    mfa_last_used_step       bigint,
    version                  int                      not null,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    last_sign_in_at          timestamp with time zone
);
-- Usernames sign people in before any community is known, so they are unique across communities.
create unique index user_account_username_unique on user_account (lower(username));
create index user_account_community on user_account (community_id);

create table mfa_recovery_code (
    user_id   uuid                     not null references user_account (id) on delete cascade,
    code_hash varchar(255)             not null,
    used_at   timestamp with time zone,
    primary key (user_id, code_hash)
);

-- A membership grants one role, exercised on behalf of one organisation, optionally limited to
-- one scope (a situation table, a complaints office) that later modules define.
create table membership (
    id              uuid                     not null primary key,
    community_id    uuid                     not null references community (id),
    user_id         uuid                     not null references user_account (id),
    organization_id uuid                     not null references organization (id),
    role            varchar(40)              not null,
    scope_type      varchar(40),
    scope_id        uuid,
    granted_at      timestamp with time zone not null,
    granted_by      uuid
);
create unique index membership_unique on membership (user_id, organization_id, role, coalesce(scope_id, '00000000-0000-0000-0000-000000000000'));

-- Failed sign-ins per username, whether or not the account exists, keyed by a hash so that what
-- people type in the username field is not kept.
create table sign_in_throttle (
    username_hash   bytea                    not null primary key,
    failures        int                      not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);

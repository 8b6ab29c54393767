-- The shared-measurement registry: what each indicator means, and its values over time.
create table indicator (
    id                    uuid                     not null primary key,
    community_id          uuid                     not null references community (id),
    name_fr               varchar(200)             not null,
    name_en               varchar(200)             not null,
    definition_fr         varchar(2000)            not null default '',
    definition_en         varchar(2000)            not null default '',
    unit                  varchar(30)              not null,
    direction             varchar(20)              not null,
    tolerance_percent     numeric(6, 2)            not null default 5,
    band_low              numeric(18, 4),
    band_high             numeric(18, 4),
    baseline_value        numeric(18, 4),
    baseline_date         date,
    baseline_source       varchar(300)             not null default '',
    frequency             varchar(20)              not null,
    data_source           varchar(300)             not null default '',
    owner_organization_id uuid                     not null references organization (id),
    responsible_user_id   uuid references user_account (id),
    breakdowns            varchar(200)             not null default '',
    archived              boolean                  not null default false,
    version               int                      not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    constraint indicator_band check (direction <> 'WITHIN_BAND' or (band_low is not null and band_high is not null and band_low <= band_high))
);
create index indicator_community on indicator (community_id);

create table indicator_target (
    indicator_id uuid          not null references indicator (id) on delete cascade,
    target_date  date          not null,
    value        numeric(18, 4) not null,
    primary key (indicator_id, target_date)
);

-- A value is never overwritten: a correction inserts a new row with its reason and marks the
-- previous one replaced, so the history of every period stays readable.
create table indicator_value (
    id                uuid                     not null primary key,
    community_id      uuid                     not null references community (id),
    indicator_id      uuid                     not null references indicator (id),
    period_start      date                     not null,
    breakdown         varchar(80)              not null default '',
    value             numeric(18, 4)           not null,
    entered_by        uuid references user_account (id),
    entered_at        timestamp with time zone not null,
    note              varchar(500)             not null default '',
    correction_reason varchar(500),
    replaced_at       timestamp with time zone
);
create unique index indicator_value_current on indicator_value (indicator_id, period_start, breakdown) where replaced_at is null;
create index indicator_value_series on indicator_value (indicator_id, breakdown, period_start) where replaced_at is null;

create table indicator_period_lock (
    indicator_id uuid                     not null references indicator (id),
    period_start date                     not null,
    locked_by    uuid references user_account (id),
    locked_at    timestamp with time zone not null,
    primary key (indicator_id, period_start)
);

-- Breakdown categories (bilingual, retirable). Areas belong to a community; the others are shared.
create table breakdown_category (
    id           uuid         not null primary key,
    community_id uuid references community (id),
    dimension    varchar(30)  not null,
    code         varchar(40)  not null,
    label_fr     varchar(120) not null,
    label_en     varchar(120) not null,
    sort_order   int          not null,
    retired      boolean      not null default false
);
create unique index breakdown_category_code on breakdown_category (dimension, code, coalesce(community_id, '00000000-0000-0000-0000-000000000000'));

insert into breakdown_category (id, dimension, code, label_fr, label_en, sort_order) values
    (gen_random_uuid(), 'AGE_BAND', '0-5', '0 à 5 ans', '0 to 5', 10),
    (gen_random_uuid(), 'AGE_BAND', '6-11', '6 à 11 ans', '6 to 11', 20),
    (gen_random_uuid(), 'AGE_BAND', '12-15', '12 à 15 ans', '12 to 15', 30),
    (gen_random_uuid(), 'AGE_BAND', '16-17', '16 et 17 ans', '16 and 17', 40),
    (gen_random_uuid(), 'AGE_BAND', '18-24', '18 à 24 ans', '18 to 24', 50),
    (gen_random_uuid(), 'AGE_BAND', '25-29', '25 à 29 ans', '25 to 29', 60),
    (gen_random_uuid(), 'AGE_BAND', '30-39', '30 à 39 ans', '30 to 39', 70),
    (gen_random_uuid(), 'AGE_BAND', '40-59', '40 à 59 ans', '40 to 59', 80),
    (gen_random_uuid(), 'AGE_BAND', '60+', '60 ans et plus', '60 and over', 90),
    (gen_random_uuid(), 'GENDER', 'WOMAN', 'Femme ou fille', 'Woman or girl', 10),
    (gen_random_uuid(), 'GENDER', 'MAN', 'Homme ou garçon', 'Man or boy', 20),
    (gen_random_uuid(), 'GENDER', 'ANOTHER', 'Autre genre', 'Another gender', 30),
    (gen_random_uuid(), 'GENDER', 'UNKNOWN', 'Inconnu', 'Unknown', 40);

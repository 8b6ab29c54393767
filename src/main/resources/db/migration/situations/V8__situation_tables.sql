-- Reference lists of the situation tables. A row without a community is shipped with Vigie and shared
-- by every community; a community adds its own rows and retires any value for itself alone. A value is
-- never deleted, so that old situations keep a readable label.
create table situation_reference (
    id           uuid                     not null primary key,
    community_id uuid references community (id),
    list         varchar(40)              not null,
    code         varchar(60)              not null,
    parent_id    uuid references situation_reference (id),
    grouping     varchar(40),
    label_fr     varchar(200)             not null,
    label_en     varchar(200)             not null,
    sort_order   int                      not null,
    version      int                      not null default 1,
    created_at   timestamp with time zone not null default now()
);

create unique index situation_reference_code
    on situation_reference (coalesce(community_id, '00000000-0000-0000-0000-000000000000'), list, code);

-- Earlier wordings of a community's own values, one row per replaced version.
create table situation_reference_wording (
    reference_id uuid                     not null references situation_reference (id),
    version      int                      not null,
    label_fr     varchar(200)             not null,
    label_en     varchar(200)             not null,
    replaced_at  timestamp with time zone not null,
    replaced_by  uuid,
    primary key (reference_id, version)
);

create table situation_reference_retired (
    community_id uuid                     not null references community (id),
    reference_id uuid                     not null references situation_reference (id),
    retired_at   timestamp with time zone not null,
    retired_by   uuid,
    primary key (community_id, reference_id)
);

-- Risk factor categories, written for Vigie.
insert into situation_reference (id, list, code, label_fr, label_en, sort_order)
select gen_random_uuid(), 'RISK_CATEGORY', code, fr, en, row_number() over () * 10
from (values
    ('ALCOHOL', 'Alcool', 'Alcohol'),
    ('ANTISOCIAL', 'Comportement antisocial ou négatif', 'Antisocial or negative behaviour'),
    ('BASIC_NEEDS', 'Besoins de base', 'Basic needs'),
    ('BEREAVEMENT', 'Deuil', 'Bereavement'),
    ('COGNITION', 'Fonctionnement cognitif', 'Cognitive functioning'),
    ('CRIME_VICTIM', 'Victime d’un crime', 'Victim of crime'),
    ('CRIMINAL', 'Activité criminelle', 'Criminal involvement'),
    ('DRUGS', 'Drogues', 'Drugs'),
    ('ELDER_ABUSE', 'Maltraitance envers une personne aînée', 'Elder abuse'),
    ('EMOTIONAL_VIOLENCE', 'Violence psychologique', 'Emotional violence'),
    ('GAMBLING', 'Jeu', 'Gambling'),
    ('GANGS', 'Gangs', 'Gangs'),
    ('HOUSING', 'Logement', 'Housing'),
    ('MENTAL_HEALTH', 'Santé mentale', 'Mental health'),
    ('MISSING', 'Disparition ou fugue', 'Missing or runaway'),
    ('SCHOOL', 'Absence de l’école', 'Missing school'),
    ('PEERS', 'Fréquentations négatives', 'Negative peers'),
    ('PARENTING', 'Rôle parental', 'Parenting'),
    ('PHYSICAL_HEALTH', 'Santé physique', 'Physical health'),
    ('PHYSICAL_VIOLENCE', 'Violence physique', 'Physical violence'),
    ('POVERTY', 'Pauvreté', 'Poverty'),
    ('SELF_HARM', 'Automutilation', 'Self-harm'),
    ('SEXUAL_VIOLENCE', 'Violence sexuelle', 'Sexual violence'),
    ('SOCIAL_ENVIRONMENT', 'Milieu social', 'Social environment'),
    ('SUICIDE', 'Suicide', 'Suicide'),
    ('SUPERVISION', 'Encadrement', 'Supervision'),
    ('PUBLIC_SAFETY', 'Menace pour la santé ou la sécurité publiques', 'Threat to public health and safety'),
    ('UNEMPLOYMENT', 'Chômage', 'Unemployment')
) as category (code, fr, en);

-- Factors named for their own situation where the category calls for it ...
insert into situation_reference (id, list, code, parent_id, label_fr, label_en, sort_order)
select gen_random_uuid(), 'RISK_FACTOR', factor.code,
       (select id from situation_reference c where c.community_id is null and c.list = 'RISK_CATEGORY' and c.code = factor.category),
       factor.fr, factor.en, row_number() over () * 10
from (values
    ('CRIMINAL', 'CRIMINAL_ASSAULT', 'Voies de fait', 'Assault'),
    ('CRIMINAL', 'CRIMINAL_BREAK_ENTER', 'Introduction par effraction', 'Break and enter'),
    ('CRIMINAL', 'CRIMINAL_THEFT', 'Vol', 'Theft'),
    ('CRIMINAL', 'CRIMINAL_TRAFFICKING', 'Trafic', 'Trafficking'),
    ('CRIMINAL', 'CRIMINAL_WEAPONS', 'Armes', 'Weapons'),
    ('HOUSING', 'HOUSING_HOMELESS', 'Sans domicile', 'Homeless'),
    ('HOUSING', 'HOUSING_TRANSIENT', 'Logement instable ou de passage', 'Transient'),
    ('HOUSING', 'HOUSING_UNSAFE', 'Logement insalubre ou dangereux', 'Unsafe housing'),
    ('HOUSING', 'HOUSING_EVICTION', 'Menace d’expulsion', 'At risk of eviction'),
    ('MENTAL_HEALTH', 'MENTAL_HEALTH_DIAGNOSED', 'Trouble diagnostiqué', 'Diagnosed condition'),
    ('MENTAL_HEALTH', 'MENTAL_HEALTH_SUSPECTED', 'Trouble soupçonné', 'Suspected condition'),
    ('MENTAL_HEALTH', 'MENTAL_HEALTH_TREATMENT', 'Ne suit pas son traitement', 'Not following treatment'),
    ('SUICIDE', 'SUICIDE_IDEATION', 'Idées suicidaires actuelles', 'Current suicidal thoughts'),
    ('SUICIDE', 'SUICIDE_ATTEMPT', 'Tentative antérieure', 'Previous attempt'),
    ('SUICIDE', 'SUICIDE_AFFECTED', 'Touché par le suicide d’un proche', 'Affected by a suicide')
) as factor (category, code, fr, en);

-- ... and otherwise as who it concerns: the person, or someone in the home; violence as victim or perpetrator.
insert into situation_reference (id, list, code, parent_id, label_fr, label_en, sort_order)
select gen_random_uuid(), 'RISK_FACTOR', c.code || '_' || who.code, c.id,
       c.label_fr || ' — ' || who.fr, c.label_en || ' — ' || who.en, 1000 + c.sort_order * 10 + who.rank
from situation_reference c
join (values
    ('PERSON', 'la personne', 'the person', 1, false),
    ('HOME', 'dans le foyer', 'in the home', 2, false),
    ('VICTIM', 'victime', 'victim', 1, true),
    ('PERPETRATOR', 'auteur', 'perpetrator', 2, true)
) as who (code, fr, en, rank, violence)
    on who.violence = (c.code in ('ELDER_ABUSE', 'EMOTIONAL_VIOLENCE', 'PHYSICAL_VIOLENCE', 'SEXUAL_VIOLENCE'))
where c.community_id is null and c.list = 'RISK_CATEGORY'
  and c.code not in ('CRIMINAL', 'HOUSING', 'MENTAL_HEALTH', 'SUICIDE');

insert into situation_reference (id, list, code, label_fr, label_en, sort_order)
select gen_random_uuid(), 'PROTECTIVE_FACTOR', code, fr, en, row_number() over () * 10
from (values
    ('FAMILY_SUPPORT', 'Soutien de la famille ou des proches', 'Support from family or friends'),
    ('CONNECTED_SERVICES', 'Déjà lié à des services', 'Already connected to services'),
    ('STABLE_HOUSING', 'Logement stable', 'Stable housing'),
    ('SCHOOL_WORK', 'Lien avec l’école ou le travail', 'Attached to school or work'),
    ('POSITIVE_PEERS', 'Fréquentations positives', 'Positive peers'),
    ('OPEN_TO_HELP', 'Ouverture à recevoir de l’aide', 'Open to receiving help'),
    ('COMMUNITY_TIES', 'Appartenance culturelle, spirituelle ou communautaire', 'Cultural, spiritual or community ties'),
    ('HEALTH_CARE', 'Accès à des soins de santé', 'Access to health care')
) as factor (code, fr, en);

insert into situation_reference (id, list, code, grouping, label_fr, label_en, sort_order)
select gen_random_uuid(), 'CONCLUSION_REASON', code, grouping, fr, en, row_number() over () * 10
from (values
    ('LOWERED_CONNECTED', 'RISK_LOWERED', 'Risque réduit — orienté vers des services', 'Risk lowered — connected to services'),
    ('LOWERED_INFORMED', 'RISK_LOWERED', 'Risque réduit — informé des services', 'Risk lowered — informed of services'),
    ('LOWERED_ALREADY', 'RISK_LOWERED', 'Risque réduit — déjà suivi', 'Risk lowered — already connected'),
    ('LOWERED_OTHER', 'RISK_LOWERED', 'Risque réduit — autre', 'Risk lowered — other'),
    ('ELEVATED_REFUSED', 'STILL_ELEVATED', 'Risque toujours élevé — services refusés', 'Still acutely elevated — services refused'),
    ('ELEVATED_UNREACHABLE', 'STILL_ELEVATED', 'Risque toujours élevé — personne introuvable', 'Still acutely elevated — unable to locate'),
    ('ELEVATED_INFORMED', 'STILL_ELEVATED', 'Risque toujours élevé — informé des services', 'Still acutely elevated — informed of services'),
    ('ELEVATED_OTHER', 'STILL_ELEVATED', 'Risque toujours élevé — autre', 'Still acutely elevated — other')
) as reason (code, grouping, fr, en);

insert into situation_reference (id, list, code, label_fr, label_en, sort_order)
select gen_random_uuid(), 'SERVICE', code, fr, en, row_number() over () * 10
from (values
    ('MENTAL_HEALTH', 'Santé mentale', 'Mental health'),
    ('ADDICTIONS', 'Dépendances', 'Addictions'),
    ('CRISIS', 'Intervention de crise', 'Crisis response'),
    ('PRIMARY_CARE', 'Soins de première ligne', 'Primary health care'),
    ('HOUSING_SUPPORT', 'Soutien au logement', 'Housing support'),
    ('INCOME_SUPPORT', 'Soutien du revenu', 'Income support'),
    ('CHILD_PROTECTION', 'Protection de l’enfance', 'Child protection'),
    ('FAMILY_SUPPORT', 'Soutien aux familles', 'Family support'),
    ('SCHOOL_SUPPORT', 'Soutien scolaire', 'School support'),
    ('VICTIM_SUPPORT', 'Aide aux victimes', 'Victim support'),
    ('IPV_SUPPORT', 'Services en violence entre partenaires', 'Intimate-partner violence services'),
    ('ELDER_SUPPORT', 'Soutien aux personnes aînées', 'Support for older adults'),
    ('FOOD_SECURITY', 'Sécurité alimentaire', 'Food security'),
    ('LEGAL_AID', 'Aide juridique', 'Legal aid'),
    ('POLICE', 'Police', 'Police')
) as service (code, fr, en);

-- A situation table of a community: its member organisations, each with its information-sharing
-- agreement, and the representatives who sit at the table for them.
create table situation_table (
    id            uuid                     not null primary key,
    community_id  uuid                     not null references community (id),
    name_fr       varchar(200)             not null,
    name_en       varchar(200)             not null,
    chair_user_id uuid references user_account (id),
    active        boolean                  not null default true,
    version       int                      not null default 0,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

create index situation_table_community on situation_table (community_id);

create table situation_table_member (
    table_id            uuid         not null references situation_table (id),
    organization_id     uuid         not null references organization (id),
    agreement_reference varchar(120) not null,
    agreement_signed    date         not null,
    agreement_expires   date         not null,
    primary key (table_id, organization_id)
);

create table situation_table_representative (
    table_id        uuid not null,
    organization_id uuid not null,
    user_id         uuid not null references user_account (id),
    primary key (table_id, user_id),
    foreign key (table_id, organization_id) references situation_table_member (table_id, organization_id)
);

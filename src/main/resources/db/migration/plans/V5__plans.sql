-- Plan templates are data: levels with their names in both languages, the level each one sits
-- under, and the fields each level uses. Shipped templates have no community; a community may add
-- its own.
create table plan_template (
    id             uuid                     not null primary key,
    community_id   uuid references community (id),
    code           varchar(60)              not null,
    name_fr        varchar(200)             not null,
    name_en        varchar(200)             not null,
    description_fr varchar(2000)            not null default '',
    description_en varchar(2000)            not null default '',
    retired        boolean                  not null default false,
    created_at     timestamp with time zone not null default now()
);
create unique index plan_template_code on plan_template (coalesce(community_id, '00000000-0000-0000-0000-000000000000'), code);

create table plan_template_level (
    template_id uuid         not null references plan_template (id) on delete cascade,
    code        varchar(40)  not null,
    parent_code varchar(40),
    name_fr     varchar(120) not null,
    name_en     varchar(120) not null,
    fields      varchar(400) not null,
    sort_order  int          not null,
    primary key (template_id, code)
);

-- Status schemes: a label and an icon per status, never a colour alone. Severity orders statuses for
-- the worst-child roll-up; a negative severity leaves the status out of roll-ups.
create table status_scheme (
    id           uuid         not null primary key,
    community_id uuid references community (id),
    code         varchar(40)  not null,
    name_fr      varchar(120) not null,
    name_en      varchar(120) not null
);

create table status_value (
    scheme_id  uuid         not null references status_scheme (id) on delete cascade,
    code       varchar(40)  not null,
    label_fr   varchar(80)  not null,
    label_en   varchar(80)  not null,
    icon       varchar(8)   not null,
    severity   int          not null,
    completed  boolean      not null default false,
    sort_order int          not null,
    primary key (scheme_id, code)
);

insert into status_scheme (id, code, name_fr, name_en) values
    ('5a7e0000-0000-4000-8000-000000000001', 'STANDARD', 'État d’avancement standard', 'Standard progress status');
insert into status_value (scheme_id, code, label_fr, label_en, icon, severity, completed, sort_order) values
    ('5a7e0000-0000-4000-8000-000000000001', 'NOT_STARTED', 'Pas commencé', 'Not started', '○', 2, false, 10),
    ('5a7e0000-0000-4000-8000-000000000001', 'ON_TRACK', 'En bonne voie', 'On track', '✓', 1, false, 20),
    ('5a7e0000-0000-4000-8000-000000000001', 'AT_RISK', 'À risque', 'At risk', '!', 3, false, 30),
    ('5a7e0000-0000-4000-8000-000000000001', 'BLOCKED', 'Bloqué', 'Blocked', '✗', 4, false, 40),
    ('5a7e0000-0000-4000-8000-000000000001', 'COMPLETED', 'Terminé', 'Completed', '●', 0, true, 50),
    ('5a7e0000-0000-4000-8000-000000000001', 'CANCELLED', 'Abandonné', 'Cancelled', '⊘', -1, false, 60);

insert into plan_template (id, code, name_fr, name_en, description_fr, description_en) values
    ('7e3a0000-0000-4000-8000-000000000001', 'ONTARIO_CSWB',
     'Plan de sécurité et de bien-être communautaires (Ontario)', 'Community safety and well-being plan (Ontario)',
     'Domaines d’intervention, objectifs, stratégies et actions, chacun rattaché à l’un des quatre domaines de planification.',
     'Focus areas, objectives, strategies and actions, each tagged with one of the four planning areas.'),
    ('7e3a0000-0000-4000-8000-000000000002', 'RECOVERY',
     'Plan de rétablissement municipal', 'Municipal recovery plan',
     'Objectifs généraux selon l’horizon, enjeux classés par catégorie, objectifs opérationnels et actions avec cibles, responsables, collaborateurs, échéances et commentaires.',
     'General objectives by time horizon, issue areas by category, operational objectives and actions with targets, responsible, collaborators, timing and comments.'),
    ('7e3a0000-0000-4000-8000-000000000003', 'PILLARS',
     'Programme en piliers', 'Programme in pillars',
     'Des piliers et leurs initiatives, avec réalisations et prochaines étapes à chaque bilan.',
     'Pillars and their initiatives, with accomplishments and next steps at each report.'),
    ('7e3a0000-0000-4000-8000-000000000004', 'SCORECARD',
     'Tableau de bord axé sur les résultats', 'Results scorecard',
     'Des résultats suivis par des indicateurs, et des programmes suivis par des mesures de rendement : combien, à quel point bien, qui s’en porte mieux.',
     'Results tracked by indicators, and programmes tracked by performance measures: how much, how well, is anyone better off.');

insert into plan_template_level (template_id, code, parent_code, name_fr, name_en, fields, sort_order) values
    ('7e3a0000-0000-4000-8000-000000000001', 'FOCUS_AREA', null, 'Domaine d’intervention', 'Focus area',
     'DESCRIPTION,PLANNING_AREA,LEAD_ORGANIZATION,RESPONSIBLE,STATUS,INDICATORS,COMMENTS', 10),
    ('7e3a0000-0000-4000-8000-000000000001', 'OBJECTIVE', 'FOCUS_AREA', 'Objectif', 'Objective',
     'DESCRIPTION,PLANNING_AREA,STATUS,TARGETS,INDICATORS,COMMENTS', 20),
    ('7e3a0000-0000-4000-8000-000000000001', 'STRATEGY', 'OBJECTIVE', 'Stratégie', 'Strategy',
     'DESCRIPTION,PLANNING_AREA,LEAD_ORGANIZATION,RESPONSIBLE,COLLABORATORS,STATUS,COMMENTS', 30),
    ('7e3a0000-0000-4000-8000-000000000001', 'ACTION', 'STRATEGY', 'Action', 'Action',
     'DESCRIPTION,PLANNING_AREA,LEAD_ORGANIZATION,RESPONSIBLE,COLLABORATORS,TIME_HORIZON,DATES,STATUS,PROGRESS,TARGETS,INDICATORS,COMMENTS', 40),
    ('7e3a0000-0000-4000-8000-000000000002', 'GENERAL_OBJECTIVE', null, 'Objectif général', 'General objective',
     'DESCRIPTION,TIME_HORIZON,STATUS,COMMENTS', 10),
    ('7e3a0000-0000-4000-8000-000000000002', 'ISSUE_AREA', 'GENERAL_OBJECTIVE', 'Enjeu', 'Issue area',
     'DESCRIPTION,ISSUE_CATEGORY,LEAD_ORGANIZATION,RESPONSIBLE,STATUS,COMMENTS', 20),
    ('7e3a0000-0000-4000-8000-000000000002', 'OPERATIONAL_OBJECTIVE', 'ISSUE_AREA', 'Objectif opérationnel', 'Operational objective',
     'DESCRIPTION,STATUS,INDICATORS,COMMENTS', 30),
    ('7e3a0000-0000-4000-8000-000000000002', 'ACTION', 'OPERATIONAL_OBJECTIVE', 'Action', 'Action',
     'DESCRIPTION,TARGETS,LEAD_ORGANIZATION,RESPONSIBLE,COLLABORATORS,TIME_HORIZON,DATES,STATUS,PROGRESS,COMMENTS', 40),
    ('7e3a0000-0000-4000-8000-000000000003', 'PILLAR', null, 'Pilier', 'Pillar',
     'DESCRIPTION,LEAD_ORGANIZATION,RESPONSIBLE,STATUS,INDICATORS,COMMENTS', 10),
    ('7e3a0000-0000-4000-8000-000000000003', 'INITIATIVE', 'PILLAR', 'Initiative', 'Initiative',
     'DESCRIPTION,LEAD_ORGANIZATION,RESPONSIBLE,COLLABORATORS,DATES,STATUS,PROGRESS,TARGETS,INDICATORS,COMMENTS', 20),
    ('7e3a0000-0000-4000-8000-000000000004', 'RESULT', null, 'Résultat', 'Result',
     'DESCRIPTION,LEAD_ORGANIZATION,INDICATORS,COMMENTS', 10),
    ('7e3a0000-0000-4000-8000-000000000004', 'PROGRAMME', null, 'Programme', 'Programme',
     'DESCRIPTION,LEAD_ORGANIZATION,RESPONSIBLE,COLLABORATORS,STATUS,COMMENTS', 20),
    ('7e3a0000-0000-4000-8000-000000000004', 'PERFORMANCE_MEASURE', 'PROGRAMME', 'Mesure de rendement', 'Performance measure',
     'DESCRIPTION,MEASURE_TYPE,RESPONSIBLE,TARGETS,INDICATORS,STATUS,COMMENTS', 30);

create table plan (
    id               uuid                     not null primary key,
    community_id     uuid                     not null references community (id),
    template_id      uuid                     not null references plan_template (id),
    status_scheme_id uuid                     not null references status_scheme (id),
    title_fr         varchar(300)             not null default '',
    title_en         varchar(300)             not null default '',
    description_fr   varchar(4000)            not null default '',
    description_en   varchar(4000)            not null default '',
    rollup_rule      varchar(20)              not null,
    start_date       date,
    end_date         date,
    archived         boolean                  not null default false,
    version          int                      not null,
    created_by       uuid references user_account (id),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint plan_has_a_title check (title_fr <> '' or title_en <> ''),
    constraint plan_dates check (end_date is null or start_date is null or end_date >= start_date)
);
create index plan_community on plan (community_id);

create table plan_member (
    plan_id    uuid                     not null references plan (id),
    user_id    uuid                     not null references user_account (id),
    role       varchar(20)              not null,
    granted_by uuid references user_account (id),
    granted_at timestamp with time zone not null,
    primary key (plan_id, user_id)
);

create table plan_item (
    id                  uuid                     not null primary key,
    community_id        uuid                     not null references community (id),
    plan_id             uuid                     not null references plan (id),
    parent_id           uuid references plan_item (id),
    level_code          varchar(40)              not null,
    position            int                      not null,
    title_fr            varchar(300)             not null default '',
    title_en            varchar(300)             not null default '',
    description_fr      varchar(4000)            not null default '',
    description_en      varchar(4000)            not null default '',
    lead_organization_id uuid references organization (id),
    responsible_user_id uuid references user_account (id),
    time_horizon        varchar(10),
    start_date          date,
    end_date            date,
    status_code         varchar(40),
    progress            int,
    planning_area       varchar(30),
    issue_category      varchar(30),
    measure_type        varchar(20),
    target_fr           varchar(1000)            not null default '',
    target_en           varchar(1000)            not null default '',
    archived            boolean                  not null default false,
    version             int                      not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint plan_item_has_a_title check (title_fr <> '' or title_en <> ''),
    constraint plan_item_dates check (end_date is null or start_date is null or end_date >= start_date),
    constraint plan_item_progress check (progress is null or progress between 0 and 100)
);
create index plan_item_tree on plan_item (plan_id, parent_id, position);
create index plan_item_responsible on plan_item (responsible_user_id) where responsible_user_id is not null;

create table plan_item_collaborator (
    item_id         uuid not null references plan_item (id) on delete cascade,
    organization_id uuid not null references organization (id),
    primary key (item_id, organization_id)
);

create table plan_item_indicator (
    item_id      uuid not null references plan_item (id) on delete cascade,
    indicator_id uuid not null references indicator (id),
    primary key (item_id, indicator_id)
);

create table plan_item_comment (
    id         uuid                     not null primary key,
    item_id    uuid                     not null references plan_item (id),
    author_id  uuid references user_account (id),
    body       varchar(4000)            not null,
    created_at timestamp with time zone not null
);
create index plan_item_comment_item on plan_item_comment (item_id, created_at);

-- Who changed what on an item, field by field.
create table plan_item_change (
    id         bigserial                not null primary key,
    item_id    uuid                     not null references plan_item (id),
    changed_by uuid references user_account (id),
    changed_at timestamp with time zone not null,
    field      varchar(40)              not null,
    old_value  varchar(4000),
    new_value  varchar(4000)
);
create index plan_item_change_item on plan_item_change (item_id, changed_at desc);

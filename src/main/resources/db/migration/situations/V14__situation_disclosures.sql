-- Filter 3: each reveal of a situation's identifying details to an organisation present at the
-- meeting, with its legal basis and consent status, and that organisation's answer.
create table situation_disclosure (
    id                 uuid                     not null primary key,
    community_id       uuid                     not null references community (id),
    situation_id       uuid                     not null references situation (id),
    organization_id    uuid                     not null references organization (id),
    details            varchar(120)             not null,
    disclosed_by       uuid                     not null references user_account (id),
    disclosed_at       timestamp with time zone not null,
    legal_basis        varchar(40)              not null,
    legal_basis_other  varchar(300),
    consent_status     varchar(30)              not null,
    involvement        varchar(20),
    answered_by        uuid references user_account (id),
    answered_at        timestamp with time zone,
    unique (situation_id, organization_id)
);

-- The follow-up (type 2) caseload: anyone on the team proposes a person; only a decision of the clinical
-- committee, chaired by the team's lead, enrols them, on a consent basis, with a lead worker and a
-- review date. A person has at most one open enrolment (proposed, deferred or enrolled); a declined or
-- discharged one stays as history, and the person may be proposed again.
create table coresponse_enrolment (
    id                 uuid                     not null primary key,
    team_id            uuid                     not null,
    community_id       uuid                     not null,
    person_id          uuid                     not null,
    state              varchar(12)              not null,
    reason             bytea,
    proposed_by        uuid                     not null,
    proposed_at        timestamp with time zone not null,
    consent_basis      varchar(20),
    consent_date       date,
    consent_detail     bytea,
    lead_worker_id     uuid,
    review_on          date,
    deferred_to        date,
    decided_by         uuid,
    decided_at         timestamp with time zone,
    discharge_proposed boolean                  not null default false,
    discharge_reason   varchar(30),
    discharged_at      timestamp with time zone,
    version            int                      not null default 0,
    foreign key (team_id, community_id) references coresponse_team (id, community_id),
    foreign key (person_id, team_id) references coresponse_person (id, team_id),
    foreign key (lead_worker_id, community_id) references user_account (id, community_id),
    check (state in ('PROPOSED', 'DEFERRED', 'ENROLLED', 'DECLINED', 'DISCHARGED')),
    check (state <> 'ENROLLED' or (consent_basis is not null and lead_worker_id is not null and review_on is not null))
);
create unique index coresponse_enrolment_open on coresponse_enrolment (person_id)
    where state in ('PROPOSED', 'DEFERRED', 'ENROLLED');
create index coresponse_enrolment_team on coresponse_enrolment (team_id, state);

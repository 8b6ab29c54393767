-- Filter 4 continued: the services the team mobilised, and the conclusion with its reason and date.
create table situation_service (
    situation_id uuid not null references situation (id),
    reference_id uuid not null references situation_reference (id),
    primary key (situation_id, reference_id)
);

alter table situation add column concluded_on date;
alter table situation add column conclusion_reason_id uuid references situation_reference (id);

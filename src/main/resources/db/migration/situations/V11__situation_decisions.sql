-- The table's decision on a tabled situation, against the four criteria of acutely elevated risk. A
-- rejected situation keeps only its table, date, originating organisation, type, age band, gender and
-- the decision: its summary goes, as its factors and identifying details do.
alter table situation alter column summary drop not null;
alter table situation add column decided_at timestamp with time zone;
alter table situation add column decided_by uuid references user_account (id);
alter table situation add column significant_interest boolean;
alter table situation add column probable_harm boolean;
alter table situation add column severe_harm boolean;
alter table situation add column multiple_agencies boolean;

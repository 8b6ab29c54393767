-- A person's identity and the notes about them are destroyed once kept long enough; the calls stay,
-- de-identified, for the team's figures. A legal hold stops the destruction while it lasts.
alter table coresponse_person alter column label drop not null;
alter table coresponse_person add column legal_hold boolean not null default false;
alter table coresponse_person add column destroyed_at timestamp with time zone;

alter table coresponse_note alter column body drop not null;
alter table coresponse_note add column destroyed_at timestamp with time zone;

-- When retention destroyed a concluded situation's identifying details, team notes and progress
-- remarks; the de-identified record stays for statistics.
alter table situation add column details_destroyed_at timestamp with time zone;
create index situation_retention_due on situation (concluded_on) where stage = 'CONCLUDED' and details_destroyed_at is null;

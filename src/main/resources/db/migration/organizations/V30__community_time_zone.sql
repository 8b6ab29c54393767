-- A community keeps its own calendar: its administrator chooses its time zone. None chosen means the
-- deployment's default zone.
alter table community add column time_zone varchar(64);

-- A situation the table did not retain no longer names the worker who opened it.
alter table situation alter column opened_by drop not null;

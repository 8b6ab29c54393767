-- A staff member's list of files is worked out a page at a time in SQL. The accounts a file names are
-- encrypted, so each also carries a blind index tag to match against; and each file keeps the date of
-- its soonest open deadline, refreshed whenever its history changes, so the soonest deadlines of an
-- office are found without computing every file's. Rows written before this migration are tagged
-- and refreshed at the next start, before requests are served (deadlines_known marks those done).
alter table complaint_party add column user_tag bytea;
alter table complaint_reporter add column user_tag bytea;
alter table complaint_file add column next_due_on date;
alter table complaint_file add column deadlines_known boolean not null default false;

create index complaint_party_user_tag on complaint_party (user_tag) where user_tag is not null;
create index complaint_reporter_user_tag on complaint_reporter (user_tag) where user_tag is not null;
create index complaint_file_office_received on complaint_file (office_id, received_on desc, reference desc);
create index complaint_file_office_due on complaint_file (office_id, next_due_on) where next_due_on is not null;

-- Every business row names its community, child rows included: a later row-level policy or a
-- distribution by community reads one column, and the composite key below means a child row can never
-- point into another community than its parent's.
alter table complaint_office add constraint complaint_office_in_community unique (id, community_id);
alter table complaint_file add constraint complaint_file_in_community unique (id, community_id);

alter table complaint_office_staff add column community_id uuid;
update complaint_office_staff c set community_id = p.community_id from complaint_office p where p.id = c.office_id;
alter table complaint_office_staff alter column community_id set not null;
alter table complaint_office_staff drop constraint complaint_office_staff_office_id_fkey;
alter table complaint_office_staff add constraint complaint_office_staff_community foreign key (office_id, community_id)
    references complaint_office (id, community_id);

alter table complaint_party add column community_id uuid;
update complaint_party c set community_id = p.community_id from complaint_file p where p.id = c.file_id;
alter table complaint_party alter column community_id set not null;
alter table complaint_party drop constraint complaint_party_file_id_fkey;
alter table complaint_party add constraint complaint_party_community foreign key (file_id, community_id)
    references complaint_file (id, community_id);

alter table complaint_reporter add column community_id uuid;
update complaint_reporter c set community_id = p.community_id from complaint_file p where p.id = c.file_id;
alter table complaint_reporter alter column community_id set not null;
alter table complaint_reporter drop constraint complaint_reporter_file_id_fkey;
alter table complaint_reporter add constraint complaint_reporter_community foreign key (file_id, community_id)
    references complaint_file (id, community_id);

alter table complaint_file_stage add column community_id uuid;
update complaint_file_stage c set community_id = p.community_id from complaint_file p where p.id = c.file_id;
alter table complaint_file_stage alter column community_id set not null;
alter table complaint_file_stage drop constraint complaint_file_stage_file_id_fkey;
alter table complaint_file_stage add constraint complaint_file_stage_community foreign key (file_id, community_id)
    references complaint_file (id, community_id);

alter table complaint_file_step add column community_id uuid;
update complaint_file_step c set community_id = p.community_id from complaint_file p where p.id = c.file_id;
alter table complaint_file_step alter column community_id set not null;
alter table complaint_file_step drop constraint complaint_file_step_file_id_fkey;
alter table complaint_file_step add constraint complaint_file_step_community foreign key (file_id, community_id)
    references complaint_file (id, community_id);

alter table complaint_assignment add column community_id uuid;
update complaint_assignment c set community_id = p.community_id from complaint_file p where p.id = c.file_id;
alter table complaint_assignment alter column community_id set not null;
alter table complaint_assignment drop constraint complaint_assignment_file_id_fkey;
alter table complaint_assignment add constraint complaint_assignment_community foreign key (file_id, community_id)
    references complaint_file (id, community_id);

alter table complaint_denied add column community_id uuid;
update complaint_denied c set community_id = p.community_id from complaint_file p where p.id = c.file_id;
alter table complaint_denied alter column community_id set not null;
alter table complaint_denied drop constraint complaint_denied_file_id_fkey;
alter table complaint_denied add constraint complaint_denied_community foreign key (file_id, community_id)
    references complaint_file (id, community_id);

alter table complaint_receipt add column community_id uuid;
update complaint_receipt c set community_id = p.community_id from complaint_file p where p.id = c.file_id;
alter table complaint_receipt alter column community_id set not null;
alter table complaint_receipt drop constraint complaint_receipt_file_id_fkey;
alter table complaint_receipt add constraint complaint_receipt_community foreign key (file_id, community_id)
    references complaint_file (id, community_id);

alter table complaint_message add column community_id uuid;
update complaint_message c set community_id = p.community_id from complaint_file p where p.id = c.file_id;
alter table complaint_message alter column community_id set not null;
alter table complaint_message drop constraint complaint_message_file_id_fkey;
alter table complaint_message add constraint complaint_message_community foreign key (file_id, community_id)
    references complaint_file (id, community_id);

alter table complaint_deadline_notice add column community_id uuid;
update complaint_deadline_notice c set community_id = p.community_id from complaint_file p where p.id = c.file_id;
alter table complaint_deadline_notice alter column community_id set not null;
alter table complaint_deadline_notice drop constraint complaint_deadline_notice_file_id_fkey;
alter table complaint_deadline_notice add constraint complaint_deadline_notice_community foreign key (file_id, community_id)
    references complaint_file (id, community_id);

alter table complaint_notice add column community_id uuid;
update complaint_notice c set community_id = p.community_id from complaint_file p where p.id = c.file_id;
alter table complaint_notice alter column community_id set not null;
alter table complaint_notice drop constraint complaint_notice_file_id_fkey;
alter table complaint_notice add constraint complaint_notice_community foreign key (file_id, community_id)
    references complaint_file (id, community_id);

alter table complaint_attachment add column community_id uuid;
update complaint_attachment c set community_id = p.community_id from complaint_file p where p.id = c.file_id;
alter table complaint_attachment alter column community_id set not null;
alter table complaint_attachment drop constraint complaint_attachment_file_id_fkey;
alter table complaint_attachment add constraint complaint_attachment_community foreign key (file_id, community_id)
    references complaint_file (id, community_id);

-- An upload is held for the door of one community until its form is filed. Uploads held while this
-- migration runs had no community to name; they are let go as an abandoned form's would be.
delete from complaint_upload;
alter table complaint_upload add column community_id uuid not null references community (id);

-- Every business row names its community, child rows included: a later row-level policy or a
-- distribution by community reads one column, and the composite key below means a child row can never
-- point into another community than its parent's.
alter table situation_reference add constraint situation_reference_in_community unique (id, community_id);
alter table situation_table add constraint situation_table_in_community unique (id, community_id);
alter table situation add constraint situation_in_community unique (id, community_id);
alter table situation_meeting add constraint situation_meeting_in_community unique (id, community_id);

-- A wording follows its value: no community when the value is shared by all.
alter table situation_reference_wording add column community_id uuid;
update situation_reference_wording c set community_id = p.community_id from situation_reference p where p.id = c.reference_id;
alter table situation_reference_wording add constraint situation_reference_wording_community foreign key (reference_id, community_id)
    references situation_reference (id, community_id);

alter table situation_table_member add column community_id uuid;
update situation_table_member c set community_id = p.community_id from situation_table p where p.id = c.table_id;
alter table situation_table_member alter column community_id set not null;
alter table situation_table_member drop constraint situation_table_member_table_id_fkey;
alter table situation_table_member add constraint situation_table_member_community foreign key (table_id, community_id)
    references situation_table (id, community_id);

-- A representative already belongs to a member organisation of the table; the community follows the table.
alter table situation_table_representative add column community_id uuid;
update situation_table_representative c set community_id = p.community_id from situation_table p where p.id = c.table_id;
alter table situation_table_representative alter column community_id set not null;
alter table situation_table_representative add constraint situation_table_representative_community
    foreign key (table_id, community_id) references situation_table (id, community_id);

alter table situation_factor add column community_id uuid;
update situation_factor c set community_id = p.community_id from situation p where p.id = c.situation_id;
alter table situation_factor alter column community_id set not null;
alter table situation_factor drop constraint situation_factor_situation_id_fkey;
alter table situation_factor add constraint situation_factor_community foreign key (situation_id, community_id)
    references situation (id, community_id);

alter table situation_identity add column community_id uuid;
update situation_identity c set community_id = p.community_id from situation p where p.id = c.situation_id;
alter table situation_identity alter column community_id set not null;
alter table situation_identity drop constraint situation_identity_situation_id_fkey;
alter table situation_identity add constraint situation_identity_community foreign key (situation_id, community_id)
    references situation (id, community_id);

alter table situation_meeting_attendance add column community_id uuid;
update situation_meeting_attendance c set community_id = p.community_id from situation_meeting p where p.id = c.meeting_id;
alter table situation_meeting_attendance alter column community_id set not null;
alter table situation_meeting_attendance drop constraint situation_meeting_attendance_meeting_id_fkey;
alter table situation_meeting_attendance add constraint situation_meeting_attendance_community foreign key (meeting_id, community_id)
    references situation_meeting (id, community_id);

alter table situation_team_member add column community_id uuid;
update situation_team_member c set community_id = p.community_id from situation p where p.id = c.situation_id;
alter table situation_team_member alter column community_id set not null;
alter table situation_team_member drop constraint situation_team_member_situation_id_fkey;
alter table situation_team_member add constraint situation_team_member_community foreign key (situation_id, community_id)
    references situation (id, community_id);

alter table situation_team_note add column community_id uuid;
update situation_team_note c set community_id = p.community_id from situation p where p.id = c.situation_id;
alter table situation_team_note alter column community_id set not null;
alter table situation_team_note drop constraint situation_team_note_situation_id_fkey;
alter table situation_team_note add constraint situation_team_note_community foreign key (situation_id, community_id)
    references situation (id, community_id);

alter table situation_service add column community_id uuid;
update situation_service c set community_id = p.community_id from situation p where p.id = c.situation_id;
alter table situation_service alter column community_id set not null;
alter table situation_service drop constraint situation_service_situation_id_fkey;
alter table situation_service add constraint situation_service_community foreign key (situation_id, community_id)
    references situation (id, community_id);

alter table situation_progress add column community_id uuid;
update situation_progress c set community_id = p.community_id from situation p where p.id = c.situation_id;
alter table situation_progress alter column community_id set not null;
alter table situation_progress drop constraint situation_progress_situation_id_fkey;
alter table situation_progress add constraint situation_progress_community foreign key (situation_id, community_id)
    references situation (id, community_id);

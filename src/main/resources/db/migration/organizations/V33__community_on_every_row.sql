-- Every business row names its community, child rows included: a later row-level policy or a
-- distribution by community reads one column, and the composite key below means a child row can never
-- point into another community than its parent's.
alter table user_account add constraint user_account_in_community unique (id, community_id);
alter table sector add constraint sector_in_community unique (code, community_id);

alter table mfa_recovery_code add column community_id uuid;
update mfa_recovery_code c set community_id = p.community_id from user_account p where p.id = c.user_id;
alter table mfa_recovery_code alter column community_id set not null;
alter table mfa_recovery_code drop constraint mfa_recovery_code_user_id_fkey;
alter table mfa_recovery_code add constraint mfa_recovery_code_community foreign key (user_id, community_id)
    references user_account (id, community_id) on delete cascade;

alter table sector_wording add column community_id uuid;
update sector_wording c set community_id = p.community_id from sector p where p.code = c.code;
alter table sector_wording alter column community_id set not null;
alter table sector_wording drop constraint sector_wording_code_fkey;
alter table sector_wording add constraint sector_wording_community foreign key (code, community_id)
    references sector (code, community_id);

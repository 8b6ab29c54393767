-- Every business row names its community, child rows included: a later row-level policy or a
-- distribution by community reads one column, and the composite key below means a child row can never
-- point into another community than its parent's.
alter table plan_template add constraint plan_template_in_community unique (id, community_id);
alter table status_scheme add constraint status_scheme_in_community unique (id, community_id);
alter table plan add constraint plan_in_community unique (id, community_id);
alter table plan_item add constraint plan_item_in_community unique (id, community_id);
alter table reporting_cycle add constraint reporting_cycle_in_community unique (id, community_id);

-- Levels and status values follow their template or scheme: no community when it is shared by all.
alter table plan_template_level add column community_id uuid;
update plan_template_level c set community_id = p.community_id from plan_template p where p.id = c.template_id;
alter table plan_template_level add constraint plan_template_level_community foreign key (template_id, community_id)
    references plan_template (id, community_id) on delete cascade;

alter table status_value add column community_id uuid;
update status_value c set community_id = p.community_id from status_scheme p where p.id = c.scheme_id;
alter table status_value add constraint status_value_community foreign key (scheme_id, community_id)
    references status_scheme (id, community_id) on delete cascade;

alter table plan_member add column community_id uuid;
update plan_member c set community_id = p.community_id from plan p where p.id = c.plan_id;
alter table plan_member alter column community_id set not null;
alter table plan_member drop constraint plan_member_plan_id_fkey;
alter table plan_member add constraint plan_member_community foreign key (plan_id, community_id)
    references plan (id, community_id);

alter table plan_item_collaborator add column community_id uuid;
update plan_item_collaborator c set community_id = p.community_id from plan_item p where p.id = c.item_id;
alter table plan_item_collaborator alter column community_id set not null;
alter table plan_item_collaborator drop constraint plan_item_collaborator_item_id_fkey;
alter table plan_item_collaborator add constraint plan_item_collaborator_community foreign key (item_id, community_id)
    references plan_item (id, community_id) on delete cascade;

alter table plan_item_indicator add column community_id uuid;
update plan_item_indicator c set community_id = p.community_id from plan_item p where p.id = c.item_id;
alter table plan_item_indicator alter column community_id set not null;
alter table plan_item_indicator drop constraint plan_item_indicator_item_id_fkey;
alter table plan_item_indicator add constraint plan_item_indicator_community foreign key (item_id, community_id)
    references plan_item (id, community_id) on delete cascade;

alter table plan_item_comment add column community_id uuid;
update plan_item_comment c set community_id = p.community_id from plan_item p where p.id = c.item_id;
alter table plan_item_comment alter column community_id set not null;
alter table plan_item_comment drop constraint plan_item_comment_item_id_fkey;
alter table plan_item_comment add constraint plan_item_comment_community foreign key (item_id, community_id)
    references plan_item (id, community_id);

alter table plan_item_change add column community_id uuid;
update plan_item_change c set community_id = p.community_id from plan_item p where p.id = c.item_id;
alter table plan_item_change alter column community_id set not null;
alter table plan_item_change drop constraint plan_item_change_item_id_fkey;
alter table plan_item_change add constraint plan_item_change_community foreign key (item_id, community_id)
    references plan_item (id, community_id);

alter table cycle_reminder add column community_id uuid;
update cycle_reminder c set community_id = p.community_id from reporting_cycle p where p.id = c.cycle_id;
alter table cycle_reminder alter column community_id set not null;
alter table cycle_reminder drop constraint cycle_reminder_cycle_id_fkey;
alter table cycle_reminder add constraint cycle_reminder_community foreign key (cycle_id, community_id)
    references reporting_cycle (id, community_id);

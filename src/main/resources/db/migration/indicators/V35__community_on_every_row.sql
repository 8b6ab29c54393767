-- Every business row names its community, child rows included: a later row-level policy or a
-- distribution by community reads one column, and the composite key below means a child row can never
-- point into another community than its parent's.
alter table indicator add constraint indicator_in_community unique (id, community_id);

alter table indicator_target add column community_id uuid;
update indicator_target c set community_id = p.community_id from indicator p where p.id = c.indicator_id;
alter table indicator_target alter column community_id set not null;
alter table indicator_target drop constraint indicator_target_indicator_id_fkey;
alter table indicator_target add constraint indicator_target_community foreign key (indicator_id, community_id)
    references indicator (id, community_id) on delete cascade;

alter table indicator_period_lock add column community_id uuid;
update indicator_period_lock c set community_id = p.community_id from indicator p where p.id = c.indicator_id;
alter table indicator_period_lock alter column community_id set not null;
alter table indicator_period_lock drop constraint indicator_period_lock_indicator_id_fkey;
alter table indicator_period_lock add constraint indicator_period_lock_community foreign key (indicator_id, community_id)
    references indicator (id, community_id);

alter table indicator_computation add column community_id uuid;
update indicator_computation c set community_id = p.community_id from indicator p where p.id = c.indicator_id;
alter table indicator_computation alter column community_id set not null;
alter table indicator_computation drop constraint indicator_computation_indicator_id_fkey;
alter table indicator_computation add constraint indicator_computation_community foreign key (indicator_id, community_id)
    references indicator (id, community_id);

-- A table member's agreement now lives in the community's register (organizations module), shared with
-- every other group: for an organisation at several tables, the agreement that runs longest is kept.
insert into information_sharing_agreement (community_id, organization_id, reference, signed, expires, recorded_at)
select distinct on (community_id, organization_id)
       community_id, organization_id, agreement_reference, agreement_signed, agreement_expires, now()
from situation_table_member
order by community_id, organization_id, agreement_expires desc
on conflict do nothing;

alter table situation_table_member drop column agreement_reference;
alter table situation_table_member drop column agreement_signed;
alter table situation_table_member drop column agreement_expires;

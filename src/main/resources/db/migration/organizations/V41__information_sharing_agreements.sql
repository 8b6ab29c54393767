-- One register of information-sharing agreements, an agreement per partner organisation of the
-- community, shared by every group that exchanges identifying information under it (situation tables
-- today, the mixed co-response team next). The situation tables' agreements move here in the next
-- migration of their module.
alter table organization add constraint organization_in_community unique (id, community_id);

create table information_sharing_agreement (
    community_id    uuid                     not null references community (id),
    organization_id uuid                     not null,
    reference       varchar(120)             not null,
    signed          date                     not null,
    expires         date                     not null,
    version         int                      not null default 0,
    recorded_at     timestamp with time zone not null,
    recorded_by     uuid references user_account (id),
    primary key (community_id, organization_id),
    foreign key (organization_id, community_id) references organization (id, community_id),
    check (expires > signed)
);

-- The home page asks for each community's last check of the chain; without this index a community
-- that never checked would be read through its whole trail.
create index audit_event_chain_checks on audit_event (community_id, occurred_at desc)
    where action = 'AUDIT_CHAIN_VERIFIED';

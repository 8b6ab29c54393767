-- An organisation's situations at a table, latest first, a page at a time.
create index situation_table_origin on situation (table_id, originating_organization_id, opened_at desc);

-- The areas of a community (neighbourhoods, districts) that its administrator keeps: where a call or a
-- situation happened is recorded as one of them, never as an address, and figures break down by them.
create table community_area (
    id           uuid                     not null primary key,
    community_id uuid                     not null references community (id),
    name_fr      varchar(200)             not null,
    name_en      varchar(200)             not null,
    retired      boolean                  not null default false,
    version      int                      not null default 0,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    unique (id, community_id)
);
create unique index community_area_name_fr on community_area (community_id, lower(name_fr));
create unique index community_area_name_en on community_area (community_id, lower(name_en));

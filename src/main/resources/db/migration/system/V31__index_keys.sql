-- Keys for blind indexes: a keyed hash of an encrypted identifier lets SQL match equal values (is
-- this person named in the file?) without the database being able to tell whose they are. Each key
-- is stored encrypted with the field encryption keyset, which lives outside the database.
create table system_index_key (
    name       varchar(64)              primary key,
    keyset     bytea                    not null,
    created_at timestamp with time zone not null
);

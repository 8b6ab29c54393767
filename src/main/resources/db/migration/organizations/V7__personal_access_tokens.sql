-- Personal access tokens for integrations: created and revoked by their owner, scoped, expiring.
-- Only a digest of each token is kept; the token itself is shown once, when it is created.
create table personal_access_token (
    id           uuid                     not null primary key,
    community_id uuid                     not null references community (id),
    user_id      uuid                     not null references user_account (id),
    name         varchar(100)             not null,
    token_hash   bytea                    not null unique,
    scopes       varchar(200)             not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone
);
create index personal_access_token_user on personal_access_token (user_id);

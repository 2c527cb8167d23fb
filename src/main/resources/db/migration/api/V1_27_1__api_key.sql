-- API keys of machine clients (docs/api.md): one commune each. Only the SHA-256 of the whole key is kept, with its
-- short visible prefix; the secret itself is shown once at creation and never stored.
create table api_key (
    commune_id     bigint       not null references commune (id),
    id             bigint       generated always as identity,
    name           varchar(100) not null,
    prefix         varchar(16)  not null,
    secret_sha256  char(64)     not null,
    scopes         varchar(300) not null,
    created_by     bigint       not null references app_user (id),
    created_at     timestamptz  not null,
    revoked_at     timestamptz,
    revoked_by     bigint       references app_user (id),
    last_used_at   timestamptz,
    last_used_from varchar(64),
    primary key (commune_id, id),
    unique (commune_id, prefix),
    unique (commune_id, secret_sha256)
);
-- The key arrives without its commune: it is found by its hash.
create index api_key_secret on api_key (secret_sha256);

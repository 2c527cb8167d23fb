-- The commune's public transparency site (issue 17): whether it is published, the web origins allowed to embed its
-- pages in an iframe (CSP frame-ancestors, one origin per line), and the one-stop office's public contact details.
-- A commune without a row publishes with the defaults (on, embeddable by no other site).
create table public_site (
    commune_id        bigint      primary key references commune (id),
    enabled           boolean     not null default true,
    frame_ancestors   text        not null default '',
    office_address    text        not null default '',
    hotline           varchar(40) not null default '',
    online_portal_url text        not null default '',
    updated_at        timestamptz not null default now()
);

-- A plan document read for review (issue 13). The reader's findings (draft) stay as read; the reviewer's edits
-- (review) are kept beside them until the plan is created. The uploaded bytes are kept in the row: they are at most
-- 10 MB, belong to one draft only, and are written in the same transaction as the draft, so a refused import
-- leaves neither (the evidence store is content-addressed for the evidence library and is not exposed to modules).
create table plan_import_draft (
    id           bigserial    primary key,
    commune_id   bigint       not null references commune (id),
    created_by   bigint       not null references app_user (id),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    source_kind  varchar(10)  not null check (source_kind in ('DOCX', 'PDF', 'TEXT')),
    file_name    varchar(200),
    sha256       char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes   bigint       not null check (size_bytes > 0),
    source_bytes bytea        not null,
    draft        jsonb        not null,
    review       jsonb,
    status       varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'CREATED', 'DISCARDED')),
    plan_id      bigint,
    foreign key (plan_id, commune_id) references plan (id, commune_id),
    check ((status = 'CREATED') = (plan_id is not null))
);
create index plan_import_draft_commune on plan_import_draft (commune_id, created_at desc);

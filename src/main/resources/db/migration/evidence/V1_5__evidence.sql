-- Evidence documents (tài liệu minh chứng). The bytes live in a content-addressed file store (SHA-256); a row is
-- written only after its file is safely in place. Rows are never deleted: hiding keeps the row and the file.
create table evidence_document (
    id            bigserial primary key,
    commune_id    bigint       not null references commune (id),
    unit_id       bigint       not null,
    title         text         not null,
    doc_number    varchar(80),
    doc_date      date,
    issuer        text,
    kind          varchar(20)  not null,
    file_name     varchar(200) not null,
    file_type     varchar(10)  not null check (file_type in ('PDF', 'DOCX', 'XLSX', 'ZIP', 'PNG', 'JPEG')),
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by   bigint       not null references app_user (id),
    uploaded_at   timestamptz  not null,
    hidden_at     timestamptz,
    hidden_by     bigint references app_user (id),
    search_text   text         not null default '',
    foreign key (unit_id, commune_id) references org_unit (id, commune_id),
    unique (id, commune_id)
);
create index evidence_document_commune on evidence_document (commune_id, uploaded_at desc);

create table evidence_audit (
    id          bigserial primary key,
    commune_id  bigint      not null,
    document_id bigint      not null,
    action      varchar(10) not null check (action in ('UPLOAD', 'HIDE')),
    user_id     bigint      not null references app_user (id),
    at          timestamptz not null,
    note        text,
    foreign key (document_id, commune_id) references evidence_document (id, commune_id)
);

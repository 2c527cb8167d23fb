-- A province's own templates for the official documents. Rows are never changed: an upload adds a version, and going
-- back to the shipped default adds a version without content, so the history of who used which template stays.
create table document_template (
    id           bigserial primary key,
    province_id  bigint      not null references province (id),
    kind         text        not null,
    version      int         not null,
    content      bytea,
    sha256       text,
    file_name    text,
    uploaded_by  bigint      not null references app_user (id),
    uploaded_at  timestamptz not null,
    unique (province_id, kind, version),
    check ((content is null) = (sha256 is null))
);

create function document_template_is_history() returns trigger language plpgsql as $$
begin
    raise exception 'document templates are kept as history and never changed';
end $$;

create trigger document_template_append_only before update or delete on document_template
    for each row execute function document_template_is_history();

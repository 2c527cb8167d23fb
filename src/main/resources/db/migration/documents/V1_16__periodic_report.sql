-- The periodic CCHC report of a commune (Quý I, 6 tháng, Quý III, Năm) for one plan. The report row holds the
-- header fields; every section text saved is a new row (never changed), and every submission freezes the DOCX and
-- the section texts as sent, so what the province received can always be shown again.
create table periodic_report (
    id            bigserial primary key,
    commune_id    bigint      not null references commune (id),
    plan_id       bigint      not null,
    report_type   varchar(12) not null,
    report_year   int         not null,
    status        varchar(10) not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED')),
    version       int         not null default 0,
    number        int check (number > 0),
    report_date   date,
    authority     varchar(4)  not null check (authority in ('TM', 'KT', 'Q', 'NONE')),
    signer_name   varchar(120) not null,
    recipients    text        not null,
    created_at    timestamptz not null,
    foreign key (plan_id, commune_id) references plan (id, commune_id),
    unique (plan_id, report_type),
    unique (id, commune_id)
);

create table periodic_report_section (
    id          bigserial primary key,
    report_id   bigint      not null,
    commune_id  bigint      not null,
    section_key varchar(40) not null,
    version_no  int         not null,
    body        text        not null,
    drafted     boolean     not null,
    saved_by    bigint      not null references app_user (id),
    saved_at    timestamptz not null,
    foreign key (report_id, commune_id) references periodic_report (id, commune_id),
    unique (report_id, section_key, version_no)
);

create table periodic_report_submission (
    id           bigserial primary key,
    report_id    bigint      not null,
    commune_id   bigint      not null,
    version_no   int         not null,
    docx         bytea       not null,
    sha256       char(64)    not null,
    sections     jsonb       not null,
    submitted_by bigint      not null references app_user (id),
    submitted_at timestamptz not null,
    foreign key (report_id, commune_id) references periodic_report (id, commune_id),
    unique (report_id, version_no)
);

create function periodic_report_is_history() returns trigger language plpgsql as $$
begin
    raise exception 'periodic report versions are kept as history and never changed (%)', tg_table_name
        using errcode = 'integrity_constraint_violation';
end $$;

create trigger periodic_report_section_append_only before update or delete on periodic_report_section
    for each row execute function periodic_report_is_history();
create trigger periodic_report_submission_append_only before update or delete on periodic_report_submission
    for each row execute function periodic_report_is_history();

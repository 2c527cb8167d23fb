-- Internal PAR inspections (issue 18): the year's plan (which units, when, by whom), the records of inspections held
-- with their findings, and each finding's remediation (a deadline typed as a plan deadline phrase, read into a due
-- date when saved; OPEN until the unit marks it fixed with a date). Every row carries its commune.
create table inspection_plan_entry (
    id            bigserial   primary key,
    commune_id    bigint      not null references commune (id),
    year          int         not null check (year between 2000 and 2100),
    unit_id       bigint      not null references org_unit (id),
    planned_month int         check (planned_month between 1 and 12),
    planned_on    date,
    inspectors    text        not null,
    note          text,
    created_at    timestamptz not null,
    created_by    bigint      references app_user (id)
);
create index inspection_plan_entry_year on inspection_plan_entry (commune_id, year);

create table inspection_record (
    id           bigserial   primary key,
    commune_id   bigint      not null references commune (id),
    unit_id      bigint      not null references org_unit (id),
    plan_entry_id bigint     references inspection_plan_entry (id),
    inspected_on date        not null,
    inspectors   text        not null,
    conclusion   text        not null,
    created_at   timestamptz not null,
    created_by   bigint      references app_user (id),
    unique (id, commune_id)
);
create index inspection_record_date on inspection_record (commune_id, inspected_on);

-- Evidence documents (the evidence module's library) cited by a record.
create table inspection_record_evidence (
    record_id   bigint not null,
    commune_id  bigint not null,
    document_id bigint not null references evidence_document (id),
    primary key (record_id, document_id),
    foreign key (record_id, commune_id) references inspection_record (id, commune_id)
);

create table inspection_finding (
    id              bigserial   primary key,
    commune_id      bigint      not null,
    record_id       bigint      not null,
    unit_id         bigint      not null references org_unit (id),
    content         text        not null,
    deadline_phrase text        not null,
    due_on          date        not null,
    status          varchar(10) not null check (status in ('OPEN', 'FIXED')),
    fixed_on        date,
    fix_note        text,
    created_at      timestamptz not null,
    created_by      bigint      references app_user (id),
    foreign key (record_id, commune_id) references inspection_record (id, commune_id),
    check ((status = 'FIXED') = (fixed_on is not null))
);
create index inspection_finding_due on inspection_finding (commune_id, due_on);

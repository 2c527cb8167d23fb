-- Progress reporting: each unit files a report per reporting period of a plan; the standing agency accepts or
-- returns it. Every submission is an immutable version; completion of task occurrences comes from accepted versions.

-- Per-plan reporting rules (defaults come from configuration when a plan has no row).
create table progress_setting (
    plan_id         bigint primary key,
    commune_id      bigint not null,
    monthly_due_day int    not null check (monthly_due_day between 1 and 31),
    lock_after_days int    not null check (lock_after_days between 0 and 366),
    foreign key (plan_id, commune_id) references plan (id, commune_id) on delete cascade
);

-- A reporting period's window when it differs from the rule (regular periods), or an ad-hoc report request.
create table report_window (
    id           bigserial primary key,
    plan_id      bigint      not null,
    commune_id   bigint      not null,
    period_code  varchar(12) not null,
    ad_hoc       boolean     not null default false,
    title        text,
    starts_on    date,
    due_on       date        not null,
    locks_on     date,
    requested_by bigint references app_user (id),
    requested_at timestamptz not null default now(),
    foreign key (plan_id, commune_id) references plan (id, commune_id) on delete cascade,
    unique (plan_id, period_code),
    check (locks_on is null or locks_on >= due_on),
    check (not ad_hoc or (title is not null and starts_on is not null))
);

create table unit_report (
    id                 bigserial primary key,
    commune_id         bigint      not null,
    plan_id            bigint      not null,
    unit_id            bigint      not null,
    period_code        varchar(12) not null,
    state              varchar(10) not null default 'DRAFT' check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    version            int         not null default 0,
    submissions        int         not null default 0,
    first_submitted_at timestamptz,
    reopened_until     date,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    foreign key (plan_id, commune_id) references plan (id, commune_id) on delete cascade,
    foreign key (unit_id, commune_id) references org_unit (id, commune_id),
    unique (plan_id, unit_id, period_code),
    unique (id, commune_id)
);
create index unit_report_plan on unit_report (plan_id, period_code);

-- The working copy of a report: one line per task occurrence the unit answers for.
create table unit_report_item (
    id             bigserial primary key,
    report_id      bigint      not null,
    commune_id     bigint      not null,
    task_id        bigint      not null references plan_task (id) on delete cascade,
    occurrence_due date,
    role           varchar(11) not null check (role in ('LEAD', 'COORDINATOR')),
    status         varchar(12) not null default 'NOT_STARTED'
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DONE_LATE', 'NOT_DONE')),
    percent        int         check (percent between 0 and 100),
    quantity       numeric(12, 2) check (quantity >= 0),
    narrative      text,
    reason         text,
    completed_on   date,
    version        int         not null default 0,
    foreign key (report_id, commune_id) references unit_report (id, commune_id) on delete cascade,
    unique nulls not distinct (report_id, task_id, occurrence_due),
    unique (id, commune_id),
    check (status <> 'NOT_DONE' or coalesce(trim(reason), '') <> ''),
    check (status not in ('DONE', 'DONE_LATE') or completed_on is not null)
);

create table unit_report_item_evidence (
    item_id     bigint not null,
    document_id bigint not null,
    commune_id  bigint not null,
    primary key (item_id, document_id),
    foreign key (item_id, commune_id) references unit_report_item (id, commune_id) on delete cascade,
    foreign key (document_id, commune_id) references evidence_document (id, commune_id)
);

-- Submitted versions: written once, never changed except for the one review decision.
create table report_version (
    id           bigserial primary key,
    report_id    bigint      not null,
    commune_id   bigint      not null,
    version_no   int         not null,
    submitted_at timestamptz not null,
    submitted_by bigint      not null references app_user (id),
    late         boolean     not null,
    decision     varchar(8)  check (decision in ('ACCEPTED', 'RETURNED')),
    decided_at   timestamptz,
    decided_by   bigint references app_user (id),
    comment      text,
    foreign key (report_id, commune_id) references unit_report (id, commune_id),
    unique (report_id, version_no),
    unique (id, commune_id),
    check ((decision is null) = (decided_at is null))
);

create table report_version_item (
    id             bigserial primary key,
    version_id     bigint      not null,
    commune_id     bigint      not null,
    task_id        bigint      not null,
    task_code      varchar(20) not null,
    task_title     text        not null,
    occurrence_due date,
    role           varchar(11) not null,
    status         varchar(12) not null,
    percent        int,
    quantity       numeric(12, 2),
    narrative      text,
    reason         text,
    completed_on   date,
    foreign key (version_id, commune_id) references report_version (id, commune_id),
    unique (id, commune_id)
);
create index report_version_item_version on report_version_item (version_id);

create table report_version_evidence (
    version_item_id bigint not null,
    document_id     bigint not null,
    commune_id      bigint not null,
    primary key (version_item_id, document_id),
    foreign key (version_item_id, commune_id) references report_version_item (id, commune_id),
    foreign key (document_id, commune_id) references evidence_document (id, commune_id)
);

create function refuse_change_of_submitted() returns trigger language plpgsql as $$
begin
    raise exception 'submitted report versions are immutable (%)', tg_table_name using errcode = 'integrity_constraint_violation';
end $$;

create trigger report_version_item_immutable before update or delete on report_version_item
    for each row execute function refuse_change_of_submitted();
create trigger report_version_evidence_immutable before update or delete on report_version_evidence
    for each row execute function refuse_change_of_submitted();

-- A version may only receive its review decision, once.
create function guard_report_version() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.decision is not null
       or (new.report_id, new.version_no, new.submitted_at, new.submitted_by, new.late)
          is distinct from (old.report_id, old.version_no, old.submitted_at, old.submitted_by, old.late) then
        raise exception 'submitted report versions are immutable' using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;
create trigger report_version_immutable before update or delete on report_version
    for each row execute function guard_report_version();

-- In-app notifications; the dedupe key makes the reminder job idempotent (two instances never send twice).
create table notification (
    id          bigserial primary key,
    commune_id  bigint       not null references commune (id),
    user_id     bigint       not null references app_user (id),
    kind        varchar(20)  not null,
    dedupe_key  varchar(200) not null,
    subject     text         not null,
    body        text         not null,
    link        text,
    created_at  timestamptz  not null,
    read_at     timestamptz,
    email_to    varchar(200),
    emailed_at  timestamptz,
    email_error text,
    unique (user_id, dedupe_key)
);
create index notification_unread on notification (user_id) where read_at is null;

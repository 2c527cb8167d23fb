-- PAR plans with their targets (chỉ tiêu) and tasks (nhiệm vụ). The reform areas are data, not an enum:
-- frameworks change (Hà Nội used 7 areas before 2025).
create table reform_area (
    code    varchar(4) primary key,
    ordinal int        not null,
    name    text       not null
);

insert into reform_area (code, ordinal, name) values
    ('I', 1, 'Công tác chỉ đạo, điều hành cải cách hành chính'),
    ('II', 2, 'Cải cách thể chế'),
    ('III', 3, 'Cải cách thủ tục hành chính'),
    ('IV', 4, 'Cải cách tổ chức bộ máy hành chính nhà nước'),
    ('V', 5, 'Cải cách chế độ công vụ'),
    ('VI', 6, 'Cải cách tài chính công'),
    ('VII', 7, 'Xây dựng và phát triển chính quyền điện tử, chính quyền số'),
    ('VIII', 8, 'Tác động của cải cách hành chính đến phát triển kinh tế - xã hội');

create table plan (
    id                bigserial primary key,
    commune_id        bigint       not null references commune (id),
    kind              varchar(20)  not null check (kind in ('ANNUAL', 'HALF_YEAR', 'PAR_INDEX', 'PROPAGANDA', 'INSPECTION')),
    title             text         not null,
    period_code       varchar(8)   not null,
    reporting_cadence varchar(12)  not null default 'QUARTER' check (reporting_cadence in ('MONTH', 'QUARTER')),
    decision_number   varchar(60),
    decision_date     date,
    signer            text,
    legal_bases       text,
    status            varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'ISSUED', 'CLOSED')),
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    unique (id, commune_id)
);
create index plan_commune on plan (commune_id);

create table plan_target (
    id                  bigserial primary key,
    plan_id             bigint        not null,
    commune_id          bigint        not null,
    area_code           varchar(4)    not null references reform_area (code),
    code                varchar(20)   not null,
    text                text          not null,
    metric_kind         varchar(10)   not null check (metric_kind in ('PERCENT', 'COUNT', 'YES_NO')),
    comparator          varchar(3)    not null check (comparator in ('GE', 'GT', 'LE', 'LT', 'EQ')),
    threshold           numeric(14, 3) not null,
    responsible_unit_id bigint,
    ordinal             int           not null default 0,
    search_text         text          not null default '',
    foreign key (plan_id, commune_id) references plan (id, commune_id) on delete cascade,
    foreign key (responsible_unit_id, commune_id) references org_unit (id, commune_id),
    unique (plan_id, code),
    check (metric_kind <> 'PERCENT' or threshold between 0 and 100),
    check (metric_kind <> 'YES_NO' or threshold in (0, 1)),
    check (threshold >= 0)
);

create table plan_task (
    id              bigserial primary key,
    plan_id         bigint      not null,
    commune_id      bigint      not null,
    area_code       varchar(4)  not null references reform_area (code),
    code            varchar(20) not null,
    title           text        not null,
    product         text,
    lead_unit_id    bigint      not null,
    deadline_phrase text        not null,
    deadline_rule   jsonb       not null,
    assignment_note text,
    completed_on    date,
    ordinal         int         not null default 0,
    search_text     text        not null default '',
    foreign key (plan_id, commune_id) references plan (id, commune_id) on delete cascade,
    foreign key (lead_unit_id, commune_id) references org_unit (id, commune_id),
    unique (plan_id, code)
);
create index plan_task_lead on plan_task (lead_unit_id);
create index plan_task_plan on plan_task (plan_id, ordinal);

create table plan_task_coordinator (
    task_id    bigint not null references plan_task (id) on delete cascade,
    unit_id    bigint not null,
    commune_id bigint not null,
    primary key (task_id, unit_id),
    foreign key (unit_id, commune_id) references org_unit (id, commune_id)
);
create index plan_task_coordinator_unit on plan_task_coordinator (unit_id);

-- PAR Index (Chỉ số CCHC): province criteria sets as versioned data, communes' self-assessments, the province's
-- appraisal, frozen snapshots of what was submitted and an audit of every score change.

create table criteria_set (
    id             bigserial primary key,
    province_id    bigint       not null references province (id),
    code           varchar(60)  not null,
    version        int          not null,
    title          text         not null,
    year           int          not null check (year between 2000 and 2100),
    -- Points of the 100 that come from the sociological survey; null when the set has no survey.
    survey_points  numeric(6, 2) check (survey_points >= 0),
    -- Ranking groups, highest first: "A:90;B:80;C:0" means ≥ 90% A, ≥ 80% B, else C.
    grading        text         not null default 'A:90;B:80;C:0',
    half_deadline  varchar(5)   not null default '21/06',
    year_deadline  varchar(5)   not null default '01/12',
    example        boolean      not null default false,
    status         varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    created_at     timestamptz  not null,
    created_by     bigint       not null references app_user (id),
    unique (province_id, code, version),
    unique (id, province_id)
);
-- At most one active set per province and year: new assessments use it.
create unique index criteria_set_one_active on criteria_set (province_id, year) where status = 'ACTIVE';

create table criteria_node (
    id                bigserial primary key,
    set_id            bigint        not null references criteria_set (id) on delete cascade,
    parent_id         bigint        references criteria_node (id) on delete cascade,
    code              varchar(30)   not null,
    title             text          not null,
    max_points        numeric(6, 2) not null check (max_points >= 0),
    evidence_required text,
    unit_kind         varchar(20),
    -- Leaves only: MANUAL | YESNO | LADDER | PROPORTIONAL | COUNT | SURVEY, with its rule in method_rule.
    method            varchar(12),
    method_rule       text,
    ordinal           int           not null,
    unique (set_id, code)
);
create index criteria_node_parent on criteria_node (parent_id);

-- Tasks and targets of a commune's plans linked to criteria (by code, so links survive a new set version).
create table criterion_link (
    commune_id     bigint      not null references commune (id),
    criterion_code varchar(30) not null,
    task_id        bigint      references plan_task (id) on delete cascade,
    target_id      bigint      references plan_target (id) on delete cascade,
    check ((task_id is null) <> (target_id is null))
);
create unique index criterion_link_task on criterion_link (commune_id, criterion_code, task_id) where task_id is not null;
create unique index criterion_link_target on criterion_link (commune_id, criterion_code, target_id) where target_id is not null;

create table assessment (
    id            bigserial primary key,
    commune_id    bigint       not null references commune (id),
    set_id        bigint       not null references criteria_set (id),
    period_code   varchar(10)  not null,
    deadline      date         not null,
    status        varchar(12)  not null default 'IN_PROGRESS'
                  check (status in ('IN_PROGRESS', 'SUBMITTED', 'EXPLAINING', 'FINAL')),
    explain_due   date,
    approved_by   bigint       references app_user (id),
    submitted_at  timestamptz,
    finalised_by  bigint       references app_user (id),
    finalised_at  timestamptz,
    version       int          not null default 0,
    unique (commune_id, period_code),
    unique (id, commune_id)
);

create table assessment_item (
    id                  bigserial primary key,
    assessment_id       bigint        not null,
    commune_id          bigint        not null,
    node_id             bigint        not null references criteria_node (id),
    unit_id             bigint        not null,
    state               varchar(10)   not null default 'OPEN' check (state in ('OPEN', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    self_points         numeric(6, 2),
    count_value         int check (count_value >= 0),
    computed_points     numeric(6, 2),
    computed_figure     numeric(12, 3),
    override_reason     text,
    comment             text,
    review_comment      text,
    appraised_points    numeric(6, 2),
    appraisal_comment   text,
    explanation_request text,
    explanation         text,
    version             int           not null default 0,
    foreign key (assessment_id, commune_id) references assessment (id, commune_id),
    foreign key (unit_id, commune_id) references org_unit (id, commune_id),
    unique (assessment_id, node_id)
);

create table assessment_item_evidence (
    item_id      bigint not null references assessment_item (id),
    commune_id   bigint not null,
    document_id  bigint not null,
    primary key (item_id, document_id),
    foreign key (document_id, commune_id) references evidence_document (id, commune_id)
);

-- What the commune submitted, frozen: version 1 at submission, version 2 with its explanations.
create table assessment_snapshot (
    id             bigserial primary key,
    assessment_id  bigint       not null,
    commune_id     bigint       not null,
    version_no     int          not null,
    submitted_at   timestamptz  not null,
    submitted_by   bigint       not null references app_user (id),
    self_total     numeric(7, 2) not null,
    content        jsonb        not null,
    foreign key (assessment_id, commune_id) references assessment (id, commune_id),
    unique (assessment_id, version_no)
);
create trigger assessment_snapshot_immutable before update or delete on assessment_snapshot
    for each row execute function refuse_change_of_submitted();

-- Once submitted, the commune's own scores cannot change, whatever path tries (the appraiser's columns can).
create function guard_submitted_self_score() returns trigger language plpgsql as $$
begin
    if (select status from assessment where id = old.assessment_id) <> 'IN_PROGRESS'
       and (new.self_points, new.count_value, new.override_reason, new.comment, new.unit_id, new.node_id)
           is distinct from (old.self_points, old.count_value, old.override_reason, old.comment, old.unit_id, old.node_id) then
        raise exception 'the self-assessment was submitted and is immutable' using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;
create trigger assessment_item_self_frozen before update on assessment_item
    for each row execute function guard_submitted_self_score();

-- Evidence of a submitted assessment is frozen too (its snapshot lists it).
create function guard_submitted_evidence() returns trigger language plpgsql as $$
begin
    if (select a.status from assessment a join assessment_item i on i.assessment_id = a.id
        where i.id = coalesce(new.item_id, old.item_id)) <> 'IN_PROGRESS' then
        raise exception 'the self-assessment was submitted and its evidence is frozen' using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;
create trigger assessment_item_evidence_frozen before insert or update or delete on assessment_item_evidence
    for each row execute function guard_submitted_evidence();

create table score_audit (
    id             bigserial primary key,
    commune_id     bigint       not null references commune (id),
    assessment_id  bigint       not null,
    item_id        bigint       not null references assessment_item (id),
    kind           varchar(10)  not null check (kind in ('SELF', 'APPRAISED')),
    old_points     numeric(6, 2),
    new_points     numeric(6, 2),
    reason         text,
    changed_by     bigint       not null references app_user (id),
    changed_at     timestamptz  not null
);
create index score_audit_item on score_audit (item_id, changed_at);
create trigger score_audit_immutable before update or delete on score_audit
    for each row execute function refuse_change_of_submitted();

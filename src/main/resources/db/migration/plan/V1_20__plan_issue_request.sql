-- A draft plan sent to the chairman for issuing ("Trình Chủ tịch ban hành"): at most one open request per plan, who
-- sent it, when and with what note. Withdrawing or issuing the plan deletes the row; resending replaces it.
create table plan_issue_request (
    plan_id      bigint      primary key,
    commune_id   bigint      not null,
    requested_by bigint      not null references app_user (id),
    requested_at timestamptz not null,
    note         text,
    foreign key (plan_id, commune_id) references plan (id, commune_id) on delete cascade
);
create index plan_issue_request_commune on plan_issue_request (commune_id);

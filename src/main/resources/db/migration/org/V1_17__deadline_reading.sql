-- How a province reads "Trước ngày X" everywhere in the app (task deadlines, report windows, PAR deadlines):
-- DAY_BEFORE (no row: the default) is due on X−1, submitted before X; SAME_DAY is due on X.
create table province_deadline_reading (
    province_id bigint      primary key references province (id),
    reading     varchar(10) not null check (reading in ('DAY_BEFORE', 'SAME_DAY')),
    updated_at  timestamptz not null,
    updated_by  bigint      not null references app_user (id)
);

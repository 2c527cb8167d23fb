-- A province's own settings for a periodic report type (data window, due day, display name). A type without a row
-- follows the national default (documents/national-report-types.tsv). For MONTH the months are not stored: the
-- window starts in the report's month or the one before (start_earlier) and ends in the report's month.
create table periodic_report_type (
    province_id   bigint      not null references province (id),
    report_type   varchar(12) not null check (report_type in ('QUARTER_1', 'HALF_YEAR', 'QUARTER_3', 'YEAR', 'MONTH')),
    name          text        not null check (length(name) between 1 and 200),
    start_day     smallint    not null check (start_day between 1 and 31),
    start_month   smallint    check (start_month between 1 and 12),
    -- The window starts in the previous year (MONTH: the previous month).
    start_earlier boolean     not null,
    end_day       smallint    not null check (end_day between 1 and 31),
    end_month     smallint    check (end_month between 1 and 12),
    -- Day of the period's last month (March, June, September, December; MONTH: the month itself).
    due_day       smallint    not null check (due_day between 1 and 31),
    updated_at    timestamptz not null,
    updated_by    bigint      not null references app_user (id),
    primary key (province_id, report_type),
    check ((report_type = 'MONTH') = (start_month is null) and (start_month is null) = (end_month is null))
);

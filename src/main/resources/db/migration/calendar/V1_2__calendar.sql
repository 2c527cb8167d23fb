-- Each province's official holiday schedule: days off and make-up working days that amend (or, for an
-- official year, replace) the computed statutory holidays.
create table calendar_year (
    province_id bigint  not null references province (id),
    year        int     not null check (year between 1900 and 2200),
    official    boolean not null default false,
    note        text,
    primary key (province_id, year)
);

create table calendar_day (
    id          bigserial primary key,
    province_id bigint      not null references province (id),
    day         date        not null,
    kind        varchar(12) not null check (kind in ('DAY_OFF', 'WORKING_DAY')),
    name        text        not null,
    unique (province_id, day)
);

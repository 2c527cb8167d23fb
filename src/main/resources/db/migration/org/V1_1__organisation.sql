-- Organisation: provinces, communes/wards (with validity dates for the 2025 mergers), their units and users.
create table province (
    id          bigserial primary key,
    code        varchar(2)  not null unique,
    name        text        not null
);

create table commune (
    id          bigserial primary key,
    province_id bigint      not null references province (id),
    code        varchar(5)  not null unique,
    name        text        not null,
    kind        varchar(10) not null check (kind in ('XA', 'PHUONG', 'DAC_KHU')),
    valid_from  date,
    valid_to    date,
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);

create table org_unit (
    id              bigserial primary key,
    commune_id      bigint      not null references commune (id),
    name            text        not null,
    short_name      varchar(40) not null,
    kind            varchar(20) not null check (kind in ('OFFICE', 'CULTURE_SOCIAL', 'ECONOMIC', 'SERVICE_CENTRE',
                                                        'POLICE', 'PUBLIC_SERVICE', 'MILITARY', 'OTHER')),
    standing_agency boolean     not null default false,
    active          boolean     not null default true,
    unique (commune_id, name),
    unique (id, commune_id)
);
-- The standing agency (cơ quan thường trực CCHC) is a role of at most one unit per commune.
create unique index org_unit_one_standing_agency on org_unit (commune_id) where standing_agency;

create table app_user (
    id            bigserial primary key,
    username      varchar(60) not null unique,
    password_hash text        not null,
    full_name     text        not null,
    role          varchar(30) not null check (role in ('PROVINCE_ADMIN', 'PROVINCE_APPRAISER', 'COMMUNE_ADMIN', 'LEADER',
                                                       'STANDING_AGENCY', 'UNIT_HEAD', 'UNIT_STAFF', 'VIEWER')),
    province_id   bigint      not null references province (id),
    commune_id    bigint      references commune (id),
    unit_id       bigint,
    enabled       boolean     not null default true,
    foreign key (unit_id, commune_id) references org_unit (id, commune_id),
    -- Commune roles belong to a commune; unit roles to a unit of that commune.
    check (role in ('PROVINCE_ADMIN', 'PROVINCE_APPRAISER') or commune_id is not null),
    check (role not in ('UNIT_HEAD', 'UNIT_STAFF', 'STANDING_AGENCY') or unit_id is not null)
);

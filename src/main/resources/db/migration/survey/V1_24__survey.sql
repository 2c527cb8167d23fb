-- Citizen satisfaction surveys (SIPAS). A province publishes questionnaire templates as data; a published version is
-- never changed (editing publishes the next version), so an answer always keeps the questions it was given on.
create table survey_template (
    id           bigserial   primary key,
    province_id  bigint      not null references province (id),
    code         varchar(40) not null,
    version      int         not null check (version > 0),
    title        text        not null,
    definition   jsonb       not null,
    shipped      boolean     not null default false,
    published_at timestamptz not null,
    published_by bigint      references app_user (id),
    unique (province_id, code, version)
);

-- A commune's survey: a template version plus the commune's own questions, open between two dates. Changing either
-- makes a new form version (survey_form); responses point at the form they were given on.
create table survey (
    id          bigserial   primary key,
    commune_id  bigint      not null references commune (id),
    title       text        not null,
    opens_on    date        not null,
    closes_on   date,
    closed      boolean     not null default false,
    feeds_dossier_rating boolean not null default true,
    created_at  timestamptz not null,
    created_by  bigint      references app_user (id),
    unique (id, commune_id),
    check (closes_on is null or closes_on >= opens_on)
);

create table survey_form (
    id          bigserial   primary key,
    commune_id  bigint      not null,
    survey_id   bigint      not null,
    version     int         not null check (version > 0),
    template_id bigint      not null references survey_template (id),
    own_questions jsonb     not null default '{}',
    created_at  timestamptz not null,
    created_by  bigint      references app_user (id),
    foreign key (survey_id, commune_id) references survey (id, commune_id),
    unique (survey_id, version),
    unique (id, commune_id)
);

-- Where a QR code sends people: a counter, a unit or a procedure field. The token is the public address.
create table survey_point (
    id          bigserial   primary key,
    commune_id  bigint      not null,
    survey_id   bigint      not null,
    token       varchar(16) not null unique,
    kind        varchar(10) not null check (kind in ('COUNTER', 'UNIT', 'FIELD', 'GENERAL')),
    label       text        not null,
    unit_id     bigint,
    field       text,
    active      boolean     not null default true,
    foreign key (survey_id, commune_id) references survey (id, commune_id),
    foreign key (unit_id, commune_id) references org_unit (id, commune_id),
    unique (id, commune_id)
);

-- One response. No personal data: the device is kept only as a hash of a random cookie, the address not at all.
-- Suspicious responses are kept and flagged for review; a reviewer may exclude them from the figures.
create table survey_response (
    id            bigserial   primary key,
    commune_id    bigint      not null,
    survey_id     bigint      not null,
    form_id       bigint      not null,
    point_id      bigint,
    unit_id       bigint,
    field         text,
    dossier_code  varchar(80),
    channel       varchar(10) not null check (channel in ('WEB', 'INTERVIEW')),
    interviewer_id bigint     references app_user (id),
    submitted_at  timestamptz not null,
    answered_on   date        not null,
    device_hash   varchar(64),
    flags         text        not null default '',
    review        varchar(10) not null default 'NONE' check (review in ('NONE', 'KEPT', 'EXCLUDED')),
    reviewed_by   bigint      references app_user (id),
    foreign key (survey_id, commune_id) references survey (id, commune_id),
    foreign key (form_id, commune_id) references survey_form (id, commune_id),
    foreign key (point_id, commune_id) references survey_point (id, commune_id),
    check (channel = 'WEB' or interviewer_id is not null),
    unique (id, commune_id)
);
create index survey_response_by_day on survey_response (commune_id, answered_on);
-- A dossier is rated once, whichever survey the code came through.
create unique index survey_response_one_per_dossier on survey_response (commune_id, dossier_code)
    where dossier_code is not null;

-- The answers: a value on the item's scale (several rows for a multi-choice item) or a text.
create table survey_answer (
    commune_id  bigint      not null,
    response_id bigint      not null,
    item_code   varchar(40) not null,
    value       smallint,
    text        text,
    foreign key (response_id, commune_id) references survey_response (id, commune_id) on delete cascade,
    check (value is not null or text is not null)
);
create index survey_answer_by_response on survey_answer (response_id);

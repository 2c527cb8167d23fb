-- One-stop-shop ledger: the commune's procedure catalogue, its TTHC dossiers (imported from the one-stop system's
-- export), PAKN items, monthly rollups that the indicator pages read, and the 766 scoring rules as data.

-- Danh mục TTHC as the commune applies it: statutory time in working days computes a missing appointment date.
create table tthc_procedure (
    id                 bigserial primary key,
    commune_id         bigint        not null references commune (id),
    code               varchar(60)   not null,
    name               text          not null,
    field              text          not null default '',
    processing_days    numeric(6, 2) check (processing_days is null or processing_days >= 0),
    online_level       varchar(7)    check (online_level in ('PARTIAL', 'FULL')),
    fee_bearing        boolean       not null default false,
    payment_integrated boolean       not null default false,
    search_text        text          not null default '',
    unique (commune_id, code)
);

-- A dossier as exported, plus what the import derived from it with the province's working calendar (due_at,
-- clock_stopped_at, outcome, ack_late); the derived columns are recomputed whenever a dossier is re-imported.
-- The ledger has no foreign keys: at millions of rows the per-row checks cost more than the rest of the insert.
-- Its only writer, the importer, takes the commune from the logged-in user and unit ids from that commune's own
-- units, and checks the units once per import with one set-based query before writing.
create table dossier (
    commune_id       bigint        not null,
    code             varchar(80)   not null,
    procedure_code   varchar(60)   not null,
    procedure_name   text          not null default '',
    field            text          not null default '',
    unit_name        text          not null default '',
    unit_id          bigint,
    officer          text          not null default '',
    channel          char(1)       not null check (channel in ('D', 'O', 'P')),
    online_level     char(1)       check (online_level in ('P', 'F')),
    submitted_at     timestamptz,
    received_at      timestamptz   not null,
    appointment_at   timestamptz,
    finished_at      timestamptz,
    returned_at      timestamptz,
    pauses           text          not null default '',
    supplement_count smallint      not null default 0,
    fee              numeric(14, 0) not null default 0,
    paid_online      boolean       not null default false,
    digitised        boolean       not null default false,
    e_result         boolean       not null default false,
    reused_data      boolean       not null default false,
    apology_at       timestamptz,
    rating           smallint      check (rating between 1 and 3),
    due_at           timestamptz   not null,
    end_at           timestamptz,
    clock_stopped_at timestamptz,
    forced_late      boolean       not null default false,
    outcome          smallint      check (outcome between 1 and 3),
    ack_late         boolean,
    search_text      text          not null default '',
    primary key (commune_id, code),
    check (end_at is null or outcome is not null)
);
create index dossier_received on dossier (commune_id, received_at);
create index dossier_ended on dossier (commune_id, end_at);
create index dossier_open on dossier (commune_id) where end_at is null;

-- Monthly rollup per commune × unit × procedure × officer (0 / '' when unknown), kept in step by every import.
-- Every reporting period (month, quarter, 6 and 9 months, year) is a union of months, so pages never read dossiers.
create table dossier_month (
    commune_id        bigint      not null references commune (id),
    month             date        not null,
    unit_id           bigint      not null default 0,
    procedure_code    varchar(60) not null,
    officer           text        not null,
    received          int         not null default 0,
    received_direct   int         not null default 0,
    received_online   int         not null default 0,
    received_postal   int         not null default 0,
    received_full     int         not null default 0,
    with_fee          int         not null default 0,
    paid_online       int         not null default 0,
    digitised         int         not null default 0,
    reused            int         not null default 0,
    online_timed      int         not null default 0,
    ack_late          int         not null default 0,
    multi_supplement  int         not null default 0,
    dissatisfied      int         not null default 0,
    finished          int         not null default 0,
    early             int         not null default 0,
    on_time           int         not null default 0,
    late              int         not null default 0,
    late_apology      int         not null default 0,
    e_result          int         not null default 0,
    primary key (commune_id, month, unit_id, procedure_code, officer)
);

-- Dossiers still being processed at a month's end, judged at that moment. Filled for ended months by imports and,
-- for months that ended after the last import, on first read (dossier_open_snapshot marks what exists).
create table dossier_open_month (
    commune_id     bigint      not null references commune (id),
    month          date        not null,
    unit_id        bigint      not null default 0,
    procedure_code varchar(60) not null,
    officer        text        not null,
    in_time        int         not null default 0,
    overdue        int         not null default 0,
    primary key (commune_id, month, unit_id, procedure_code, officer)
);
create table dossier_open_snapshot (
    commune_id  bigint      not null references commune (id),
    month       date        not null,
    computed_at timestamptz not null default now(),
    primary key (commune_id, month)
);

-- Column mapping a commune saved for its one-stop system's export (field → header text).
create table dossier_column (
    commune_id bigint      not null references commune (id),
    field      varchar(30) not null,
    header     text        not null,
    primary key (commune_id, field)
);

-- Import jobs: progress while running, counts and row errors after.
create table dossier_import (
    id          bigserial primary key,
    commune_id  bigint      not null references commune (id),
    file_name   text        not null,
    file_size   bigint      not null,
    sha256      varchar(64) not null,
    state       varchar(10) not null default 'QUEUED' check (state in ('QUEUED', 'RUNNING', 'DONE', 'REJECTED', 'FAILED')),
    phase       varchar(20),
    progress    int         not null default 0 check (progress between 0 and 100),
    rows_read   int         not null default 0,
    inserted    int         not null default 0,
    updated     int         not null default 0,
    unchanged   int         not null default 0,
    error_count int         not null default 0,
    errors      text        not null default '',
    message     text,
    created_by  bigint      not null references app_user (id),
    created_at  timestamptz not null default now(),
    finished_at timestamptz
);
create index dossier_import_commune on dossier_import (commune_id, created_at desc);

-- PAKN (phản ánh, kiến nghị) items.
create table pakn (
    id            bigserial primary key,
    commune_id    bigint      not null references commune (id),
    code          varchar(60) not null,
    received_on   date        not null,
    channel       varchar(10) not null check (channel in ('NATIONAL', 'PROVINCE', 'COUNTER', 'HOTLINE', 'LETTER')),
    content       text        not null,
    dossier_code  varchar(80),
    due_on        date        not null,
    answered_on   date,
    published_on  date,
    disliked      boolean     not null default false,
    recomplained  boolean     not null default false,
    search_text   text        not null default '',
    created_by    bigint      not null references app_user (id),
    unique (commune_id, code),
    check (due_on >= received_on),
    check (answered_on is null or answered_on >= received_on),
    check (published_on is null or (answered_on is not null and published_on >= answered_on))
);
create index pakn_commune on pakn (commune_id, received_on);

-- Decision 766 scoring rules, versioned by effective date (sources and confidence in docs/indicators.md). An
-- indicator either comes from the ledger (COMPUTED) or is typed in by the commune (MANUAL).
create table score_rule (
    effective_from date          not null,
    code           varchar(8)    not null,
    group_no       int           not null,
    name           text          not null,
    max_points     numeric(5, 2) not null,
    full_at        numeric(5, 4) not null default 1 check (full_at > 0 and full_at <= 1),
    empty_points   varchar(5)    not null default 'ZERO' check (empty_points in ('ZERO', 'FULL')),
    source         varchar(8)    not null check (source in ('COMPUTED', 'MANUAL')),
    ordinal        int           not null,
    primary key (effective_from, code)
);
insert into score_rule (effective_from, code, group_no, name, max_points, full_at, empty_points, source, ordinal) values
('2022-08-01', '1.1', 1, 'TTHC công bố đúng hạn', 6, 1, 'ZERO', 'MANUAL', 1),
('2022-08-01', '1.2', 1, 'TTHC được công khai, cập nhật đúng hạn', 4, 1, 'ZERO', 'MANUAL', 2),
('2022-08-01', '1.3', 1, 'TTHC công khai đầy đủ nội dung', 2, 1, 'ZERO', 'MANUAL', 3),
('2022-08-01', '1.4', 1, 'Hồ sơ đồng bộ lên Cổng DVCQG', 6, 1, 'ZERO', 'MANUAL', 4),
('2022-08-01', '2.1', 2, 'Hồ sơ giải quyết trước hạn, đúng hạn', 20, 1, 'ZERO', 'COMPUTED', 5),
('2022-08-01', '3.1', 3, 'TTHC cung cấp dịch vụ công trực tuyến', 2, 0.8, 'ZERO', 'COMPUTED', 6),
('2022-08-01', '3.2', 3, 'Dịch vụ công trực tuyến phát sinh hồ sơ', 4, 1, 'ZERO', 'COMPUTED', 7),
('2022-08-01', '3.3', 3, 'Hồ sơ nộp trực tuyến', 6, 0.5, 'ZERO', 'COMPUTED', 8),
('2022-08-01', '3.5a', 3, 'TTHC có phí tích hợp thanh toán trực tuyến', 2, 0.8, 'ZERO', 'COMPUTED', 9),
('2022-08-01', '3.5b', 3, 'TTHC có phí phát sinh thanh toán trực tuyến', 2, 0.8, 'ZERO', 'COMPUTED', 10),
('2022-08-01', '3.6', 3, 'Hồ sơ thanh toán trực tuyến', 6, 1, 'ZERO', 'COMPUTED', 11),
('2022-08-01', '4.1', 4, 'Hồ sơ cấp kết quả điện tử', 6, 1, 'ZERO', 'COMPUTED', 12),
('2022-08-01', '4.2', 4, 'Hồ sơ được số hóa', 4, 1, 'ZERO', 'COMPUTED', 13),
('2022-08-01', '4.3', 4, 'Tái sử dụng dữ liệu số hóa', 2, 0.8, 'ZERO', 'COMPUTED', 14),
('2022-08-01', '4.4', 4, 'Hồ sơ số hóa liên kết kho dữ liệu công dân', 4, 1, 'ZERO', 'MANUAL', 15),
('2022-08-01', '4.5a', 4, 'TTHC kết nối CSDL quốc gia về dân cư', 2, 1, 'ZERO', 'MANUAL', 16),
('2022-08-01', '4.5b', 4, 'Hồ sơ khai thác dữ liệu dân cư', 2, 1, 'ZERO', 'MANUAL', 17),
('2022-08-01', '4.6', 4, 'Chứng thực bản sao điện tử', 2, 1, 'ZERO', 'MANUAL', 18),
('2022-08-01', '5.2', 5, 'PAKN được xử lý đúng hạn', 6, 1, 'FULL', 'COMPUTED', 19),
('2022-08-01', '5.3', 5, 'Mức độ hài lòng xử lý PAKN', 6, 1, 'FULL', 'COMPUTED', 20),
('2022-08-01', '5.4', 5, 'Mức độ hài lòng tiếp nhận, giải quyết TTHC', 6, 0.9, 'ZERO', 'COMPUTED', 21);

-- Values the commune types in for indicators it cannot compute; every entry is kept, the latest counts.
create table score_manual_value (
    id          bigserial primary key,
    commune_id  bigint        not null references commune (id),
    period_code varchar(12)   not null,
    code        varchar(8)    not null,
    rate        numeric(7, 4) not null check (rate between 0 and 1),
    note        text,
    entered_by  bigint        not null references app_user (id),
    entered_at  timestamptz   not null default now()
);
create index score_manual_value_lookup on score_manual_value (commune_id, period_code, code, entered_at desc);

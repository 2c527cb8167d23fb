-- A user's secret iCalendar feed address (GET /ical/{token}.ics). Only the SHA-256 of the token is kept, so a copy
-- of the database does not give anyone the addresses; one address per user, a new one replaces the old.
create table deadline_feed (
    user_id     bigint      primary key references app_user (id) on delete cascade,
    commune_id  bigint      not null references commune (id),
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null
);

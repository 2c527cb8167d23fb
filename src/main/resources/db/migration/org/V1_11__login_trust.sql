-- A session stays valid while its user's security stamp is the one it was opened with. Any change to what the user
-- may do (disabled or enabled, new password, role, commune, unit) bumps the stamp, whatever path changed the row
-- (the application or an operator's SQL), so every open session of that user ends at its next request.
alter table app_user add column security_stamp bigint not null default 0;

create function app_user_bump_security_stamp() returns trigger language plpgsql as $$
begin
    if new.enabled is distinct from old.enabled
            or new.password_hash is distinct from old.password_hash
            or new.role is distinct from old.role
            or new.province_id is distinct from old.province_id
            or new.commune_id is distinct from old.commune_id
            or new.unit_id is distinct from old.unit_id then
        new.security_stamp := old.security_stamp + 1;
    end if;
    return new;
end $$;

create trigger app_user_security_stamp before update on app_user
    for each row execute function app_user_bump_security_stamp();

-- Every login attempt, with the username exactly as typed (it may name no account) and the client's address.
-- FAILED attempts (wrong password or unknown user) lock the account and throttle the address; LOCKED ones were
-- refused by a lock without checking the password; SUCCEEDED ones end the account's run of failures.
create table login_attempt (
    id           bigserial   primary key,
    username     varchar(200) not null,
    address      varchar(64) not null,
    attempted_at timestamptz not null,
    outcome      varchar(10) not null check (outcome in ('FAILED', 'LOCKED', 'SUCCEEDED'))
);
create index login_attempt_by_username on login_attempt (lower(username), attempted_at);
create index login_attempt_failed_by_address on login_attempt (address, attempted_at) where outcome = 'FAILED';

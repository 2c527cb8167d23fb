-- UNLOCKED: the admin reset the account's password or enabled it; like a successful login it ends the account's
-- run of failures, so the admin can unlock an account that an attacker's guesses keep locked.
alter table login_attempt drop constraint login_attempt_outcome_check;
alter table login_attempt add constraint login_attempt_outcome_check
    check (outcome in ('FAILED', 'LOCKED', 'SUCCEEDED', 'UNLOCKED'));

-- With the outcome in the key, each question the throttle asks is one index range: an account's failures since a
-- time, its last success or unlock (one probe from the end), whether a lock's refusal is already stored.
drop index login_attempt_by_username;
create index login_attempt_by_username on login_attempt (lower(username), outcome, attempted_at);
drop index login_attempt_failed_by_address;
create index login_attempt_by_address on login_attempt (address, outcome, attempted_at);

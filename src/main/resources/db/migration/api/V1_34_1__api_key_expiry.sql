-- Every API key expires (docs/api.md): the admin picks 30 to 365 days when making it. Keys made before this had no
-- end; they get a year from their making, like a key made today with the default.
alter table api_key add column expires_at timestamptz;
update api_key set expires_at = created_at + interval '365 days';
alter table api_key alter column expires_at set not null;

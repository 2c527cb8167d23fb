-- A target may be measured by a computed indicator (e.g. the one-stop on-time rate); its actual value then comes
-- from the module that computes it instead of being typed in.
alter table plan_target add column indicator_code varchar(40);

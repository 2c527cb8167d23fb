-- A task is done when its occurrences are reported done and the report is accepted (progress module); the manual
-- "mark done" of the foundation is gone with its column.
alter table plan_task drop column completed_on;

-- Reminders go to users by e-mail when SMTP is configured.
alter table app_user add column email varchar(200) check (email is null or email like '%_@_%');

-- The second factor of the public dossier lookup (issue 17): a citizen finds a dossier by its code plus the last four
-- digits of the phone number on the receipt, or the check code printed on it. Data minimisation: only the last four
-- digits are kept (the importer drops the rest before staging; the full number is stored nowhere), enough to tell the
-- holder of the receipt from someone who only guessed a code, and nothing a public page ever shows.
alter table dossier add column phone_tail varchar(4) check (phone_tail ~ '^[0-9]{4}$');
alter table dossier add column check_code varchar(20) check (check_code ~ '^[A-Z0-9]{4,20}$');

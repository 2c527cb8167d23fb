-- Biểu II.06a and apology letters (issue 12). The applicant is who an apology letter is addressed to. A dossier that
-- left without a result (the citizen withdrew it, it was refused or its processing was stopped) keeps its end time
-- and outcome for the 766 figures, which count it as finished; Biểu II.06a counts it apart from the resolved ones.
alter table dossier add column applicant text not null default '';
alter table dossier add column without_result boolean not null default false;
alter table dossier add constraint dossier_without_result_ended check (not without_result or end_at is not null);

-- A citizen's rating of a dossier given in a satisfaction survey (issue 16): 1 not satisfied, 2 satisfied, 3 very
-- satisfied, as the imported rating. Kept apart from `rating` because the import rewrites that column from the
-- one-stop system's file; the 766 figures count coalesce(rating, survey_rating), so the one-stop system's rating wins.
alter table dossier add column survey_rating smallint check (survey_rating between 1 and 3);
alter table dossier add column survey_rated_at timestamptz;
alter table dossier add constraint dossier_survey_rated check ((survey_rating is null) = (survey_rated_at is null));

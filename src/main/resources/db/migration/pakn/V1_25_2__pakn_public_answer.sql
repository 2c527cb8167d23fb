-- What the public transparency site (issue 17) shows of a PAKN item: the question as published (rewritten without the
-- sender's personal data; the raw content may hold names and is never shown) and the answer given. A published date
-- needs both (PaknService.save). public_search folds them once when written (cchc_fold, V1_23_1) for the public
-- search; updated_at is the last save, read as the public pages' data stamp.
alter table pakn
    add column public_question text,
    add column answer          text,
    add column updated_at      timestamptz not null default now(),
    add column public_search   text generated always as
        (cchc_fold(coalesce(public_question, '') || ' ' || coalesce(answer, ''))) stored;
-- the public list: a commune's published items, newest answer first
create index pakn_published on pakn (commune_id, answered_on desc) where published_on is not null;

-- A report line's narrative and reason, folded once when written (cchc_fold, V1_23_1) instead of on every search:
-- folding every line of a commune's reports per query took 80 ms on the demo ward, reading this column 10 ms.
alter table unit_report_item
    add column search_text text generated always as (cchc_fold(coalesce(narrative, '') || ' ' || coalesce(reason, ''))) stored;

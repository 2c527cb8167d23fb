-- Whether the unit has stated anything on a line (status, figures, dates, text) since the line was created or
-- prefilled: lines copied from earlier statements or from last period's report stay "untouched" until then.
alter table unit_report_item add column touched boolean not null default false;
-- Before this column a line's version only moved when the unit saved it.
update unit_report_item set touched = true where version > 0;

-- Editing the inspection register (issue 18): deleting a plan line keeps the inspections that carried it out (they
-- were held all the same) and only detaches them from the deleted line, so the link is set null on delete.
alter table inspection_record drop constraint inspection_record_plan_entry_id_fkey;
alter table inspection_record add constraint inspection_record_plan_entry_id_fkey
    foreign key (plan_entry_id) references inspection_plan_entry (id) on delete set null;

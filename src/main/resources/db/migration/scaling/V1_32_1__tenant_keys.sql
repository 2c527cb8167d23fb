-- Every tenant table (one with commune_id) carries commune_id in its primary key, in every unique constraint and in
-- every foreign key to another tenant table, so that a row can never point into another commune and so that a
-- distributed PostgreSQL (Citus, commune_id as distribution key) can take the schema as it is. TenantKeysTest checks it.
-- Key order (id, commune_id): the existing unique (id, commune_id) constraints, which the composite foreign keys
-- already name, become the primary keys; id first keeps lookups and joins that know only the id on the index, and
-- new ids land at the right edge of it. Listing a commune's rows uses the (commune_id, ...) indexes each table has.
-- The dossier ledger and its monthly rollups already have commune-leading keys: nothing here touches them.

-- Swaps the primary key (id) of a table for (id, commune_id). Foreign keys naming the table are dropped first; those
-- that already carry commune_id are put back as they were, the ones on id alone are listed below and re-added
-- composite after all the swaps (any other would be lost silently, so it stops the migration).
create function pg_temp.rekey(t regclass) returns void language plpgsql as $$
declare
    fk record;
    kept text[] := '{}';
    stmt text;
    id_only text[] := array['assessment_item_evidence_item_id_fkey', 'criterion_link_target_id_fkey',
        'criterion_link_task_id_fkey', 'inspection_finding_unit_id_fkey', 'inspection_plan_entry_unit_id_fkey',
        'inspection_record_plan_entry_id_fkey', 'inspection_record_unit_id_fkey',
        'inspection_record_evidence_document_id_fkey', 'plan_task_coordinator_task_id_fkey', 'score_audit_item_id_fkey',
        'unit_report_item_task_id_fkey'];
begin
    for fk in select conrelid::regclass as child, conname, pg_get_constraintdef(oid) as def
              from pg_constraint where contype = 'f' and confrelid = t loop
        if fk.def like '%REFERENCES %(id, commune_id)%' then
            kept := kept || format('alter table %s add constraint %I %s', fk.child, fk.conname, fk.def);
        elsif not fk.conname = any (id_only) then
            raise exception 'foreign key % on % has no rule in V1_32_1', fk.conname, fk.child;
        end if;
        execute format('alter table %s drop constraint %I', fk.child, fk.conname);
    end loop;
    execute format('alter table %s drop constraint if exists %I', t, t::text || '_id_commune_id_key');
    execute format('alter table %s drop constraint %I, add constraint %I primary key (id, commune_id)',
                   t, t::text || '_pkey', t::text || '_pkey');
    foreach stmt in array kept loop
        execute stmt;
    end loop;
end $$;

select pg_temp.rekey(t) from unnest(array[
    'org_unit', 'plan', 'plan_target', 'plan_task', 'evidence_document', 'assessment', 'assessment_item',
    'assessment_snapshot', 'score_audit', 'score_manual_value', 'unit_report', 'unit_report_item', 'report_version',
    'report_version_item', 'report_window', 'periodic_report', 'periodic_report_section', 'periodic_report_submission',
    'notification', 'dossier_import', 'tthc_procedure', 'evidence_audit', 'plan_import_draft', 'pakn',
    'inspection_plan_entry', 'inspection_record', 'inspection_finding', 'registers_article', 'registers_dialogue',
    'registers_initiative', 'survey', 'survey_form', 'survey_point', 'survey_response']::regclass[]) as t;

-- The foreign keys that named the id alone: now (x, commune_id), so the parent is in the same commune.
alter table assessment_item_evidence add constraint assessment_item_evidence_item_id_fkey
    foreign key (item_id, commune_id) references assessment_item (id, commune_id);
alter table criterion_link add constraint criterion_link_target_id_fkey
    foreign key (target_id, commune_id) references plan_target (id, commune_id) on delete cascade;
alter table criterion_link add constraint criterion_link_task_id_fkey
    foreign key (task_id, commune_id) references plan_task (id, commune_id) on delete cascade;
alter table inspection_finding add constraint inspection_finding_unit_id_fkey
    foreign key (unit_id, commune_id) references org_unit (id, commune_id);
alter table inspection_plan_entry add constraint inspection_plan_entry_unit_id_fkey
    foreign key (unit_id, commune_id) references org_unit (id, commune_id);
-- Deleting a plan entry empties the record's link only: commune_id stays.
alter table inspection_record add constraint inspection_record_plan_entry_id_fkey
    foreign key (plan_entry_id, commune_id) references inspection_plan_entry (id, commune_id)
    on delete set null (plan_entry_id);
alter table inspection_record add constraint inspection_record_unit_id_fkey
    foreign key (unit_id, commune_id) references org_unit (id, commune_id);
alter table inspection_record_evidence add constraint inspection_record_evidence_document_id_fkey
    foreign key (document_id, commune_id) references evidence_document (id, commune_id);
alter table plan_task_coordinator add constraint plan_task_coordinator_task_id_fkey
    foreign key (task_id, commune_id) references plan_task (id, commune_id) on delete cascade;
alter table score_audit add constraint score_audit_item_id_fkey
    foreign key (item_id, commune_id) references assessment_item (id, commune_id);
alter table unit_report_item add constraint unit_report_item_task_id_fkey
    foreign key (task_id, commune_id) references plan_task (id, commune_id) on delete cascade;

-- Keys of tables without an id: commune_id joins them (last, so lookups by the leading columns keep their index).
alter table assessment_item_evidence drop constraint assessment_item_evidence_pkey,
    add primary key (item_id, document_id, commune_id);
alter table inspection_record_evidence drop constraint inspection_record_evidence_pkey,
    add primary key (record_id, document_id, commune_id);
alter table registers_initiative_evidence drop constraint registers_initiative_evidence_pkey,
    add primary key (initiative_id, document_id, commune_id);
alter table report_version_evidence drop constraint report_version_evidence_pkey,
    add primary key (version_item_id, document_id, commune_id);
alter table unit_report_item_evidence drop constraint unit_report_item_evidence_pkey,
    add primary key (item_id, document_id, commune_id);
alter table plan_task_coordinator drop constraint plan_task_coordinator_pkey,
    add primary key (task_id, unit_id, commune_id);
alter table plan_issue_request drop constraint plan_issue_request_pkey, add primary key (plan_id, commune_id);
alter table progress_setting drop constraint progress_setting_pkey, add primary key (plan_id, commune_id);
-- One feed address per user; the token's index leads with the hash, which the public feed URL is looked up by.
alter table deadline_feed drop constraint deadline_feed_pkey, add primary key (user_id, commune_id),
    drop constraint deadline_feed_token_hash_key, add constraint deadline_feed_token_hash_key unique (token_hash, commune_id);

-- Two tables had no key: a multiple-choice question stores one answer row per choice (no natural key), and a link
-- names a task or a target, never both. A surrogate id gives each the key it lacked.
alter table survey_answer add column id bigint generated by default as identity, add primary key (id, commune_id);
alter table criterion_link add column id bigint generated by default as identity, add primary key (id, commune_id);

-- Unique constraints that are per commune anyway (their parent is): commune_id added, last.
alter table assessment_item drop constraint assessment_item_assessment_id_node_id_key,
    add unique (assessment_id, node_id, commune_id);
alter table assessment_snapshot drop constraint assessment_snapshot_assessment_id_version_no_key,
    add unique (assessment_id, version_no, commune_id);
alter table periodic_report drop constraint periodic_report_plan_id_report_type_key,
    add unique (plan_id, report_type, commune_id);
alter table periodic_report_section drop constraint periodic_report_section_report_id_section_key_version_no_key,
    add unique (report_id, section_key, version_no, commune_id);
alter table periodic_report_submission drop constraint periodic_report_submission_report_id_version_no_key,
    add unique (report_id, version_no, commune_id);
alter table plan_target drop constraint plan_target_plan_id_code_key, add unique (plan_id, code, commune_id);
alter table plan_task drop constraint plan_task_plan_id_code_key, add unique (plan_id, code, commune_id);
alter table report_version drop constraint report_version_report_id_version_no_key,
    add unique (report_id, version_no, commune_id);
alter table report_window drop constraint report_window_plan_id_period_code_key,
    add unique (plan_id, period_code, commune_id);
alter table survey_form drop constraint survey_form_survey_id_version_key, add unique (survey_id, version, commune_id);
alter table unit_report drop constraint unit_report_plan_id_unit_id_period_code_key,
    add unique (plan_id, unit_id, period_code, commune_id);
alter table unit_report_item drop constraint unit_report_item_report_id_task_id_occurrence_due_key,
    add unique nulls not distinct (report_id, task_id, occurrence_due, commune_id);
alter table notification drop constraint notification_user_id_dedupe_key_key,
    add unique (user_id, dedupe_key, commune_id);
-- The QR token is random (found by token alone): leading the index with it keeps that lookup on the index.
alter table survey_point drop constraint survey_point_token_key, add unique (token, commune_id);

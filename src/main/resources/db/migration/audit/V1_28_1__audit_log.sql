-- The audit log (docs/audit.md): every row change of the audited tables, written by the database itself so that no
-- write path can bypass it, and the notes the application adds (logins, API key use, exports).
--
-- Key: (id) alone, with commune_id and province_id as plain nullable columns. The tenant rule puts commune_id in the
-- key so that no foreign key or unique constraint can cross communes; this table has neither (nothing refers to it,
-- it refers to nothing, so a row outlives the user, plan or commune it names), and some of its rows belong to no
-- commune: a province admin's calendar edit, a login failure for an unknown username. Null says that honestly; a
-- made-up commune would not. Reads always filter by commune_id or province_id (the two indexes below).
create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    -- a username, 'system' (no web request: scheduled jobs, start-up), 'anonymous', or 'api-key:<prefix>'
    actor       text        not null,
    actor_id    bigint,
    address     varchar(64),
    request_id  varchar(40),
    -- INSERT, UPDATE, DELETE for row changes; a note's code (LOGIN_OK, LOGIN_FAILED, API_KEY_USED, ...)
    action      varchar(40) not null,
    table_name  varchar(63),
    entity_id   text,
    commune_id  bigint,
    province_id bigint,
    -- UPDATE: only the changed columns, old and new; INSERT: the new row; DELETE: the old row
    before      jsonb,
    after       jsonb,
    subject     text,
    detail      text
);
create index audit_log_commune on audit_log (commune_id, at desc, id desc) where commune_id is not null;
create index audit_log_province on audit_log (province_id, at desc, id desc);

-- Append-only: the application's own SQL cannot change or remove an entry (retention: docs/audit.md).
create function audit_log_refuse() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', TG_OP using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_refuse();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse();

-- One row of an audited table changed. Arguments: the key columns ("id", or "plan_id", or "task_id,unit_id"), then
-- columns to hide: "*col" keeps that it changed but not its value (a password hash, a file's bytes), "-col" leaves
-- it out (a column derived from others). The actor comes from the connection's settings (cchc.actor ...), set by
-- the application for web requests that may write and cleared when the connection goes back to the pool; none set
-- means no web request: the system.
create function audit_row() returns trigger language plpgsql as $$
declare
    old_row  jsonb := case when TG_OP <> 'INSERT' then to_jsonb(OLD) end;
    new_row  jsonb := case when TG_OP <> 'DELETE' then to_jsonb(NEW) end;
    row_data jsonb := coalesce(to_jsonb(NEW), to_jsonb(OLD));
    before_v jsonb;
    after_v  jsonb;
    arg      text;
    col      text;
    commune  bigint := (row_data ->> 'commune_id')::bigint;
    province bigint := (row_data ->> 'province_id')::bigint;
begin
    for i in 1 .. TG_NARGS - 1 loop
        arg := TG_ARGV[i];
        if left(arg, 1) = '-' then
            old_row := old_row - substr(arg, 2);
            new_row := new_row - substr(arg, 2);
        end if;
    end loop;
    if TG_OP = 'UPDATE' then
        select jsonb_object_agg(o.key, o.value) into before_v
        from jsonb_each(old_row) o where o.value is distinct from new_row -> o.key;
        if before_v is null then
            return null; -- nothing a person would see changed
        end if;
        select jsonb_object_agg(n.key, n.value) into after_v
        from jsonb_each(new_row) n where n.value is distinct from old_row -> n.key;
    else
        before_v := old_row;
        after_v := new_row;
    end if;
    for i in 1 .. TG_NARGS - 1 loop
        arg := TG_ARGV[i];
        if left(arg, 1) = '*' then
            col := substr(arg, 2);
            if before_v ? col and before_v -> col <> 'null' then before_v := jsonb_set(before_v, array[col], '"***"'); end if;
            if after_v ? col and after_v -> col <> 'null' then after_v := jsonb_set(after_v, array[col], '"***"'); end if;
        end if;
    end loop;
    if province is null and commune is not null then
        select c.province_id into province from commune c where c.id = commune;
    elsif province is null and TG_TABLE_NAME = 'criteria_node' then
        select s.province_id into province from criteria_set s where s.id = (row_data ->> 'set_id')::bigint;
    end if;
    insert into audit_log (actor, actor_id, address, request_id, action, table_name, entity_id, commune_id,
                           province_id, before, after)
    values (coalesce(nullif(current_setting('cchc.actor', true), ''), 'system'),
            nullif(current_setting('cchc.actor_id', true), '')::bigint,
            nullif(current_setting('cchc.address', true), ''),
            nullif(current_setting('cchc.request_id', true), ''),
            TG_OP, TG_TABLE_NAME,
            (select string_agg(coalesce(row_data ->> k, ''), '/') from unnest(string_to_array(TG_ARGV[0], ',')) k),
            commune, province, before_v, after_v);
    return null;
end $$;

-- The audited tables: plans, targets, tasks; unit and periodic reports; PAR scores and appraisal; criteria sets;
-- calendars; the organisation and its users; settings; and one entry per dossier import (not per dossier: the
-- ledger and its rollups take a million rows per import and stay unaudited). Each with its key columns and the
-- columns to hide: a password hash and a template's bytes show only that they changed; derived search keys and an
-- import's running counters are left out (its start and end are what matter).
do $$
declare
    audited text[][] := array[
        ['plan', 'id', ''], ['plan_target', 'id', '-search_text'], ['plan_task', 'id', '-search_text'],
        ['plan_task_coordinator', 'task_id,unit_id', ''], ['plan_issue_request', 'plan_id', ''],
        ['unit_report', 'id', ''], ['unit_report_item', 'id', '-search_text'],
        ['unit_report_item_evidence', 'item_id,document_id', ''],
        ['periodic_report', 'id', ''], ['periodic_report_section', 'id', ''], ['periodic_report_submission', 'id', ''],
        ['assessment', 'id', ''], ['assessment_item', 'id', ''], ['assessment_item_evidence', 'item_id,document_id', ''],
        ['criterion_link', 'criterion_code,task_id,target_id', ''], ['score_manual_value', 'id', ''],
        ['criteria_set', 'id', ''], ['criteria_node', 'id', ''],
        ['calendar_year', 'province_id,year', ''], ['calendar_day', 'id', ''],
        ['province', 'id', ''], ['commune', 'id', ''], ['org_unit', 'id', ''], ['app_user', 'id', '*password_hash'],
        ['progress_setting', 'plan_id', ''], ['report_window', 'id', ''], ['province_deadline_reading', 'province_id', ''],
        ['periodic_report_type', 'province_id,report_type', ''], ['score_rule', 'effective_from,code', ''],
        ['document_template', 'id', '*content'], ['public_site', 'commune_id', ''],
        ['dossier_column', 'commune_id,field', ''], ['dossier_import', 'id', '-phase,-progress,-rows_read']];
    entry text[];
begin
    foreach entry slice 1 in array audited loop
        execute format('create trigger audit_row after insert or update or delete on %I for each row '
                       || 'execute function audit_row(%s)', entry[1],
                       (select string_agg(quote_literal(a), ', ')
                        from unnest(array[entry[2]] || string_to_array(nullif(entry[3], ''), ',')) a));
    end loop;
end $$;

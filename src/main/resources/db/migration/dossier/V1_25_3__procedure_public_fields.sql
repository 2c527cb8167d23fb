-- The procedure catalogue as the public transparency site (issue 17) shows it: fee_text is the fees as published
-- ("50.000 đồng/bộ hồ sơ"); empty, the page says only whether a fee applies (fee_bearing). updated_at is the last
-- change of the entry, read as the public pages' data stamp (an import adding procedures sets it too).
alter table tthc_procedure
    add column fee_text   text        not null default '',
    add column updated_at timestamptz not null default now();

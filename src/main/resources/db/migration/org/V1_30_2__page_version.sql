-- The page cache's data versions, shared by every app instance (org.PageVersions, issue 20): a write through one
-- instance moves its commune's row, and the other instances read the table every second. Row 0 is the version of
-- changes made for everyone. Values come from one sequence, so a version only grows and is never reused.
create sequence page_version_seq;

create table page_version (
    commune_id bigint not null primary key,
    version    bigint not null
);

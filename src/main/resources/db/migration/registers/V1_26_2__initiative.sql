-- Initiatives (sáng kiến, mô hình mới) of a commune's units: proposed, then applied, then recognised by a body's
-- decision. The rules (dates in order, recognition fields together) live in InitiativeRules; the checks here are a
-- last guard.
create table registers_initiative (
    id                bigserial   primary key,
    commune_id        bigint      not null references commune (id),
    unit_id           bigint      not null,
    title             text        not null,
    authors           text,
    summary           text,
    proposed_on       date        not null,
    applied_on        date,
    recognised_on     date,
    recognised_by     text,
    decision_number   varchar(80),
    created_by        bigint      references app_user (id),
    unique (id, commune_id),
    foreign key (unit_id, commune_id) references org_unit (id, commune_id),
    check ((recognised_on is null) = (recognised_by is null) and (recognised_on is null) = (decision_number is null)),
    check (applied_on is null or applied_on >= proposed_on),
    check (recognised_on is null or recognised_on >= coalesce(applied_on, proposed_on))
);
create index registers_initiative_commune on registers_initiative (commune_id, proposed_on);

-- Evidence documents (the evidence module's library) backing an initiative.
create table registers_initiative_evidence (
    initiative_id bigint not null,
    document_id   bigint not null,
    commune_id    bigint not null,
    primary key (initiative_id, document_id),
    foreign key (initiative_id, commune_id) references registers_initiative (id, commune_id) on delete cascade,
    foreign key (document_id, commune_id) references evidence_document (id, commune_id)
);

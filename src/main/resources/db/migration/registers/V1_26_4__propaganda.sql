-- Propaganda on PAR: articles and broadcasts, each by a unit on a channel, published as a link or an evidence file.
create table registers_article (
    id           bigserial   primary key,
    commune_id   bigint      not null references commune (id),
    unit_id      bigint      not null,
    title        text        not null,
    link         text        check (link is null or link ~* '^https?://'),
    document_id  bigint,
    channel      varchar(20) not null check (channel in ('COMMUNE_SITE', 'PROVINCE_PAGE', 'RADIO', 'SOCIAL', 'OTHER')),
    published_on date        not null,
    created_by   bigint      references app_user (id),
    unique (id, commune_id),
    foreign key (unit_id, commune_id) references org_unit (id, commune_id),
    foreign key (document_id, commune_id) references evidence_document (id, commune_id),
    check (link is not null or document_id is not null)
);
create index registers_article_commune on registers_article (commune_id, published_on);

-- Dialogues with citizens and conferences on PAR: who chaired, who took part, what was raised and answered, and the
-- one follow-up task it left (with its unit and due date).
create table registers_dialogue (
    id               bigserial   primary key,
    commune_id       bigint      not null references commune (id),
    held_on          date        not null,
    kind             varchar(20) not null check (kind in ('DIALOGUE', 'CONFERENCE')),
    title            text        not null,
    chair            text        not null,
    participants     text,
    issues           text,
    answers          text,
    follow_up        text,
    follow_up_unit_id bigint,
    follow_up_due    date,
    unique (id, commune_id),
    foreign key (follow_up_unit_id, commune_id) references org_unit (id, commune_id)
);
create index registers_dialogue_commune on registers_dialogue (commune_id, held_on);

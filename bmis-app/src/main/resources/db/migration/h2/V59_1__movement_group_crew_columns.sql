-- The movement's group and crew flag (ADR 0016). H2 cannot alter a table a synonym names: the
-- read model's synonym (V57) is dropped and made again around the change (ADR 0012).
drop synonym mov_movement_facts;
alter table mov_movement add column group_id uuid;
alter table mov_movement add column crew boolean default false not null;
alter table mov_movement add constraint mov_movement_group
  foreign key (group_id) references mov_travel_group (id);
create index mov_movement_group on mov_movement (group_id);
create synonym mov_movement_facts for mov_movement;

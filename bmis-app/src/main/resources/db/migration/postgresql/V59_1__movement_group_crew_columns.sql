-- The movement's group and crew flag (ADR 0016); the view mov_movement_facts lists its columns.
alter table mov_movement add column group_id uuid;
alter table mov_movement add column crew boolean default false not null;
alter table mov_movement add constraint mov_movement_group
  foreign key (group_id) references mov_travel_group (id);
create index mov_movement_group on mov_movement (group_id);

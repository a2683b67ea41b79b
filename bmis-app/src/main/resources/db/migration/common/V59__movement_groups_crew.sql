-- Travellers inspected together (ADR 0016): a vehicle at a land or sea post (the driver and the
-- passengers) or a family or tour. Each person keeps their own inspection, decision and movement;
-- the group ties them. An officer has at most one open group: every scan of theirs joins it until
-- they close it.
create table mov_travel_group (
  id              uuid primary key,
  post_id         uuid         not null references adm_border_post (id),
  desk_id         uuid references adm_desk (id),
  officer         varchar(64)  not null,
  kind            varchar(10)  not null,
  label           varchar(120),
  plate           varchar(16),
  vehicle_country varchar(3),
  vehicle_type    varchar(12),
  opened_at       timestamp with time zone not null,
  closed_at       timestamp with time zone
);
create index mov_travel_group_officer on mov_travel_group (officer, closed_at);
create index mov_travel_group_post on mov_travel_group (post_id, opened_at);

-- What the scan established, copied onto the movement when it is recorded: the group and whether
-- the traveller crossed as crew (a crew document, a crew lane, a crew list).
alter table mov_inspection add column group_id uuid;
alter table mov_inspection add column crew boolean default false not null;
alter table mov_inspection add constraint mov_inspection_group
  foreign key (group_id) references mov_travel_group (id);
create index mov_inspection_group on mov_inspection (group_id);
-- (The movement's group and crew columns: V59_1, per database: H2 cannot alter a table a synonym
-- names, so the read model's synonym is dropped and made again around it, ADR 0012.)

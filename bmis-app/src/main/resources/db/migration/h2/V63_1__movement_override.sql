-- Issue 21: an admission in spite of blocking conditions (which ones, why; the officer is the
-- movement's), and the secondary case that decided a crossing. H2 2.4 cannot alter a table that a
-- synonym names ("General error: PUBLIC.MOV_MOVEMENT"): the read model's synonym (V57) is dropped
-- and made again around the change. Every later change of mov_movement on H2 must do the same.
drop synonym mov_movement_facts;
alter table mov_movement add column override_codes varchar(500);
alter table mov_movement add column override_reason varchar(1000);
alter table mov_movement add column secondary_case_id uuid;
create synonym mov_movement_facts for mov_movement;

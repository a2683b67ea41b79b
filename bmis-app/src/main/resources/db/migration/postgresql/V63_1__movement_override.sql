-- Issue 21: an admission in spite of blocking conditions (which ones, why; the officer is the
-- movement's), and the secondary case that decided a crossing. The view mov_movement_facts
-- (V57) lists its columns, so adding columns leaves it as it is.
alter table mov_movement add column override_codes varchar(500);
alter table mov_movement add column override_reason varchar(1000);
alter table mov_movement add column secondary_case_id uuid;

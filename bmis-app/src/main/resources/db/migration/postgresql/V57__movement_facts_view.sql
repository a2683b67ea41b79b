-- The movement module's published read model (ADR 0012): what visa, screening and statistics may
-- read of the movements, by name. Only the movement module names mov_movement; the others read
-- mov_movement_facts. A plain view: PostgreSQL's rewriter inlines it into each query, so every
-- index of mov_movement (traveller, post and day, day, primary key) serves it as it serves the
-- table, min/max included. The H2 variant of this migration is a synonym (H2 materialises views).
-- A later migration that changes the type of one of these columns drops and recreates the view.
create view mov_movement_facts as
select id, traveller_id, document_id, direction, decision, refusal_reason, recorded_at, local_date,
  post_id, desk_id, purpose, transport_mode, carrier, inspection_millis, stay_days, nationality, sex,
  birth_year
from mov_movement;

-- One hit per traveller and alert entry from the manifest to the desk (issue 24, ADR 0019): a hit
-- found on a flight manifest before arrival keeps the listed person's row (listed_person_id, the
-- man_person id its traveller_id held until now) and, once the traveller is scanned at a desk of
-- the post, takes the traveller's id, the inspection, the officer, the desk and when it was seen
-- there (seen_at), instead of a second hit being stored for the same alert entry.
alter table scr_hit add column listed_person_id uuid;
alter table scr_hit add column seen_at timestamp with time zone;
update scr_hit set listed_person_id = traveller_id where origin = 'MANIFEST';
create index scr_hit_listed_person on scr_hit (listed_person_id, alert_ref);

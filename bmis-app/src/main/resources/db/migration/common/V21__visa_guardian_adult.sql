-- Guardian links are looked up at every inspection from both sides (child and adult).
create index vis_guardian_adult on vis_guardian (adult_traveller_id);

-- The list's threshold when the hit was found: hit volumes are counted per list and threshold, so
-- that an administrator sees what a threshold change did (older hits: unknown, null).
alter table scr_hit add column threshold decimal(4, 3);

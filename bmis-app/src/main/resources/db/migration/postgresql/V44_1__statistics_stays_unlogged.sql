-- The stay aggregates are rebuildable from the movements, like the others (V34): unlogged.
alter table sta_stay_day set unlogged;
alter table sta_stay_month set unlogged;

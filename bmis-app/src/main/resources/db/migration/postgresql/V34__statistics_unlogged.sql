-- The aggregates are derived data: they can always be recounted from mov_movement (one command), so
-- PostgreSQL need not write them to the write-ahead log. Unlogged tables are emptied after a crash;
-- the next start finds movements without aggregates and rebuilds them (RebuildOnStartup). The queue
-- (sta_pending) and the month versions stay logged. See ADR 0004.
alter table sta_flow_day set unlogged;
alter table sta_flow_month set unlogged;
alter table sta_flow_set_day set unlogged;
alter table sta_flow_set_month set unlogged;
alter table sta_carrier_day set unlogged;
alter table sta_carrier_month set unlogged;
alter table sta_processing set unlogged;
alter table sta_processing_set_month set unlogged;

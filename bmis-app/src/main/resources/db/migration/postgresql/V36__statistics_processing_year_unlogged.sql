-- Derived data like the other aggregates (V34): not written to the write-ahead log.
alter table sta_processing_set_year set unlogged;

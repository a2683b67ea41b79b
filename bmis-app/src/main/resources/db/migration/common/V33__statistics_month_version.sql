-- A version per month of the monthly aggregates, raised in the transaction that changes them (the
-- statistics worker, a rebuild), so that a node caching a month (the in-memory month cube) knows
-- when its copy is stale, whichever node changed it.
create table sta_month_version (
  in_month integer not null primary key,
  version  bigint  not null
);

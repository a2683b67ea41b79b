-- Whether the aggregates are whole. A rebuild records its start (committed before it empties the
-- tables) and its end (in the transaction of its last step). Started without finished means a
-- rebuild is running or stopped half-way (a failure, a killed process): the dashboard says the
-- figures may be incomplete, and the next start of the application counts everything again.
-- A normal (logged) table on PostgreSQL, unlike the aggregates: it must survive a crash.
create table sta_rebuild (
  id          integer not null,
  started_at  timestamp with time zone,
  finished_at timestamp with time zone,
  constraint sta_rebuild_pk primary key (id),
  constraint sta_rebuild_one_row check (id = 1)
);

insert into sta_rebuild (id) values (1);

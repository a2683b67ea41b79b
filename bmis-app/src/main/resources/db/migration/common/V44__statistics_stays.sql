-- Stays by length (issue 5): admitted exits that closed a stay, by day (and month), post,
-- nationality and the lower bound of the stay's band in days of presence (1, 2, 8, 31, 91, 181,
-- 366; see AggregateSql.STAY_BANDS). Kept by the statistics worker and the rebuild like the other
-- aggregates.
create table sta_stay_day (
  on_day       date        not null,
  post_id      uuid        not null,
  nationality  varchar(3)  not null,
  stay_from    integer     not null,
  movements    bigint      not null,
  constraint sta_stay_day_pk primary key (on_day, post_id, nationality, stay_from)
);

create table sta_stay_month (
  in_month     integer     not null,
  post_id      uuid        not null,
  nationality  varchar(3)  not null,
  stay_from    integer     not null,
  movements    bigint      not null,
  constraint sta_stay_month_pk primary key (in_month, post_id, nationality, stay_from)
);

-- An existing installation counted its movements before these tables existed: mark the aggregates
-- as incomplete, so that the next start rebuilds them all (RebuildOnStartup). A new database has
-- no movements and nothing to rebuild.
update sta_rebuild set started_at = current_timestamp, finished_at = null
where exists (select 1 from mov_movement);

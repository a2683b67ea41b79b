-- Processing-time histograms of the sets in sta_processing_set_month summed by calendar year
-- (in_year, e.g. 2026), so that a question over whole years without a time dimension (processing
-- times per desk over five years) reads a twelfth of the rows.
create table sta_processing_set_year (
  set_name     varchar(40) not null,
  in_year      integer     not null,
  post_id      uuid        not null,
  desk_id      uuid        not null,
  at_hour      integer     not null,
  bucket       integer     not null,
  inspections  bigint      not null,
  total_millis bigint      not null,
  constraint sta_processing_set_year_pk primary key (set_name, in_year, post_id, desk_id, at_hour, bucket)
);

-- an existing installation: sum what the monthly table already holds
insert into sta_processing_set_year (set_name, in_year, post_id, desk_id, at_hour, bucket, inspections, total_millis)
select set_name, cast(in_month / 100 as integer), post_id, desk_id, at_hour, bucket, sum(inspections), sum(total_millis)
from sta_processing_set_month
group by set_name, cast(in_month / 100 as integer), post_id, desk_id, at_hour, bucket;

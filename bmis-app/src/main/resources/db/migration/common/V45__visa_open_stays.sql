-- Open stays without an anti-join (issue 4 at dashboard speed). A stay is closed by the traveller's
-- first admitted movement after its entry; closed_at keeps that movement's recorded_at (null while
-- the stay is open), and vis_open_stay_count keeps the number of open stays by authorised end, post
-- and nationality. Both are kept exact in the recording transaction (StayRepository,
-- OpenStayCountRepository). Runs on H2 and PostgreSQL.
alter table vis_authorised_stay add column closed_at timestamp with time zone;

-- Backfill: exactly the anti-join the overstay report used (one set-based update).
update vis_authorised_stay s set closed_at = (select min(m.recorded_at) from mov_movement m
  where m.traveller_id = s.traveller_id and m.decision = 'ADMITTED' and m.recorded_at > s.entered_at);

-- Open stays ended before a day (closed_at is null and authorised_until < ?), in the list's order.
create index vis_authorised_stay_open on vis_authorised_stay (closed_at, authorised_until, entered_at);

-- Open stays by authorised end, post and nationality. Placeholders for nulls: the zero UUID for an
-- unknown post, '-' for an unknown nationality. A row is removed when its count reaches zero.
create table vis_open_stay_count (
  authorised_until date       not null,
  post_id          uuid       not null,
  nationality      varchar(3) not null,
  stays            bigint     not null,
  constraint vis_open_stay_count_pk primary key (authorised_until, post_id, nationality)
);

insert into vis_open_stay_count (authorised_until, post_id, nationality, stays)
select authorised_until, post_id, nationality, count(*) from (
  select s.authorised_until, coalesce(s.post_id, cast('00000000-0000-0000-0000-000000000000' as uuid)) as post_id,
    coalesce(s.nationality, '-') as nationality
  from vis_authorised_stay s where s.closed_at is null) o
group by authorised_until, post_id, nationality;

#!/usr/bin/env bash
# Overstay computation benchmark (issue 4) on a throw-away PostgreSQL cluster: the application's
# migrations, 10 M movements, 5 M authorised stays of which 1 M open; the old anti-join queries
# (before V45), then V45 (closed_at backfill, index, open-stay counts) and V46 (closed_on) timed statement by statement,
# then the queries of org.openbmis.app.visa.OverstayRepository, timed. Usage: bench/overstays.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/bmis-overstays.XXXXXX); chown postgres "$work"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | tail -n 1)
runuser -u postgres -- "$pgbin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -o "-p 15433 -k $work -c shared_buffers=1GB -c work_mem=256MB -c max_wal_size=8GB" -l "$work/pg.log" -w start >/dev/null
trap 'runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null; rm -rf "$work"' EXIT
psql="psql -q -h $work -p 15433 -U postgres -d postgres -v ON_ERROR_STOP=1"
for f in bmis-app/src/main/resources/db/migration/common/V1__*.sql bmis-app/src/main/resources/db/migration/common/V3__*.sql bmis-app/src/main/resources/db/migration/common/V20__*.sql; do $psql -f "$f"; done
start=$(date +%s); $psql -f bench/overstays.sql; echo "data loaded in $(( $(date +%s) - start )) s"
$psql -c "select (select count(*) from mov_movement) movements, (select count(*) from vis_authorised_stay) stays"
d=$(date +%F)
cat > "$work/q.sql" <<SQL
\timing on
-- BEFORE V45: counts by nationality and length (the old anti-join)
select nationality, bucket, count(*) as n from (select coalesce(s.nationality, '-') as nationality,
 case when s.authorised_until >= date '$d' - 7 then '1-7' when s.authorised_until >= date '$d' - 30 then '8-30'
 when s.authorised_until >= date '$d' - 90 then '31-90' when s.authorised_until >= date '$d' - 365 then '91-365' else '366+' end as bucket
 from vis_authorised_stay s where s.authorised_until < date '$d'
 and not exists (select 1 from mov_movement m where m.traveller_id = s.traveller_id and m.decision = 'ADMITTED' and m.recorded_at > s.entered_at)
) x group by nationality, bucket order by 1, 2;
-- BEFORE V45: the list, longest first (first 1000)
select count(*) from (select s.*, p.code as post_code, t.primary_identifier from vis_authorised_stay s
 join trv_traveller t on t.id = s.traveller_id left join adm_border_post p on p.id = s.post_id
 where s.authorised_until < date '$d'
 and not exists (select 1 from mov_movement m where m.traveller_id = s.traveller_id and m.decision = 'ADMITTED' and m.recorded_at > s.entered_at)
 order by s.authorised_until, s.entered_at fetch first 1000 rows only) x;
SQL
$psql -f "$work/q.sql"
echo "== V45 (backfill of closed_at, index, open-stay counts), statement by statement"
$psql -c '\timing on' -f bmis-app/src/main/resources/db/migration/common/V45__visa_open_stays.sql
echo "== V46 (backfill of closed_on)"
$psql -c '\timing on' -f bmis-app/src/main/resources/db/migration/common/V46__visa_stay_closed_on.sql
$psql -c "analyze vis_authorised_stay" -c "analyze vis_open_stay_count"
$psql -c "select (select count(*) from vis_authorised_stay where closed_at is null) open_stays, (select count(*) from vis_open_stay_count) count_rows, (select sum(stays) from vis_open_stay_count) counted"
cat > "$work/q2.sql" <<SQL
\timing on
-- AFTER V45: counts by post, nationality and length (OverstayRepository.counts)
select post_id, nationality, bucket, sum(stays) as n from (select c.post_id, c.nationality,
 case when c.authorised_until >= date '$d' - 7 then '1-7' when c.authorised_until >= date '$d' - 30 then '8-30'
 when c.authorised_until >= date '$d' - 90 then '31-90' when c.authorised_until >= date '$d' - 365 then '91-365' else '366+' end as bucket,
 c.stays from vis_open_stay_count c where c.authorised_until < date '$d' and c.stays > 0
) x group by post_id, nationality, bucket order by 1, 2, 3;
-- AFTER V45: the list, longest first (OverstayRepository.overstayers, first 1000)
select count(*) from (select s.*, p.code as post_code, t.primary_identifier from vis_authorised_stay s
 join trv_traveller t on t.id = s.traveller_id left join adm_border_post p on p.id = s.post_id
 where s.authorised_until < date '$d' and s.closed_at is null
 order by s.closed_at, s.authorised_until, s.entered_at fetch first 1000 rows only) x;
\timing off
explain analyze select post_id, nationality, bucket, sum(stays) as n from (select c.post_id, c.nationality,
 case when c.authorised_until >= date '$d' - 7 then '1-7' when c.authorised_until >= date '$d' - 30 then '8-30'
 when c.authorised_until >= date '$d' - 90 then '31-90' when c.authorised_until >= date '$d' - 365 then '91-365' else '366+' end as bucket,
 c.stays from vis_open_stay_count c where c.authorised_until < date '$d' and c.stays > 0
) x group by post_id, nationality, bucket;
explain analyze select s.*, p.code as post_code, t.primary_identifier from vis_authorised_stay s
 join trv_traveller t on t.id = s.traveller_id left join adm_border_post p on p.id = s.post_id
 where s.authorised_until < date '$d' and s.closed_at is null
 order by s.closed_at, s.authorised_until, s.entered_at fetch first 1000 rows only;
-- the select of VisaDeskService.closeStays for a traveller with an open stay
explain analyze select authorised_until, post_id, nationality, closed_at from vis_authorised_stay
 where traveller_id = md5('t1')::uuid and entered_at < now() and (closed_at is null or closed_at > now()) for update;
SQL
for i in 1 2 3; do $psql -f "$work/q2.sql" | grep -E '^(Time|Execution)|Index|Seq Scan' ; done

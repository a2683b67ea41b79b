#!/usr/bin/env bash
# Desk load benchmark: starts OpenBMIS in demo mode on H2 (default) or PostgreSQL ("postgres"),
# runs the load driver (50 desks by default) against it on localhost, prints the figures, stops.
# Usage: bench/load.sh [h2|postgres] [desks] [seconds] [think-ms ...]
# e.g. bench/load.sh postgres 50 180 "1000 1000 0" runs three loads against one application: the first
# paced run still measures the JIT compiler at work (its C2 threads take a large share of the CPU for
# the first three to five minutes), the second the warm desk, the last saturation. Windows of 40 s
# or less give a p99 that a handful of GC pauses or compilations decide; prefer 180 s or more.
# PG_SYNCHRONOUS_COMMIT=off (environment) trades the last few hundred ms of commits on a crash for speed.
# DRIVER_CLIENT=jdk: the driver sends through the JDK's HttpClient (more driver CPU) instead of a socket per desk.
# KEEP_LOGS=dir keeps the application's (and PostgreSQL's) log. H2_URL_EXTRA=";SETTING=value" adds H2 settings.
# H2_CACHE_KB: H2 page cache (default 65536, as the application); APP_ARGS: extra application arguments.
# H2_PAGE_SIZE: H2 B-tree page size in bytes (default: H2's own, as the application; 1024 was tried, docs/benchmarks.md).
# MANIFESTS_PER_MINUTE=100 (MANIFEST_PASSENGERS=200): an airline's system also sends that many PAXLST
# manifests a minute to the demo airport (AMA) as admin while the desks work (issue 24's sustained load).
# INTERVAL=60: the driver also prints each 60-s window of a run (p50, p99, movements/s).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}; desks=${2:-50}; seconds=${3:-60}; think=${4:-0}
port=18080
work=$(mktemp -d /tmp/bmis-load.XXXXXX)
[ -f bmis-app/target/bmis-app.jar ] && [ -f bmis-bench/target/bmis-bench.jar ] || mvn -B -q -DskipTests package

args=(--demo --server.port=$port --spring.datasource.url="jdbc:h2:file:$work/db;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;${H2_PAGE_SIZE:+PAGE_SIZE=$H2_PAGE_SIZE;}QUERY_CACHE_SIZE=128;CACHE_SIZE=${H2_CACHE_KB:-65536}${H2_URL_EXTRA:-}")
pgdata=""
if [ "$db" = postgres ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | tail -n 1)
  [ -x "$pgbin/initdb" ] || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; pgbin=$(ls -d /usr/lib/postgresql/*/bin | tail -n 1); }
  pgdata=$work/pg; mkdir -p "$pgdata"; chown postgres "$pgdata" "$work"
  runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -o "-p 15432 -k $work -c max_connections=100 -c synchronous_commit=${PG_SYNCHRONOUS_COMMIT:-on} ${PG_OPTIONS:-}" -l "$work/pg.log" -w start >/dev/null
  args=(--demo --server.port=$port --spring.datasource.url="jdbc:postgresql://localhost:15432/postgres?reWriteBatchedInserts=true"
        --spring.datasource.username=postgres --spring.datasource.password=)
fi
cleanup() {
  [ -n "${KEEP_LOGS:-}" ] && mkdir -p "$KEEP_LOGS" && cp "$work"/*.log "$KEEP_LOGS"/ 2>/dev/null || true
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  [ -n "$pgdata" ] && runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

java -Xmx1g ${APP_JAVA_OPTS:-} -jar bmis-app/target/bmis-app.jar "${args[@]}" ${APP_ARGS:-} > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://localhost:$port/actuator/health" >/dev/null || { tail -50 "$work/app.log"; exit 1; }
# the demo seeds its travellers, lists and statistics in the background once the node is up (ADR 0021):
# measure the desks on a seeded node, not against the seeding
for _ in $(seq 1 300); do grep -q "Demo ready" "$work/app.log" && break; sleep 1; done
grep -q "Demo ready" "$work/app.log" || echo "warning: the demo was not seeded after 300 s; measuring anyway"
[ "$db" = h2 ] && echo "H2 file after the demo's seeding: $(du -m "$work/db.mv.db" | cut -f1) MB"
echo "database: $db; machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; java $(java -version 2>&1 | head -1)"
# CPU seconds used during the measured window by the application, PostgreSQL and the driver:
# on a shared machine the CPU cost per movement is the figure that does not depend on the load.
cpu_ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $t; }
# THREAD_CPU=1: the application's CPU in the measured window by thread (names without their numbers).
thread_ticks() { local t; for t in /proc/"$1"/task/*; do
  [ -r "$t/stat" ] && printf '%s %s\n' "$(tr -d '0-9 ' < "$t/comm")" "$(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}')"; done; return 0; }
io_bytes() { awk '/^write_bytes:/{print $2}' "/proc/$1/io" 2>/dev/null || echo 0; }
pg_pids() { [ -n "$pgdata" ] || return 0; local m; m=$(head -1 "$pgdata/postmaster.pid"); echo "$m $(pgrep -P "$m" -d ' ')"; }
# PG_STATEMENTS=1: the statement statistics printed at the end cover the last run only.
pg_stat_reset() {
  [ -n "${PG_STATEMENTS:-}" ] && [ -n "$pgdata" ] || return 0
  runuser -u postgres -- psql -h "$work" -p 15432 -U postgres -q -c "create extension if not exists pg_stat_statements" \
    -c "select pg_stat_statements_reset()" >/dev/null
}
run_once() { # think-ms
  local think=$1
  pg_stat_reset
  echo "--- $desks desks, think time $think ms, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp bmis-bench/target/bmis-bench.jar org.openbmis.bench.load.DeskLoadDriver \
    --url "http://localhost:$port" --user officer --password demo --desks "$desks" --seconds "$seconds" --warmup 20 --think-ms "$think" --client "${DRIVER_CLIENT:-plain}" --interval "${INTERVAL:-0}" \
    --manifests-per-minute "${MANIFESTS_PER_MINUTE:-0}" --manifest-passengers "${MANIFEST_PASSENGERS:-200}" \
    > "$work/driver.out" &
  local driver=$!
  sleep 21
  local a0 p0 a1 p1 n hz
  a0=$(cpu_ticks $app); p0=$(cpu_ticks $(pg_pids)); w0=$(io_bytes $app)
  if [ -n "${THREAD_CPU:-}" ]; then thread_ticks $app > "$work/threads0"; fi
  sleep $((seconds - 2)) # read the counters just before the driver ends
  a1=$(cpu_ticks $app); p1=$(cpu_ticks $(pg_pids)); w1=$(io_bytes $app)
  if [ -n "${THREAD_CPU:-}" ]; then thread_ticks $app > "$work/threads1"; fi
  wait $driver
  cat "$work/driver.out"
  n=$(awk '/recorded movements:/{print $3}' "$work/driver.out")
  hz=$(getconf CLK_TCK)
  # the driver measures its own CPU over the whole measured window (it may exit before /proc is read)
  local dms; dms=$(awk '/driver CPU:/{print $3}' "$work/driver.out")
  local nall=$n
  n=$((n * (seconds - 2) / seconds))
  awk -v a=$((a1 - a0)) -v dms="${dms:-0}" -v nall="$nall" -v p=$((p1 - p0)) -v n="$n" -v hz="$hz" 'BEGIN {
    if (n > 0) { app = 1000*a/hz/n; db = 1000*p/hz/n; drv = dms/nall;
      printf "CPU per recorded movement: application %.2f ms, database server %.2f ms, driver %.2f ms; total %.2f ms -> %.0f movements/s if two cores were all ours\n",
      app, db, drv, app+db+drv, 2000/(app+db+drv) } }'
  # bytes the application asked the kernel to write in the window (the database file, logs): the
  # volume each sync must force to the disk (ADR 0008), independent of how busy the CPU is.
  awk -v w=$((w1 - w0)) -v n="$n" 'BEGIN { if (n > 0) printf "written by the application: %.1f MB, %.1f KB per recorded movement\n", w/1048576, w/1024/n }'
  if [ -n "${THREAD_CPU:-}" ]; then # a thread started in the window counts whole; one that ended in it is lost
    awk -v hz="$hz" -v n="$n" 'FNR == NR { a[$1] += $2; next } { b[$1] += $2 } END {
      for (k in b) { d = b[k] - a[k]; if (d > 0) printf "  thread %-40s %7.0f ms CPU, %6.2f ms per movement\n", k, 1000*d/hz, (n > 0 ? 1000*d/hz/n : 0) } }' \
      "$work/threads0" "$work/threads1" | sort -k3 -n -r | head -"${THREAD_CPU_LIMIT:-15}" || true
  fi
}
# One application, one run per think time (a sweep from a paced load to saturation).
for t in $think; do run_once "$t"; done
if [ -n "${PG_STATEMENTS:-}" ] && [ -n "$pgdata" ]; then # needs PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on"
  runuser -u postgres -- psql -h "$work" -p 15432 -U postgres -q -c "create extension if not exists pg_stat_statements" \
    -c "select calls, plans, round(total_plan_time::numeric, 0) as plan_ms, round(total_exec_time::numeric, 0) as ms, round((100 * total_exec_time / sum(total_exec_time) over ())::numeric, 1) as pct, left(regexp_replace(query, '\s+', ' ', 'g'), 110) as query from pg_stat_statements order by ${PG_STATEMENTS_ORDER:-total_exec_time} desc limit ${PG_STATEMENTS_LIMIT:-25}"
fi
if [ "$db" = h2 ]; then # file size, and how many commits each sync to the disk served (ADR 0008)
  echo "H2 file after the runs: $(du -m "$work/db.mv.db" | cut -f1) MB"
  curl -fs -u admin:demo "http://localhost:$port/actuator/prometheus" \
    | grep -E '^bmis_durability_(sync_seconds_count|sync_seconds_sum|sync_seconds_max|commits_total)' || true
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Statistics benchmark (issue 5) on H2 (default) or a throw-away PostgreSQL cluster ("postgres"):
# migrates an empty database with the application, generates N movements over 5 years with
# set-based SQL (org.openbmis.bench.statistics.MovementGenerator), rebuilds the aggregates with the
# application's one command (--bmis.statistics.rebuild-and-exit=true), starts the application and
# times the dashboard's queries over HTTP (org.openbmis.bench.statistics.DashboardQueries).
# Usage: bench/statistics.sh [h2|postgres] [movements] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}; movements=${2:-10000000}; rounds=${3:-40}
port=18081
work=$(mktemp -d /tmp/bmis-statistics.XXXXXX)
[ -f bmis-app/target/bmis-app.jar ] && [ -f bmis-bench/target/bmis-bench.jar ] || mvn -B -q -DskipTests package
# private copies: a build during the run must not swap the jars under the running JVMs
cp bmis-app/target/bmis-app.jar bmis-bench/target/bmis-bench.jar "$work/"
appjar=$work/bmis-app.jar; benchjar=$work/bmis-bench.jar

url="jdbc:h2:file:$work/db;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128;CACHE_SIZE=65536"; user=sa; password=
pgdata=""
if [ "$db" = postgres ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | tail -n 1)
  pgdata=$work/pg; mkdir -p "$pgdata"; chown postgres "$pgdata" "$work"
  runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -o "-p 15434 -k $work -c shared_buffers=2GB -c work_mem=256MB -c max_wal_size=8GB ${PG_EXTRA:-}" -l "$work/pg.log" -w start >/dev/null
  url="jdbc:postgresql://localhost:15434/postgres"; user=postgres; password=
fi
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  [ -n "$pgdata" ] && runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
[ -n "${KEEP_LOGS:-}" ] && trap 'cp "$work"/*.log "$KEEP_LOGS"/ 2>/dev/null; cleanup' EXIT
app_args=(--server.port=$port --spring.datasource.url="$url" --spring.datasource.username=$user --spring.datasource.password=$password)
echo "database: $db; machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; $(java -version 2>&1 | head -1); load: $(uptime | sed 's/.*load/load/')"

# 1. migrate (a rebuild of nothing), 2. generate, 3. rebuild, timed
java -Xmx1g -jar "$appjar" "${app_args[@]}" --bmis.statistics.rebuild-and-exit=true > "$work/migrate.log" 2>&1
java -Xmx2g -cp "$benchjar" org.openbmis.bench.statistics.MovementGenerator "$url" "$user" "$password" "$movements" 5
[ "$db" = postgres ] && psql -q -h "$work" -p 15434 -U postgres -d postgres -c "vacuum analyze" >/dev/null
echo "before the rebuild: $(uptime | sed 's/.*load/load/')"
start=$(date +%s.%N)
java -Xmx4g -jar "$appjar" "${app_args[@]}" --bmis.statistics.rebuild-and-exit=true > "$work/rebuild.log" 2>&1
echo "rebuild command: $(echo "$(date +%s.%N) - $start" | bc) s wall (JVM start included); $(grep -o 'Statistics rebuilt.*' "$work/rebuild.log")"
echo "after the rebuild: $(uptime | sed 's/.*load/load/')"
[ "$db" = postgres ] && psql -q -h "$work" -p 15434 -U postgres -d postgres -c "vacuum analyze" >/dev/null
[ "$db" = postgres ] && psql -h "$work" -p 15434 -U postgres -d postgres -At -c "select relname, n_live_tup from pg_stat_user_tables where relname like 'sta_%' or relname = 'mov_movement' order by 1"
du -sh "$work" | sed 's/^/database size: /'

# 4. the dashboard's queries (SKIP_QUERIES=1: rebuild only)
[ -n "${SKIP_QUERIES:-}" ] && exit 0
java -Xmx2g -jar "$appjar" "${app_args[@]}" > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://localhost:$port/actuator/health" >/dev/null || { tail -50 "$work/app.log"; exit 1; }
# the application preloads the latest closed months in the background: time the queries after that
for _ in $(seq 1 300); do grep -q "closed months .* preloaded\|months not preloaded" "$work/app.log" && break; sleep 1; done
grep -o "Statistics: .* preloaded in .*\|Statistics months not preloaded.*" "$work/app.log" || echo "months not preloaded after 300 s"
java -cp "$benchjar" org.openbmis.bench.statistics.DashboardQueries "http://localhost:$port" "$rounds"
echo "after the queries: $(uptime | sed 's/.*load/load/')"

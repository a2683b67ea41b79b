#!/usr/bin/env bash
# A whole border network on one machine (issue 22, ADR 0017): central with demo data and two border
# posts, each a separate process in its own folder and port, enrolled with one-time codes.
#   bench/network.sh [folder]      start (or restart) the network, stop it with Ctrl-C
#   SMOKE=1 bench/network.sh       start it, record an entry at each post, time its arrival at
#                                  central, stop
# Central: http://localhost:8080 (admin / demo); posts: http://localhost:8081 (officer / demo,
# the main airport) and http://localhost:8082 (the second post's officer, printed below).
# A second run reuses the folders: the posts are enrolled already (their keys are in
# <folder>/post-*/data/sync). Delete the folder to start afresh. Needs curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$PWD/bmis-app/target/bmis-app.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
net=$(mkdir -p "${1:-network}" && cd "${1:-network}" && pwd)
central_port=${CENTRAL_PORT:-8080}
central=http://127.0.0.1:$central_port
pids=()
cleanup() { # SIGTERM, then SIGKILL what has not stopped after 20 s
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for _ in $(seq 1 20); do
    alive=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && return 0; sleep 1
  done
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
call() { # curl that prints central's or the post's problem detail when a call fails
  local out; out=$(curl -s -w '\n%{http_code}' "$@") || { echo "call failed: $*" >&2; return 1; }
  local status=${out##*$'\n'}; local body=${out%$'\n'*}
  [ "${status:0:1}" = 2 ] || { echo "HTTP $status from ${*: -1}: $body" >&2; return 1; }
  printf '%s' "$body"
}
await() { # url user: waits until the node answers as that user
  for _ in $(seq 1 240); do curl -sf -u "$2:demo" "$1/api/v1/me" >/dev/null && return 0; sleep 1; done
  echo "no answer from $1 (see the node.log in its folder)" >&2; exit 1
}

mkdir -p "$net/central"
(cd "$net/central" && exec java ${JAVA_OPTS:--Xmx512m} -jar "$jar" --demo --bmis.node.role=central \
  --server.port="$central_port" >> node.log 2>&1) &
pids+=($!)
echo "central: starting in $net/central"
await "$central" admin

# the main airport's officer, and the officer of the first other post
users=$(curl -sf -u admin:demo "$central/api/v1/admin/users")
pick=$(echo "$users" | json "'\n'.join(u['username']+' '+u['postId'] for u in d
  if 'OFFICER' in u['roles'] and u.get('postId') and (u['username']=='officer' or u['username'].startswith('officer.'))
  and u['username']!='officer.ama')" | awk '!seen[$2]++' | head -n 2)

port=$((central_port + 1))
declare -A post_urls post_users
while read -r user post_id; do
  folder="$net/post-$user"; mkdir -p "$folder"
  args=(--spring.profiles.active=demo --bmis.node.role=post --bmis.sync.central-url="$central" --server.port=$port)
  if [ ! -f "$folder/data/sync/post-key.jwk" ]; then
    code=$(curl -sf -u admin:demo -X POST "$central/api/v1/admin/posts/$post_id/enrolment-codes" | json "d['code']")
    args+=(--bmis.sync.enrolment-code="$code")
  fi
  (cd "$folder" && exec java ${JAVA_OPTS:--Xmx384m} -jar "$jar" "${args[@]}" >> node.log 2>&1) &
  pids+=($!)
  post_urls[$post_id]=http://127.0.0.1:$port; post_users[$post_id]=$user
  echo "post $post_id: starting in $folder on port $port (sign in as $user / demo)"
  port=$((port + 1))
done <<< "$pick"
for id in "${!post_urls[@]}"; do await "${post_urls[$id]}" "${post_users[$id]}"; done
echo "network up: central $central; posts ${post_urls[*]}"
echo "status at central:"; curl -sf -u admin:demo "$central/api/v1/sync/status"; echo

if [ -z "${SMOKE:-}" ]; then
  echo "Ctrl-C stops the network."; wait; exit 0
fi

mrz() { python3 - "$1" <<'PY'
import sys, datetime
def cd(s):
    v = lambda c: int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
    return str(sum(v(c) * w for c, w in zip(s, [7, 3, 1] * 20)) % 10)
num = sys.argv[1].ljust(9, '<')[:9]
dob, exp = '800101', (datetime.date.today() + datetime.timedelta(days=1500)).strftime('%y%m%d')
l1 = ('P<UTOSMOKE<<TEST<' + sys.argv[1]).ljust(44, '<')
body = num + cd(num) + 'UTO' + dob + cd(dob) + 'F' + exp + cd(exp) + '<' * 14 + cd('<' * 14)
comp = num + cd(num) + dob + cd(dob) + exp + cd(exp) + '<' * 14 + cd('<' * 14)
print(l1 + '\n' + body + cd(comp))
PY
}
for id in "${!post_urls[@]}"; do
  url=${post_urls[$id]}; user=${post_users[$id]}
  number=S$(date +%s%N | tail -c 9)
  inspection=$(call -u "$user:demo" -H 'Content-Type: application/json' \
    -d "$(python3 -c 'import json,sys; print(json.dumps({"mrz": sys.argv[1]}))' "$(mrz "$number")")" \
    "$url/api/v1/inspections" | json "d['id']")
  movement=$(call -u "$user:demo" -H 'Content-Type: application/json' \
    -d '{"decision":"ADMITTED","purpose":"TOURISM","transportMode":"AIR"}' \
    "$url/api/v1/inspections/$inspection/decision" | json "d['movementId']")
  started=$(date +%s%N)
  day=$(call -u "$user:demo" "$url/api/v1/movements" | json "d[0]['localDate']")
  until call -u admin:demo "$central/api/v1/movements?post=$id&date=$day" > "$net/log.json" &&
    grep -q "$movement" "$net/log.json"; do
    sleep 0.1
  done
  echo "post $id: movement $movement at central after $(( ($(date +%s%N) - started) / 1000000 )) ms"
done
echo "status at central:"; curl -sf -u admin:demo "$central/api/v1/sync/status"; echo

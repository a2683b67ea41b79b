#!/usr/bin/env bash
# Installs OpenBMIS on a post PC (Debian 12 or later) as a systemd service.
#
#   sudo deploy/post/install.sh --jar bmis-app/target/bmis-app.jar
#
# Creates the openbmis system user, /opt/openbmis, /etc/openbmis (keys), /var/lib/openbmis
# (data) and /var/log/openbmis (log), installs the unit and starts it. Run again to upgrade: the
# jar and the unit are replaced, the keys and the data are kept (Flyway migrates the database at
# start). --root DIR installs under DIR without touching the system (no user, apt or systemctl):
# for a test, or to prepare an image.
set -euo pipefail

ROOT=""
JAR=""
SYSTEM=1
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

usage() {
  echo "usage: $0 --jar PATH [--root DIR]" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="${2:-}"; shift 2 ;;
    --root) ROOT="${2:-}"; SYSTEM=0; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done
[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "no such jar: ${JAR:-<none>}" >&2; usage; }

if [ "$SYSTEM" = 1 ]; then
  [ "$(id -u)" = 0 ] || { echo "run as root (sudo)" >&2; exit 1; }
  if ! command -v java >/dev/null 2>&1; then
    apt-get update -q
    apt-get install -y -q openjdk-17-jre-headless
  fi
  command -v openssl >/dev/null 2>&1 || apt-get install -y -q openssl
  if ! getent passwd openbmis >/dev/null; then
    useradd --system --home-dir /var/lib/openbmis --shell /usr/sbin/nologin openbmis
  fi
  OWNER="openbmis"
else
  OWNER="$(id -un)"
fi

install -d -m 0755 "$ROOT/opt/openbmis" "$ROOT/opt/openbmis/docs"
install -d -m 0750 "$ROOT/etc/openbmis"
install -d -m 0750 -o "$OWNER" -g "$OWNER" "$ROOT/var/lib/openbmis" "$ROOT/var/log/openbmis"
install -d -m 0755 "$ROOT/etc/systemd/system"

install -m 0644 "$JAR" "$ROOT/opt/openbmis/bmis-app.jar"
if [ -f "$here/../../docs/administration.md" ]; then
  install -m 0644 "$here/../../docs/administration.md" "$ROOT/opt/openbmis/docs/"
fi
install -m 0644 "$here/openbmis.service" "$ROOT/etc/systemd/system/openbmis.service"
install -m 0755 "$here/backup.sh" "$here/restore.sh" "$ROOT/opt/openbmis/"

# The keys: made once, never replaced (data encrypted with them needs them). Back them up apart
# from the database backups.
ENV="$ROOT/etc/openbmis/openbmis.env"
if [ ! -f "$ENV" ]; then
  umask 027
  {
    echo "# OpenBMIS settings and keys (docs/administration.md). Keep a copy offline."
    echo "BMIS_SECOND_FACTOR_KEY=$(openssl rand -base64 32)"
    echo "BMIS_BIOMETRICS_KEY=$(openssl rand -base64 32)"
    echo "# SPRING_PROFILES_ACTIVE=postgres, SPRING_DATASOURCE_URL=..., BMIS_DB_PASSWORD=... for PostgreSQL"
  } > "$ENV"
  echo "keys written to $ENV"
else
  echo "keeping the keys in $ENV"
fi
chmod 0640 "$ENV"
if [ "$SYSTEM" = 1 ]; then
  chown root:openbmis "$ROOT/etc/openbmis" "$ENV"
  if [ ! -d /run/systemd/system ]; then
    # a container or chroot: everything is in place, but there is no systemd to start it
    echo "systemd is not running here: installed but not started. Start it as the unit does:"
    echo "  cd /var/lib/openbmis && set -a && . /etc/openbmis/openbmis.env && set +a &&" \
      "runuser -u openbmis -- java -jar /opt/openbmis/bmis-app.jar" \
      "--logging.file.name=/var/log/openbmis/openbmis.log"
    exit 0
  fi
  systemctl daemon-reload
  systemctl enable openbmis.service
  systemctl restart openbmis.service
  echo "started; the first administrator's one-time password: /var/lib/openbmis/data/initial-admin-password.txt"
fi

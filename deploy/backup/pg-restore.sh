#!/usr/bin/env bash
# Restores a pg-backup.sh dump into an EMPTY database (stop the application first):
#   createdb -O openbmis openbmis_restored
#   PGPASSWORD=... deploy/backup/pg-restore.sh openbmis-20261207-020000.dump \
#       postgresql://openbmis@localhost:5432/openbmis_restored
# then point SPRING_DATASOURCE_URL at it and start: Flyway brings an older schema up to date.
# One transaction: a restore that fails leaves the database as it was.
set -euo pipefail
FILE="${1:?usage: $0 DUMP DATABASE_URL}"
DB="${2:?usage: $0 DUMP DATABASE_URL}"
[ -f "$FILE" ] || { echo "no dump $FILE" >&2; exit 2; }
tables="$(psql "$DB" -tAc "select count(*) from information_schema.tables where table_schema = 'public'")"
if [ "$tables" != "0" ]; then
  echo "$DB is not empty ($tables tables in schema public): restore into a new empty database" >&2
  exit 3
fi
pg_restore --no-owner --exit-on-error --single-transaction --dbname="$DB" "$FILE"
psql "$DB" -tAc "select count(*) || ' movements restored' from mov_movement"

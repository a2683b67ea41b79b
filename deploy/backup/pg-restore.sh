#!/usr/bin/env bash
# Restores a pg-backup.sh dump into an EMPTY database (stop the application first):
#   createdb -O openbmis openbmis_restored
#   PGPASSWORD=... deploy/backup/pg-restore.sh openbmis-20261207-020000.dump \
#       postgresql://openbmis@localhost:5432/openbmis_restored
# then point SPRING_DATASOURCE_URL at it and start: Flyway brings an older schema up to date.
set -euo pipefail
FILE="${1:?usage: $0 DUMP DATABASE_URL}"
DB="${2:?usage: $0 DUMP DATABASE_URL}"
pg_restore --no-owner --exit-on-error --single-transaction --dbname="$DB" "$FILE"
psql "$DB" -tAc "select count(*) || ' movements restored' from mov_movement"

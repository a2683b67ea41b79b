#!/usr/bin/env bash
# Backup of the headquarters PostgreSQL database (custom format, consistent while it runs):
#   PGPASSWORD=... deploy/backup/pg-backup.sh [postgresql://openbmis@localhost:5432/openbmis] [DIR]
# With the compose file: docker compose exec postgres pg_dump -U openbmis -Fc -d openbmis \
#   -f /backups/openbmis-$(date -u +%Y%m%d-%H%M%S).dump     (./backups on the host)
set -euo pipefail
DB="${1:-postgresql://openbmis@localhost:5432/openbmis}"
DIR="${2:-.}"
file="$DIR/openbmis-$(date -u +%Y%m%d-%H%M%S).dump"
pg_dump --format=custom --no-owner --file="$file" "$DB"
pg_restore --list "$file" >/dev/null
echo "$file"

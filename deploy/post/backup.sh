#!/usr/bin/env bash
# Online backup of a post's database while the desks work (a cron job, e.g. daily at 02:00):
#   BMIS_BACKUP_TOKEN=bmis_... deploy/post/backup.sh [http://localhost:8080]
# The token is an administrator's API token (Account > API tokens). The zip lands in
# /var/lib/openbmis/data/backups; copy it off the PC, and keep /etc/openbmis/openbmis.env
# (the keys) in a separate safe place: a backup without its keys cannot be read.
# Backups older than BMIS_BACKUP_DAYS (default 14) are removed from the PC.
set -euo pipefail
URL="${1:-http://localhost:8080}"
: "${BMIS_BACKUP_TOKEN:?set BMIS_BACKUP_TOKEN to an API token of an administrator}"
curl -fsS -X POST -H "Authorization: Bearer $BMIS_BACKUP_TOKEN" -H "Accept: application/json" \
  "$URL/api/v1/admin/backups"
echo
find "${BMIS_DATA:-/var/lib/openbmis/data}/backups" -name 'openbmis-*.zip' \
  -mtime +"${BMIS_BACKUP_DAYS:-14}" -delete

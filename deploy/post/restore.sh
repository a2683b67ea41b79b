#!/usr/bin/env bash
# Restores a post's H2 database from a backup zip made by the application
# (POST /api/v1/admin/backups, or deploy/post/backup.sh), then starts the node on it.
#
#   sudo deploy/post/restore.sh /var/lib/openbmis/data/backups/openbmis-20261207-020000.zip
#
# The database in use is moved aside (openbmis.mv.db.before-restore-<time>), never deleted.
# Flyway brings a backup of an older release up to this release's schema at start.
set -euo pipefail
ZIP="${1:-}"
DATA="${BMIS_DATA:-/var/lib/openbmis/data}"
[ -f "$ZIP" ] || { echo "usage: $0 BACKUP.zip" >&2; exit 2; }
unzip -l "$ZIP" | grep -q 'openbmis.mv.db' || { echo "$ZIP holds no openbmis.mv.db" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "run as root (sudo)" >&2; exit 1; }

systemctl stop openbmis.service
stamp="$(date -u +%Y%m%d-%H%M%S)"
if [ -f "$DATA/openbmis.mv.db" ]; then
  mv "$DATA/openbmis.mv.db" "$DATA/openbmis.mv.db.before-restore-$stamp"
fi
unzip -o -q "$ZIP" openbmis.mv.db -d "$DATA"
chown openbmis:openbmis "$DATA/openbmis.mv.db"
chmod 0640 "$DATA/openbmis.mv.db"
systemctl start openbmis.service
echo "restored from $ZIP; the previous database is $DATA/openbmis.mv.db.before-restore-$stamp"

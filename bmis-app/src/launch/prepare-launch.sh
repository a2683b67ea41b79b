#!/usr/bin/env bash
# Run by `mvn package` in bmis-app, after the executable jar is built (skip: -Dlaunch.skip=true).
# Extracts the jar into target/launch (the application jar and its libraries side by side, which
# the JVM loads faster than jars nested in a jar) and records the classes a start loads into a
# class data sharing archive there: one start up to the end of the context refresh, as in the
# demo, in a throw-away folder with an in-memory database (nothing of it is kept). The script
# ./openbmis at the top of the repository starts from this layout, with the archive (ADR 0022).
# A failure here costs only speed: the build goes on and ./openbmis starts without the archive.
set -euo pipefail
target=$(cd "$1" && pwd)
rm -rf "$target/launch" "$target/launch-training"
java -Djarmode=tools -jar "$target/bmis-app.jar" extract --destination "$target/launch" >/dev/null
mkdir -p "$target/launch-training"
cd "$target/launch-training"
if java -XX:ArchiveClassesAtExit="$target/launch/openbmis.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dspring.context.exit=onRefresh -jar "$target/launch/bmis-app.jar" --demo --server.port=0 \
    --spring.datasource.url="jdbc:h2:mem:launch-training;DB_CLOSE_DELAY=-1" > training.log 2>&1 \
    && [ -s "$target/launch/openbmis.jsa" ]; then
  echo "class data archive: $target/launch/openbmis.jsa ($(du -m "$target/launch/openbmis.jsa" | cut -f1) MB)"
else
  echo "warning: no class data archive (see $target/launch-training/training.log); ./openbmis starts without it" >&2
  rm -f "$target/launch/openbmis.jsa"
fi

#!/usr/bin/env bash
# Fuzzes the Jazzer fuzz tests of the libraries, one target at a time (never in parallel: each one
# takes a core). Usage:
#   bench/fuzz.sh [seconds] [target ...]
# seconds: time per target (default 180). A target is Class#method or a prefix of one (e.g.
# ImporterFuzzTest); without targets every fuzz test runs. Crashes are written by Jazzer into the
# test's inputs directory (src/test/resources/<package>/<Class>Inputs/<method>/crash-*), where the
# normal build replays them; the growing corpus stays in <module>/.cifuzz-corpus (not committed).
# A summary line per target (runs, exec/s, result) is printed and kept in target/fuzz-summary.txt.
set -uo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET="${1:-180}"
shift || true
TIMEOUT_PER_INPUT="${FUZZ_TIMEOUT:-10}"

ALL=(
  "bmis-mrz:org.openbmis.mrz.MrzFuzzTest#parseReturnsAResultOrASyntaxError"
  "bmis-mrz:org.openbmis.mrz.MrzFuzzTest#generatedMrzParsesBackWithValidCheckDigits"
  "bmis-screening:org.openbmis.screening.imports.ImporterFuzzTest#unXml"
  "bmis-screening:org.openbmis.screening.imports.ImporterFuzzTest#euXml"
  "bmis-screening:org.openbmis.screening.imports.ImporterFuzzTest#ofacCsv"
  "bmis-screening:org.openbmis.screening.imports.ImporterFuzzTest#ftmJson"
  "bmis-screening:org.openbmis.screening.imports.ImporterFuzzTest#nationalCsv"
  "bmis-screening:org.openbmis.screening.imports.ImporterFuzzTest#documentCsv"
  "bmis-biometrics:org.openbmis.biometrics.BiometricFuzzTest#wsq"
  "bmis-biometrics:org.openbmis.biometrics.BiometricFuzzTest#rasterImage"
  "bmis-biometrics:org.openbmis.biometrics.BiometricFuzzTest#ansiNist"
  "bmis-biometrics:org.openbmis.biometrics.BiometricFuzzTest#minutiaeTemplate"
)

selected=()
for entry in "${ALL[@]}"; do
  if [ "$#" -eq 0 ]; then
    selected+=("$entry")
    continue
  fi
  for want in "$@"; do
    case "${entry#*:}" in *"$want"*) selected+=("$entry") ;; esac
  done
done
[ "${#selected[@]}" -gt 0 ] || { echo "no fuzz target matches: $*" >&2; exit 2; }

mkdir -p target
summary=target/fuzz-summary.txt
: > "$summary"

# Besides our own classes, the parsers we rely on are instrumented so the fuzzer sees their coverage.
includes() {
  case "$1" in
    bmis-screening) echo 'org.openbmis.**:tools.jackson.**' ;;
    bmis-biometrics) echo 'org.openbmis.**:org.jnbis.**:com.machinezoo.**' ;;
    *) echo 'org.openbmis.**' ;;
  esac
}

status=0
for entry in "${selected[@]}"; do
  module="${entry%%:*}"
  test="${entry#*:}"
  log="target/fuzz-$(echo "${test##*.}" | tr '#' '-').log"
  echo "== fuzzing ${test##*.} for ${SECONDS_PER_TARGET}s (log: $log)"
  # jazzer.internal.arg.N are passed to libFuzzer: -timeout makes a single slow input a finding.
  JAZZER_FUZZ=1 mvn -B -o -pl "$module" -am test -Dtest="$test" -Djacoco.skip=true \
    -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${SECONDS_PER_TARGET}s" -Djazzer.instrumentation_includes="$(includes "$module")" \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout="$TIMEOUT_PER_INPUT" \
    -Djazzer.internal.arg.2=-print_final_stats=1 >"$log" 2>&1
  rc=$?
  runs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
  execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$')
  secs=$(echo "$runs" | grep -oE 'in [0-9]+' | grep -oE '[0-9]+')
  rate=$([ -n "${execs:-}" ] && [ "${secs:-0}" -gt 0 ] && echo $((execs / secs)) || echo "?")
  result=$([ $rc -eq 0 ] && echo "no finding" || echo "FINDING or failure, see $log")
  line="${test##*.}: ${execs:-?} executions, ${rate} exec/s, ${result}"
  echo "$line" | tee -a "$summary"
  [ $rc -eq 0 ] || status=1
done
exit $status

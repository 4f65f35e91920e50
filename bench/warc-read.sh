#!/usr/bin/env bash
# Reading WARC.gz at scale: builds Common Crawl News style WARC.gz files (a request and a response record per page,
# one record a gzip member) of growing size from the extraction benchmark's real pages (one page in four, cycled)
# and generated news pages, then reads each with Chorus's SourceReader in a fresh JVM with a fixed heap and prints
# pages/s and heap: the live heap after collections must stay flat as the file grows (streaming, no whole-file load).
# EXTRACT=1 also extracts each article (HTML to clean text), as `chorus extract` does; much slower.
# Usage: bench/warc-read.sh [HTML_DIR] [PAGES...]   (defaults: ../shared/bench/extraction/html 12500 25000 50000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
html="${1:-$root/../shared/bench/extraction/html}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(12500 25000 50000)
[ -d "$html" ] || { echo "bench: $html not found (the shared extraction benchmark); skipped" >&2; exit 2; }
. "$root/scripts/jdk.sh"
chorus_find_jdk
(cd "$root" && ./mvnw -B -q -DskipTests package)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java="$JAVA_HOME/bin/java"
jar="$root/bench/target/chorus-bench.jar"
heap="${HEAP:--Xmx512m}"
mode=""; [ "${EXTRACT:-}" = 1 ] && mode="--extract"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); JVM: $heap, default collector${mode:+; with extraction}" >&2
printf '%8s %9s %9s %8s %9s %12s %10s\n' pages records "file" seconds "pages/s" "heap-peak" "live-max"
for n in "${sizes[@]}"; do
  "$java" -cp "$jar" dev.chorus.bench.WarcScale build "$html" "$work/c$n.warc.gz" "$n"
  line="$("$java" $heap --enable-native-access=ALL-UNNAMED -cp "$jar" dev.chorus.bench.WarcScale read "$work/c$n.warc.gz" $mode 2>/dev/null)"
  get() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$line"; }
  printf '%8d %9d %5d MiB %8.1f %9.0f %8d MiB %6d MiB\n' "$(get records)" "$(( $(get records) + $(get skipped) ))" \
    "$(get fileMiB)" "$(get seconds)" "$(get perSecond)" "$(get heapPeakMiB)" "$(get liveMiB)"
  rm -f "$work/c$n.warc.gz"
done

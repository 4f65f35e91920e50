#!/usr/bin/env bash
# Chorus's HTML extractor and Mozilla Readability (npm @mozilla/readability + jsdom) on the same benchmark
# pages, each in one process: precision/recall/F1/accuracy with the same scorer, pages/s and peak RSS, and
# the ratios. Usage: bench/extraction-vs-readability.sh [BENCH_DIR]   (default ../shared/bench/extraction)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$root/../shared/bench/extraction}"
[ -f "$dir/ground-truth.json" ] || { echo "bench: no benchmark at $dir (ground-truth.json missing)" >&2; exit 2; }
dir="$(cd "$dir" && pwd)"
. "$root/scripts/jdk.sh"
chorus_find_jdk
command -v node >/dev/null || { echo "bench: node is needed for Readability (apt-get install nodejs npm)" >&2; exit 2; }

(cd "$root/bench/readability" && npm ci --no-audit --no-fund --silent)
(cd "$root" && ./mvnw -B -q -DskipTests -pl bench -am package)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "Readability.js: running on $(ls "$dir/html" | wc -l) pages..." >&2
node "$root/bench/readability/run.mjs" "$dir" "$work/readability.jsonl" > "$work/readability.json"
echo "Chorus: running on the same pages..." >&2
# JVM options for the Chorus process (see bench/README.md, "JVM options"):
#   -Xmx40m                  the whole run needs 20 MiB of heap (OOM at 16 MiB), the largest page (1.5 MB of
#                            HTML) 12 MiB on its own (OOM at 10 MiB): 40 MiB is twice what the run needs.
#   -XX:+UseSerialGC         one thread extracts page by page; the serial collector has the smallest footprint
#                            and no GC threads competing for the 2 cores.
#   -XX:TieredStopAtLevel=1  C1 only: the pass is timed from a cold start (as Readability's is), and C2 spends
#                            its compile time after the short pass is mostly over; C1 alone is faster on this
#                            pass and uses ~25 MiB less RSS, at a lower warm (steady-state) speed.
chorus_jvm_options=(-Xmx40m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
echo "Chorus JVM options: ${chorus_jvm_options[*]}" >&2
"$JAVA_HOME/bin/java" "${chorus_jvm_options[@]}" -cp "$root/bench/target/chorus-bench.jar" \
  dev.chorus.bench.ExtractionVsReadability "$dir" "$work/readability.jsonl" "$work/readability.json"

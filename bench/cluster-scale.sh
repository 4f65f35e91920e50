#!/usr/bin/env bash
# Story clustering at scale: growing prefixes of the Multi-News training set through the same read, extract,
# sentences and cluster pipeline as `chorus cluster` (via `chorus eval clustering`'s evaluation, seed 42), each
# in a fresh JVM with -Xmx2g (the goal's heap ceiling). Prints per prefix articles/s end to end, heap (peak of
# the heap pools, and the largest live heap after a GC), B-cubed F1, and the growth exponent of time against size
# (log-log slope from the previous prefix); then the all-pairs baseline beside Chorus's clusterer on the first prefix.
# Usage: bench/cluster-scale.sh [FILE] [TEXTS...]   (defaults: ../shared/bench/multinews/multinews-train.jsonl.gz 10000 30000 125000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
file="${1:-$root/../shared/bench/multinews/multinews-train.jsonl.gz}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 30000 125000)
[ -f "$file" ] || { echo "bench: $file not found (the shared Multi-News set); skipped" >&2; exit 2; }
. "$root/scripts/jdk.sh"
chorus_find_jdk
(cd "$root" && ./mvnw -B -q -DskipTests package)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java="$JAVA_HOME/bin/java"
jar="$root/bench/target/chorus-bench.jar"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); JVM: -Xmx2g, default collector" >&2
printf '%8s %8s %9s %12s %11s %9s %9s %9s\n' texts seconds "art/s" "heap-peak" "live-max" "B3-F1" "pair-F1" exponent
prev_n=""; prev_t=""
for n in "${sizes[@]}"; do
  "$java" -cp "$jar" dev.chorus.bench.MultiNewsArticles prefix "$file" "$work/p$n.jsonl.gz" "$n" 2>/dev/null
  line="$("$java" -Xmx2g -cp "$jar" dev.chorus.bench.ClusterScale "$work/p$n.jsonl.gz" 2>/dev/null)"
  get() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$line"; }
  texts=$(get texts); secs=$(get seconds)
  exponent="-"
  if [ -n "$prev_n" ]; then
    exponent=$(awk -v n1="$prev_n" -v t1="$prev_t" -v n2="$texts" -v t2="$secs" 'BEGIN { printf "%.2f", log(t2 / t1) / log(n2 / n1) }')
  fi
  printf '%8d %8.1f %9.0f %8d MiB %7d MiB %9s %9s %9s\n' "$texts" "$secs" "$(get perSecond)" "$(get heapPeakMiB)" \
    "$(get liveMiB)" "$(get bcubedF1)" "$(get pairF1)" "$exponent"
  prev_n=$texts; prev_t=$secs
done
echo
echo "baseline on the ${sizes[0]}-text prefix (the same analysed articles, clustering stage timed alone):"
"$java" -Xmx2g -cp "$jar" dev.chorus.bench.ClusterScale "$work/p${sizes[0]}.jsonl.gz" --baseline 2>/dev/null | tail -n 4

#!/usr/bin/env bash
# Ingest into the story store against the in-memory cluster path, on the same prefix of Multi-News's training
# set, both as a user runs them (`chorus ingest`, `chorus cluster`, each a fresh JVM with -Xmx2g, embeddings on):
# wall time, articles/s (texts read per second, as bench/cluster-scale.sh counts them), peak RSS, and the
# store's size on disk. Ingest also compares and summarises every story that grows, which cluster does not.
# Usage: bench/store-ingest.sh [TEXTS] [FILE] [--keep DIR]
#   (defaults: 10000, ../shared/bench/multinews/multinews-train.jsonl.gz; --keep DIR builds the store in DIR,
#   which must not exist, and keeps it, e.g. bench/store-ingest.sh 112000 --keep /tmp/chorus-store-100k)
#   CHORUS_JARS=DIR takes chorus.jar and chorus-bench.jar from DIR instead of building them (so that a long run
#   is not disturbed by rebuilds).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
texts=10000
file="$root/../shared/bench/multinews/multinews-train.jsonl.gz"
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep="$2"; shift 2 ;;
    *[!0-9]*) file="$1"; shift ;;
    *) texts="$1"; shift ;;
  esac
done
[ -f "$file" ] || { echo "bench: $file not found (the shared Multi-News set); skipped" >&2; exit 2; }
[ -z "$keep" ] || [ ! -e "$keep" ] || { echo "bench: $keep exists; give a new directory" >&2; exit 2; }
. "$root/scripts/jdk.sh"
chorus_find_jdk
if [ -z "${CHORUS_JARS:-}" ]; then
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java="$JAVA_HOME/bin/java"
jar="${CHORUS_JARS:-$root/app/target}/chorus.jar"
"$java" -cp "${CHORUS_JARS:-$root/bench/target}/chorus-bench.jar" dev.chorus.bench.MultiNewsArticles prefix "$file" "$work/prefix.jsonl.gz" "$texts" 2> "$work/prefix.txt"
cat "$work/prefix.txt" >&2
# whole clusters are taken, so the prefix holds a few more texts than asked
texts=$(sed -n 's/.*clusters, \([0-9]*\) documents.*/\1/p' "$work/prefix.txt")
store="${keep:-$work/store}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); JVM: -Xmx2g, ParallelGC" >&2

# run NAME ARGS...: times one chorus command, prints a result line
run() {
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/rss" "$java" -Xmx2g -XX:+UseParallelGC -jar "$jar" "$@" > "$work/$name.out" 2> "$work/$name.err" || true
  end=$(date +%s.%N)
  awk -v n="$name" -v s="$start" -v e="$end" -v rss="$(tail -n 1 "$work/rss")" -v texts="$texts" \
    'BEGIN { t = e - s; printf "%-8s %8d texts %8.1f s %8.1f texts/s  peak RSS %5d MiB\n", n, texts, t, texts / t, rss / 1024 }'
}
if [ -z "$keep" ]; then
  run cluster cluster "$work/prefix.jsonl.gz" --format text --out "$work/cluster.txt"
fi
run ingest ingest "$work/prefix.jsonl.gz" --data "$store"
echo "ingest: $(tail -n 1 "$work/ingest.out")"
echo "store: $(du -sh "$store" | cut -f1) on disk in $store"
start=$(date +%s.%N)
"$java" -jar "$jar" ingest "$work/prefix.jsonl.gz" --data "$store" > "$work/again.out" 2>/dev/null || true
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "re-ingest of the same input: %.1f s, ", e - s }'
tail -n 1 "$work/again.out"

#!/usr/bin/env bash
# The whole `chorus digest` command on Multi-News source articles, as a user runs it: wall time, articles/s,
# peak RSS, and B-cubed F1 of the stories against Multi-News's clusters.
# Usage: bench/digest-multinews.sh [CLUSTERS] [FILE]   (defaults: 1000, ../shared/bench/multinews/multinews-val-1000.jsonl.gz)
# For scale: bench/digest-multinews.sh 45000 ../shared/bench/multinews/multinews-train.jsonl.gz  (~122k articles)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clusters="${1:-1000}"
file="${2:-$root/../shared/bench/multinews/multinews-val-1000.jsonl.gz}"
[ -f "$file" ] || { echo "bench: $file not found" >&2; exit 2; }
. "$root/scripts/jdk.sh"
chorus_find_jdk
(cd "$root" && ./mvnw -B -q -DskipTests package)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java="$JAVA_HOME/bin/java"
"$java" -cp "$root/bench/target/chorus-bench.jar" dev.chorus.bench.MultiNewsArticles split "$file" "$work/articles.jsonl" "$clusters"
articles=$(wc -l < "$work/articles.jsonl")
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/rss" "$java" -jar "$root/app/target/chorus.jar" digest "$work/articles.jsonl" \
  --format json --out "$work/digest.json" 2> "$work/stderr" || true
end=$(date +%s.%N)
awk -v a="$articles" -v s="$start" -v e="$end" -v rss="$(tail -n 1 "$work/rss")" -v p="$(grep -c . "$work/stderr" || true)" \
  'BEGIN { t = e - s; printf "chorus digest: %d articles in %.1f s = %.0f articles/s, peak RSS %d MiB, %d input problems\n", a, t, a / t, rss / 1024, p }'
"$java" -cp "$root/bench/target/chorus-bench.jar" dev.chorus.bench.MultiNewsArticles score "$work/digest.json"

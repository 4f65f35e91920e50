#!/usr/bin/env bash
# Refits the summariser's model (core/src/main/resources/dev/chorus/summarise/summary-model.tsv) on Multi-News
# training clusters; see dev.chorus.bench.TrainSummaryModel for what is fitted on which clusters.
# Usage: bench/train-summary-model.sh [TRAIN.jsonl.gz]   (default ../shared/bench/multinews/multinews-train.jsonl.gz)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
file="${1:-$root/../shared/bench/multinews/multinews-train.jsonl.gz}"
[ -f "$file" ] || { echo "bench: $file not found" >&2; exit 2; }
. "$root/scripts/jdk.sh"
chorus_find_jdk
(cd "$root" && ./mvnw -B -q -DskipTests package)
"$JAVA_HOME/bin/java" -cp "$root/bench/target/chorus-bench.jar" dev.chorus.bench.TrainSummaryModel "$file" \
  "$root/core/src/main/resources/dev/chorus/summarise/summary-model.tsv"

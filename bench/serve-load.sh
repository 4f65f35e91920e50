#!/usr/bin/env bash
# Load on `chorus serve`: starts the server on a free port of 127.0.0.1 over a store (--data DIR) or over a
# digest of files made at start (--from PATH...), waits until it answers, runs dev.chorus.bench.ServeLoad
# against it (story list, story page, story JSON, search at 1, 8 and 64 concurrent clients: p50/p99 latency,
# requests/s, errors), then stops it. Client and server share the machine.
# Usage: bench/serve-load.sh (--data DIR | --from PATH... [--no-embeddings]) [--cache-mb 0] [-- SERVELOAD-OPTIONS]
#   (options before -- go to chorus serve; --cache-mb 0 renders every request instead of keeping answers)
#   e.g. bench/serve-load.sh --from ../shared/bench/multinews/multinews-val-1000.jsonl.gz --no-embeddings -- --seconds 10
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
serve_args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do serve_args+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#serve_args[@]} -gt 0 ] || { echo "usage: bench/serve-load.sh (--data DIR | --from PATH...) [-- --seconds N --clients 1,8,64]" >&2; exit 2; }
. "$root/scripts/jdk.sh"
chorus_find_jdk
(cd "$root" && ./mvnw -B -q -DskipTests package)
java="$JAVA_HOME/bin/java"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
log="$(mktemp)"
"$java" -Xmx2g -XX:+UseParallelGC -jar "$root/app/target/chorus.jar" serve --port "$port" "${serve_args[@]}" 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
echo "bench: starting chorus serve ${serve_args[*]} on port $port" >&2
start=$(date +%s)
until curl -fs "http://127.0.0.1:$port/api/v1/stories?limit=1" >/dev/null 2>&1; do
  if ! kill -0 "$server" 2>/dev/null; then echo "bench: chorus serve stopped:" >&2; cat "$log" >&2; exit 2; fi
  sleep 1
done
echo "bench: server ready after $(( $(date +%s) - start )) s; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$java" -cp "$root/bench/target/chorus-bench.jar" dev.chorus.bench.ServeLoad "http://127.0.0.1:$port/" "$@"

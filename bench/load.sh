#!/usr/bin/env bash
# Load test of the exchange's cached read endpoints with wrk (Debian package) from a second
# process on loopback, and a stress test through the API against the same run on the CLI.
#   bench/load.sh            (CRITMIN_BIN=path/to/release/critmin to skip the build)
#   LOAD_SECONDS=15 LOAD_CONNECTIONS=32
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup
command -v wrk >/dev/null || { echo "load: wrk is missing (apt-get install wrk)" >&2; exit 1; }
target="${CARGO_TARGET_DIR:-target}"
if [[ -z ${CRITMIN_BIN:-} ]]; then
    cargo build --release -p critmin-cli --quiet
    CRITMIN_BIN="$target/release/critmin"
fi
work="$(mktemp -d)"
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
db="$work/exchange.db"
token="$("$CRITMIN_BIN" admin --db "$db" bootstrap load-coordinator | grep -o 'cmx_[0-9a-f]*')"
"$CRITMIN_BIN" serve --db "$db" --addr 127.0.0.1:0 >"$work/serve.out" 2>/dev/null &
pid=$!
for _ in $(seq 100); do grep -q 'listening on' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
url="$(grep -o 'http://[0-9.:]*' "$work/serve.out")"
secs="${LOAD_SECONDS:-15}"
conns="${LOAD_CONNECTIONS:-32}"
echo "load: $url, wrk 1 thread, $conns connections, ${secs}s per endpoint, $(nproc) cores shared by server and wrk"
for path in "/api/risk?mineral=cobalt&importer=Japan&year=2022" "/api/minerals/rare%20earths/overview" "/api/countries/JPN" "/api/minerals"; do
    curl -sf -H "Authorization: Bearer $token" "$url$path" >/dev/null # fills the cache
    out="$(wrk -t1 -c"$conns" -d"${secs}s" --latency -H "Authorization: Bearer $token" "$url$path")"
    rps="$(awk '/Requests\/sec/{print $2}' <<<"$out")"
    p99="$(awk '$1=="99%"{print $2}' <<<"$out")"
    errors="$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)"
    printf 'load: GET %-50s %10s req/s  p99 %8s  %s\n' "$path" "$rps" "$p99" "$errors"
done

# A stress test: the API (one request, no Monte Carlo) against the CLI (same scenario, JSON out).
n=20
scen=rare-earth-ban-g7plus
t0=$(date +%s%N)
for _ in $(seq $n); do
    curl -sf -H "Authorization: Bearer $token" -H 'content-type: application/json' \
        -d "{\"scenario\":\"$scen\"}" "$url/api/stress" >/dev/null
done
t1=$(date +%s%N)
for _ in $(seq $n); do
    "$CRITMIN_BIN" stress "scenarios/$scen.toml" --format json >/dev/null
done
t2=$(date +%s%N)
api_ms=$(((t1 - t0) / n / 1000000))
cli_ms=$(((t2 - t1) / n / 1000000))
echo "load: stress $scen: API ${api_ms} ms per run (HTTP + audit write), CLI ${cli_ms} ms per run (process start + data load + run); mean of $n"

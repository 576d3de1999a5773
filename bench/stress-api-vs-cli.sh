#!/usr/bin/env bash
# The same stress test, in one run, through the CLI and through the running server's API (both
# release builds): `critmin stress scenarios/<scenario>.toml --format json` against
# `POST /api/stress {"scenario": "<scenario>"}` with curl. Prints the median and mean wall time
# of each, and the difference. The CLI's time includes process start and loading the dataset,
# which a running server has done once; `cargo bench -p critmin-server` (stress_through_*)
# compares the run itself, handler against library.
#   bench/stress-api-vs-cli.sh              (CRITMIN_BIN=path/to/release/critmin to skip the build)
#   RUNS=20 SCENARIO=rare-earth-ban-g7plus
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-20}"
scenario="${SCENARIO:-rare-earth-ban-g7plus}"
source bench/exchange.sh
trap exchange_stop EXIT

# Milliseconds of each of $runs runs of a command, one a line.
times_ms() {
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null
        t1=$(date +%s%N)
        echo $(((t1 - t0) / 1000))
    done | awk '{ printf "%.1f\n", $1 / 1000 }'
}
summary() { sort -n | awk '{ v[NR] = $1; s += $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f %.1f\n", m, s / NR }'; }

api() {
    curl -sf -H "Authorization: Bearer $token" -H 'content-type: application/json' \
        -d "{\"scenario\":\"$scenario\"}" "$url/api/stress"
}
cli() { "$CRITMIN_BIN" stress "scenarios/$scenario.toml" --format json; }

api >/dev/null && cli >/dev/null # warm both (page cache, the server's first request)
read -r api_median api_mean < <(times_ms api | summary)
read -r cli_median cli_mean < <(times_ms cli | summary)
echo "stress $scenario, $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg):"
echo "  API (curl: HTTP + run + JSON + audited write): median ${api_median} ms, mean ${api_mean} ms"
echo "  CLI (process start + data load + run + JSON):  median ${cli_median} ms, mean ${cli_mean} ms"
awk -v a="$api_median" -v c="$cli_median" 'BEGIN { printf "  API - CLI (medians): %+.1f ms\n", a - c }'

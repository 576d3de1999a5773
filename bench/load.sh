#!/usr/bin/env bash
# Load test of the exchange's cached read endpoints with wrk (Debian package, installed here if
# missing) from a second process on loopback, against a release build; then the stress test
# through the API against the CLI (bench/stress-api-vs-cli.sh, same binary).
#   bench/load.sh            (CRITMIN_BIN=path/to/release/critmin to skip the build)
#   LOAD_SECONDS=15 LOAD_CONNECTIONS=32 LOAD_THREADS=1
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
    echo "load: installing wrk from Debian" >&2
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
source bench/exchange.sh
trap exchange_stop EXIT
secs="${LOAD_SECONDS:-15}"
conns="${LOAD_CONNECTIONS:-32}"
threads="${LOAD_THREADS:-1}"
echo "load: $url, wrk $threads thread(s), $conns connections, ${secs}s per endpoint, $(nproc) cores shared by server and wrk, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for path in "/api/risk?mineral=cobalt&importer=Japan&year=2022" "/api/minerals/rare%20earths/overview" "/api/countries/JPN" "/api/minerals"; do
    curl -sf -H "Authorization: Bearer $token" "$url$path" >/dev/null # fills the cache
    out="$(wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -H "Authorization: Bearer $token" "$url$path")"
    rps="$(awk '/Requests\/sec/{print $2}' <<<"$out")"
    p99="$(awk '$1=="99%"{print $2}' <<<"$out")"
    errors="$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)"
    printf 'load: GET %-50s %10s req/s  p99 %8s  %s\n' "$path" "$rps" "$p99" "$errors"
done
exchange_stop
trap - EXIT
CRITMIN_BIN="$CRITMIN_BIN" bench/stress-api-vs-cli.sh

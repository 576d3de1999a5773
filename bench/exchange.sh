# Sourced by bench/load.sh and bench/stress-api-vs-cli.sh: a release `critmin` (built unless
# CRITMIN_BIN names one), a fresh exchange database with a coordinator's token, and the server
# started on a free loopback port. Sets CRITMIN_BIN, token, url, server_pid and work; the caller's
# EXIT trap must call exchange_stop.

target="${CARGO_TARGET_DIR:-target}"
if [[ -z ${CRITMIN_BIN:-} ]]; then
    source scripts/setup
    cargo build --release -p critmin-cli --quiet
    CRITMIN_BIN="$target/release/critmin"
fi
work="$(mktemp -d)"
exchange_stop() {
    if [[ -n ${server_pid:-} ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=
    fi
    rm -rf "$work"
}
token="$("$CRITMIN_BIN" admin --db "$work/exchange.db" bootstrap bench-coordinator | grep -o 'cmx_[0-9a-f]*')"
"$CRITMIN_BIN" serve --db "$work/exchange.db" --addr 127.0.0.1:0 >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
for _ in $(seq 100); do grep -q 'listening on' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
url="$(grep -o 'http://[0-9.:]*' "$work/serve.out")" || {
    echo "bench: the server did not start: $(cat "$work/serve.err")" >&2
    exit 1
}

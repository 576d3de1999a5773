"""Runs the reference tool geopolrisk-py 2.0.1 through its public API and writes its rows as CSV.

Used by bench/compare.sh. Usage:
    python peer_run.py OUT.csv YEARS IMPORTERS [MATERIALS]
YEARS and IMPORTERS are comma-separated, MATERIALS ';'-separated; IMPORTERS are the peer's own
country names (its Country_ISO table, e.g. "USA", "Japan", "Rep. of Korea") or "EU"; MATERIALS
default to the peer's own list (every material with an HS code). One gprs_calc call computes
everything; because the peer drops every later combination after an error inside its loop, each
material it dropped is then retried in a call of its own. A combination still missing is reported
by compare.py.
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



def calc(materials):
    got = []
    result = gprs_calc(years, importers, materials)
    for _, r in result.iterrows():
        name = r["Country [Economic Entity]"]
        code = "" if name == "EU" else int(cvtcountry(name, type="ISO"))
        got.append([
            r["Raw Material"], name, code, int(r["Year"]), repr(float(r["HHI"])),
            repr(float(r["Import Risk"])), repr(float(r["GeoPolRisk Score"])),
            repr(float(r["GeoPolRisk Characterization Factor [eq. Kg-Cu/Kg]"])), repr(float(r["Price"])),
        ])
    return got


rows = calc(materials)
t_first = time.time()
expected = len(importers) * len(years)
counts = {m: sum(1 for r in rows if r[0] == m) for m in materials}
retried = [m for m in materials if counts[m] < expected]
for material in retried:
    rows = [r for r in rows if r[0] != material] + calc([material])
t_done = time.time()

with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["material", "importer_name", "importer_code", "year", "hhi", "import_risk", "score", "cf", "price"])
    w.writerows(rows)
print(f"peer: load {t_loaded - t_start:.1f} s, one batch call {t_first - t_loaded:.1f} s, "
      f"retries of {len(retried)} dropped materials {t_done - t_first:.1f} s; {len(rows)} rows of "
      f"{len(materials) * expected} requested", file=sys.stderr)

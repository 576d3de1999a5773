"""Writes data/regions.csv (iso3, continent, un_region) from the country_converter wheel.

The regions are the UN Statistics Division's M49 classification as tabulated by
country_converter 1.3.2 (https://github.com/IndEcol/country_converter, GPL-3.0; the
classification itself is UN data). critmin uses them only for default lead times between
partners in `critmin respond` (docs/respond.md).

Run: python3 xtask/regions.py   (downloads the wheel with pip into a temporary folder)
"""
import csv, hashlib, io, subprocess, sys, tempfile, zipfile, pathlib

WHEEL = "country_converter-1.3.2-py3-none-any.whl"
PINNED = "50ef52b71daaf14220d2ba9a4eef1c335146793a051376de58e8a581fa448120"

root = pathlib.Path(__file__).resolve().parent.parent
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "pip", "download", "country-converter==1.3.2", "--no-deps",
                    "-q", "-d", tmp], check=True)
    wheel = pathlib.Path(tmp) / WHEEL
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if PINNED != "PINNED_SHA" and digest != PINNED:
        sys.exit(f"{WHEEL}: sha256 {digest}, expected {PINNED}")
    with zipfile.ZipFile(wheel) as z:
        text = z.read("country_converter/country_data.tsv").decode("utf-8")
rows = []
for r in csv.DictReader(io.StringIO(text), delimiter="\t"):
    if r["ISO3"] and r["continent"]:
        rows.append((r["ISO3"], r["continent"], r["UNregion"]))
rows.sort()
out = root / "data" / "regions.csv"
tmp_out = out.with_suffix(".csv.tmp")
with open(tmp_out, "w", newline="", encoding="utf-8") as f:
    f.write(f"# UN M49 continents and regions, from {WHEEL} (sha256 {digest}); see xtask/regions.py\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["iso3", "continent", "un_region"])
    w.writerows(rows)
tmp_out.replace(out)
print(f"wrote {out} ({len(rows)} countries), wheel sha256 {digest}")

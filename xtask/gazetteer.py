#!/usr/bin/env python3
"""Build critmin-watch's multilingual gazetteer (crates/critmin-watch/data/gazetteer.tsv).

Called by `cargo xtask gazetteer`, which installs the inputs first; it can also be run by hand:

    python3 xtask/gazetteer.py --cldr DIR --iso-codes DIR --locale DIR --simplemma-python PY --out DIR

Inputs (all maintained, openly licensed data):
  * CLDR locale names (npm `cldr-localenames-full`): territory names and their short/variant forms
    in the 12 languages (`main/<lang>/territories.json`). Unicode licence.
  * Debian `iso-codes`: `json/iso_3166-1.json` (alpha-2 -> alpha-3, English names) and the gettext
    translations `<locale>/<lang>/LC_MESSAGES/iso_3166-1.mo`. LGPL-2.1.
  * simplemma (PyPI): its per-language dictionaries map inflected forms to lemmas; inverted, they
    give the inflected forms of each single-word name (country names from the two sources above and
    the curated names in `curated.tsv`). MIT.
  * `crates/critmin-watch/data/curated.tsv`: hand-curated adjectives, short forms, blocs, minerals.

Output: `gazetteer.tsv` with lines `lang<TAB>form<TAB>kind<TAB>id<TAB>source`, sorted, where kind is
country/bloc/mineral/stop, source is c (CLDR), i (iso-codes), s (simplemma inflection of an entry),
h (curated), r (case ending by rule, see rule_inflections, for ro/sl/bg where simplemma lacks forms). `PROVENANCE.md` records versions and SHA-256 of every input file.
Rules: only forms of 2+ characters (Chinese element names excepted); an inflected form is kept only if it shares its first three
characters with the lemma (simplemma maps some unrelated words to a lemma; this drops them).
"""

import argparse
import gettext
import hashlib
import json
import os
import subprocess
import sys

LANGS = ["en", "de", "fr", "es", "it", "ro", "bg", "sl", "uk", "ru", "ja", "zh"]
# gettext locale folder per language for iso-codes
ISO_LOCALE = {"zh": "zh_CN"}
# CLDR regions that are not countries (or are handled as blocs in curated.tsv)
SKIP_REGIONS = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"}
SIMPLEMMA_LANGS = ["en", "de", "fr", "es", "it", "ro", "bg", "sl", "uk", "ru"]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def rule_inflections(lang, form):
    """Case endings by rule for Romanian, Slovenian and Bulgarian single words."""
    out = []
    low = form[-1]
    if lang == "ro":
        if form.endswith("ia") or form.endswith("ea"):
            out += [form[:-1] + "ei"]  # Japonia -> Japoniei, Coreea -> Coreei
        elif form.endswith("a") or form.endswith("ă"):
            out += [form[:-1] + "ei", form[:-1] + "a"]  # China -> Chinei, bauxită -> bauxita
        elif form.endswith("u"):
            out += [form + "l", form + "lui"]  # litiu -> litiul, litiului
        elif low.isalpha() and low not in "aeiouăâî":
            out += [form + "ul", form + "ului"]  # grafit -> grafitul, Kazahstan -> Kazahstanului
    elif lang == "sl":
        if form.endswith("ij"):
            out += [form + e for e in ("a", "u", "em", "i", "ev", "ih")]  # litij -> litija
        elif form.endswith("ja"):
            out += [form[:-1] + e for e in ("e", "i", "o")]  # Bolivija -> Bolivije
        elif form.endswith("a"):
            out += [form[:-1] + e for e in ("e", "i", "o")]  # Kanada -> Kanade
        elif form.endswith("o"):
            out += [form[:-1] + e for e in ("a", "u", "om")]  # Kongo -> Konga
        elif form.endswith("ski") or form.endswith("ški"):
            out += [form[:-1] + e for e in ("a", "o", "e", "ega", "emu", "em", "ih", "im", "imi")]
        elif low.isalpha() and low not in "aeiou":
            out += [form + e for e in ("a", "u", "om", "i", "e", "ov", "ih")]  # grafit -> grafita
    elif lang == "bg":
        if form.endswith("ски"):
            out += [form + "я", form + "ят", form[:-1] + "а", form[:-1] + "ата", form[:-1] + "о", form[:-1] + "ото",
                    form + "те"]
        elif form.endswith("ия"):
            out += [form[:-1] + "та"]  # Германия -> Германията (rare)
        elif low.isalpha() and low not in "аеиоуъюя" and form[0].islower():
            out += [form + "а", form + "ът", form + "и", form + "ите"]  # графит -> графита, графитът
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cldr", required=True, help="node_modules/cldr-localenames-full")
    ap.add_argument("--iso-codes", required=True, help="/usr/share/iso-codes")
    ap.add_argument("--locale", required=True, help="/usr/share/locale")
    ap.add_argument("--simplemma-python", required=True, help="a python with simplemma installed")
    ap.add_argument("--out", required=True, help="crates/critmin-watch/data")
    ap.add_argument("--iso-codes-version", default="unknown")
    a = ap.parse_args()

    inputs = []  # (label, path) for PROVENANCE.md
    iso_json = os.path.join(a.iso_codes, "json", "iso_3166-1.json")
    inputs.append(("iso-codes json/iso_3166-1.json", iso_json))
    countries = json.load(open(iso_json, encoding="utf-8"))["3166-1"]
    a2_to_a3 = {c["alpha_2"]: c["alpha_3"] for c in countries}

    rows = set()  # (lang, form, kind, id, source)

    def add(lang, form, kind, ident, source):
        form = " ".join(form.split())
        if len(form) < 2 and not (kind == "mineral" and lang == "zh"):
            return  # single characters only for Chinese element names (锂, 钴, ...)
        rows.add((lang, form, kind, ident, source))
        if lang == "ru" and "ё" in form:
            rows.add((lang, form.replace("ё", "е"), kind, ident, source))

    # CLDR territory names (+ alt-short / alt-variant forms)
    cldr_version = json.load(open(os.path.join(a.cldr, "package.json"), encoding="utf-8"))["version"]
    for lang in LANGS:
        path = os.path.join(a.cldr, "main", lang, "territories.json")
        inputs.append((f"CLDR main/{lang}/territories.json", path))
        terr = json.load(open(path, encoding="utf-8"))["main"][lang]["localeDisplayNames"]["territories"]
        for key, name in terr.items():
            code = key.split("-")[0]
            if code in SKIP_REGIONS or code not in a2_to_a3:
                continue
            add(lang, name, "country", a2_to_a3[code], "c")

    # iso-codes names and their gettext translations
    for lang in LANGS:
        loc = ISO_LOCALE.get(lang, lang)
        mo = os.path.join(a.locale, loc, "LC_MESSAGES", "iso_3166-1.mo")
        tr = None
        if lang != "en":
            if not os.path.exists(mo):
                print(f"warning: no iso-codes translation for {lang} ({mo})", file=sys.stderr)
                continue
            inputs.append((f"iso-codes {loc}/iso_3166-1.mo", mo))
            tr = gettext.GNUTranslations(open(mo, "rb"))
        for c in countries:
            for field in ("name", "common_name", "official_name"):
                if field not in c:
                    continue
                text = c[field] if tr is None else tr.gettext(c[field])
                if lang != "en" and text == c[field]:
                    continue  # untranslated
                if "," in text:
                    continue  # "Korea, Republic of": inverted order, not running text
                add(lang, text, "country", c["alpha_3"], "i")

    # curated
    curated_path = os.path.join(a.out, "curated.tsv")
    inputs.append(("crates/critmin-watch/data/curated.tsv", curated_path))
    for n, line in enumerate(open(curated_path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            sys.exit(f"{curated_path}:{n}: expected 4 tab-separated columns lang/form/kind/id, got {len(parts)}")
        lang, form, kind, ident = parts
        if kind not in ("country", "bloc", "mineral", "stop"):
            sys.exit(f"{curated_path}:{n}: unknown kind '{kind}'")
        if lang != "*" and lang not in LANGS:
            sys.exit(f"{curated_path}:{n}: unknown language '{lang}'")
        add(lang, form, kind, ident, "h")

    # simplemma inflections of single-word names
    lemmas = {}
    for (lang, form, kind, ident, _src) in rows:
        if lang in SIMPLEMMA_LANGS and " " not in form and not form.isupper() and kind != "stop":
            lemmas.setdefault(lang, set()).add((form, kind, ident))
    req = {lang: sorted(list(x) for x in v) for lang, v in lemmas.items()}
    script = r"""
import json, sys
from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk as load
req = json.load(sys.stdin)
out = []
for lang, entries in req.items():
    want = {}
    for form, kind, ident in entries:
        for key in {form, form.lower()}:
            want.setdefault(key, []).append((form, kind, ident))
    d = load(lang)
    for k, v in d.items():
        v = v.decode("utf-8")
        if v in want:
            k = k.decode("utf-8")
            for form, kind, ident in want[v]:
                out.append((lang, k, form, kind, ident))
json.dump(out, sys.stdout)
"""
    res = subprocess.run([a.simplemma_python, "-c", script], input=json.dumps(req), capture_output=True,
                         text=True, check=True)
    for lang, infl, lemma, kind, ident in json.loads(res.stdout):
        if infl.lower()[:3] != lemma.lower()[:3]:
            continue
        if lemma[0].isupper() and infl[0].islower():
            infl = infl[0].upper() + infl[1:]
        add(lang, infl, kind, ident, "s")
    sm_version = subprocess.run([a.simplemma_python, "-c", "import simplemma; print(simplemma.__version__)"],
                                capture_output=True, text=True, check=True).stdout.strip()
    sm_dir = subprocess.run([a.simplemma_python, "-c",
                             "import simplemma, os; print(os.path.dirname(simplemma.__file__))"],
                            capture_output=True, text=True, check=True).stdout.strip()
    for lang in SIMPLEMMA_LANGS:
        inputs.append((f"simplemma data/{lang}.plzma",
                       os.path.join(sm_dir, "strategies", "dictionaries", "data", f"{lang}.plzma")))

    # rule-based case endings where simplemma has no entry (Romanian articles and genitives,
    # Slovenian cases, Bulgarian definite adjectives): generated here, so the matcher never needs
    # prefix matching
    for (lang, form, kind, ident, src) in list(rows):
        if kind == "stop" or " " in form or src == "s" or form.isupper() or len(form) < 4:
            continue
        for infl in rule_inflections(lang, form):
            add(lang, infl, kind, ident, "r")

    # one row per (lang, form, kind, id): keep the first source in the order h, c, i, s; where a
    # curated row names a form, generated rows of the same kind with other ids are dropped ("Congo")
    order = {"h": 0, "c": 1, "i": 2, "s": 3, "r": 4}
    curated_keys = {r[:3] for r in rows if r[4] == "h"}
    rows = {r for r in rows if r[4] == "h" or r[:3] not in curated_keys}
    best = {}
    for r in rows:
        key = r[:4]
        if key not in best or order[r[4]] < order[best[key][4]]:
            best[key] = r
    out_path = os.path.join(a.out, "gazetteer.tsv")
    with open(out_path + ".tmp", "w", encoding="utf-8") as f:
        f.write("# critmin-watch gazetteer, generated by `cargo xtask gazetteer` (xtask/gazetteer.py); do not edit:\n")
        f.write("# edit curated.tsv and rebuild. Columns: lang form kind id source (c=CLDR, i=iso-codes,\n")
        f.write("# s=simplemma inflection, h=curated). Sources and licences: LICENSES.md, PROVENANCE.md.\n")
        for r in sorted(best.values()):
            f.write("\t".join(r) + "\n")
    os.replace(out_path + ".tmp", out_path)

    prov = os.path.join(a.out, "PROVENANCE.md")
    with open(prov + ".tmp", "w", encoding="utf-8") as f:
        f.write("# Provenance of gazetteer.tsv\n\n")
        f.write("Generated by `cargo xtask gazetteer` (xtask/gazetteer.py). Versions:\n\n")
        f.write(f"- CLDR `cldr-localenames-full` {cldr_version} (npm)\n")
        f.write(f"- Debian `iso-codes` {a.iso_codes_version}\n")
        f.write(f"- `simplemma` {sm_version} (PyPI)\n\n")
        counts = {}
        for r in best.values():
            counts[r[4]] = counts.get(r[4], 0) + 1
        f.write(f"Rows: {len(best)} ({', '.join(f'{k}={v}' for k, v in sorted(counts.items()))}).\n\n")
        f.write("| input | sha256 |\n|---|---|\n")
        for label, path in inputs:
            f.write(f"| {label} | `{sha256(path)}` |\n")
    os.replace(prov + ".tmp", prov)
    print(f"wrote {out_path} ({len(best)} rows) and {prov}")


if __name__ == "__main__":
    main()

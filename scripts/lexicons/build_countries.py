"""Build countries.tsv and country-names.tsv.

countries.tsv: every ISO 3166-1 entry from pycountry, plus Kosovo (XKX, user-assigned).
  cameo = alpha3, except Kosovo = KSV (the code UniversalPetrarch's Arabic and the
  PETRARCH dictionaries use).  PSE is used by CAMEO/PETRARCH for Palestine.
country-names.tsv: CLDR Arabic territory names (babel) + curated variants and nisbas
  from data/country_curated.txt.
Run with a Python that has babel and pycountry (e.g. /tmp/lexvenv/bin/python).
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import write_tsv, read_blocks, norm, clean, DATA
import pycountry
from babel import Locale

CAMEO_EXCEPTIONS = {"XKX": "KSV"}

# The short English names the news (and the gold) use where pycountry gives a formal or inverted
# one ("Russian Federation", "Palestine, State of", "Türkiye").
SHORT_NAMES = {
    "RUS": "Russia", "PSE": "Palestine", "TUR": "Turkey", "COD": "DR Congo", "BRN": "Brunei",
    "FSM": "Micronesia", "VAT": "Vatican City", "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands", "BES": "Caribbean Netherlands", "SHN": "Saint Helena",
}

def build_countries():
    rows = []
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        source = "pycountry"
        if c.alpha_3 in SHORT_NAMES:
            name, source = SHORT_NAMES[c.alpha_3], "pycountry;name_en=curated short name"
        rows.append((c.alpha_3, c.alpha_2, name, CAMEO_EXCEPTIONS.get(c.alpha_3, c.alpha_3), source))
    rows.append(("XKX", "XK", "Kosovo", "KSV", "curated"))
    rows.sort()
    write_tsv("countries.tsv", ["alpha3", "alpha2", "name_en", "cameo", "source"], rows,
              comments=["ISO 3166-1 countries and territories (pycountry) with CAMEO country codes.",
                        "cameo = alpha3 except Kosovo (XKX, user-assigned ISO code; CAMEO KSV as in UniversalPetrarch/PETRARCH).",
                        "Built by scripts/lexicons/build_countries.py"])
    return {r[0]: r for r in rows}

def with_al(nisba):
    words = nisba.split()
    if words[0] == "جنوب":           # الجنوب أفريقي، الجنوب سوداني
        return "ال" + nisba
    return " ".join("ال" + w for w in words)

def oblique(pl):
    words = pl.split()
    if all(w.endswith("ون") for w in words):
        return " ".join(w[:-2] + "ين" for w in words)
    return None

def build_names(countries):
    terr = Locale("ar").territories
    a2_to_a3 = {r[1]: r[0] for r in countries.values()}
    rows = []
    # 1. CLDR names
    for a2, a3 in sorted(a2_to_a3.items(), key=lambda x: x[1]):
        n = terr.get(a2)
        if n:
            rows.append((clean(n), a3, "name", "CLDR"))
            # CLDR parenthesised / dashed forms: also give the plain short form as a curated variant
            if "(" in n:
                rows.append((clean(n.split("(")[0]), a3, "variant", "CLDR"))
    # 2. curated
    for f in read_blocks(os.path.join(DATA, "country_curated.txt")):
        a3, variants, nm, nf, pls = (f + [""] * 5)[:5]
        assert a3 in countries, a3
        for v in filter(None, (x.strip() for x in variants.split(","))):
            rows.append((clean(v), a3, "variant", "curated"))
        if nm:
            rows.append((with_al(nm), a3, "nisba_m", "curated"))
            rows.append((nm, a3, "nisba_m", "curated"))
        if nf:
            rows.append((with_al(nf), a3, "nisba_f", "curated"))
            rows.append((nf, a3, "nisba_f", "curated"))
        for pl in filter(None, (x.strip() for x in pls.split(","))):
            for p in (pl, oblique(pl)):
                if p:
                    rows.append((with_al(p), a3, "nisba_pl", "curated"))
                    rows.append((p, a3, "nisba_pl", "curated"))
    # dedupe on (normalized surface, alpha3); the first (name > variant > nisba) wins
    seen, out = set(), []
    for r in rows:
        k = (norm(r[0]), r[1])
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    write_tsv("country-names.tsv", ["surface", "alpha3", "form", "source"], out,
              comments=["Arabic country names (CLDR via babel), curated spelling variants and nisbas.",
                        "Matching is on normalized text (diacritics stripped, أإآ→ا, ى→ي, ة→ه); rows are unique on that key per alpha3.",
                        "Built by scripts/lexicons/build_countries.py"])
    return out

if __name__ == "__main__":
    c = build_countries()
    n = build_names(c)
    print("countries", len(c), "names", len(n))

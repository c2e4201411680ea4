"""Check the Marsad lexicon files: well-formed TSV, no duplicate (surface, id) rows,
every alpha3 known to countries.tsv, allowed enum values, counts; then write manifest.tsv.

Usage: python3 scripts/lexicons/check_lexicons.py [--manifest]
"""
import os, sys, hashlib, re
sys.path.insert(0, os.path.dirname(__file__))
from common import RES, norm

SPEC = {
    "countries.tsv": (["alpha3", "alpha2", "name_en", "cameo", "source"], None),
    "country-names.tsv": (["surface", "alpha3", "form", "source"], ("surface", "alpha3")),
    "places.tsv": (["surface", "name_en", "alpha3", "kind", "source"], ("surface", "name_en", "alpha3")),
    "organizations.tsv": (["surface", "name_en", "alpha3", "cameo", "kind", "source"], ("surface", "name_en")),
    "outlets.tsv": (["surface", "name_en", "kind", "source"], ("surface", "name_en")),
    "actors.tsv": (["name_en", "alpha3", "cameo", "surfaces", "offices", "source"], ("name_en",)),
    "titles.tsv": (["surface", "title_en", "agent", "source"], ("surface",)),
}
ENUMS = {
    ("country-names.tsv", "form"): {"name", "variant", "nisba_m", "nisba_f", "nisba_pl", "nisba_dual"},
    ("places.tsv", "kind"): {"capital", "city", "region", "site"},
    ("organizations.tsv", "kind"): {"igo", "government", "military", "armed_group", "party", "ngo", "agency", "company"},
    ("outlets.tsv", "kind"): {"agency", "outlet"},
}
MANIFEST = {  # file: (license, origin)
    "countries.tsv": ("ISO 3166 via pycountry (LGPL-2.1 package, data public)", "pycountry; Kosovo curated"),
    "country-names.tsv": ("Unicode-3.0 (CLDR) + project", "CLDR via babel; curated variants and nisbas"),
    "places.tsv": ("Unicode-3.0 (CLDR) + MIT (UniversalPetrarch) + project", "CLDR exemplar cities; UniversalPetrarch-ar; curated"),
    "organizations.tsv": ("MIT (PETRARCH/UniversalPetrarch codes) + project", "curated surfaces; CAMEO codes from petrarch2 Phoenix.International.actors.txt / UniversalPetrarch-ar"),
    "outlets.tsv": ("project", "curated"),
    "actors.tsv": ("MIT (UniversalPetrarch) + project", "curated; UniversalPetrarch-ar actor_dict_ar_v4 code/date ranges merged"),
    "titles.tsv": ("MIT (UniversalPetrarch) + project", "curated surfaces; agent codes from UniversalPetrarch-ar agents.all.ar_v3"),
}
VERSION = "1"

def read(name):
    header, rows = None, []
    with open(os.path.join(RES, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            assert line.endswith("\n"), f"{name}:{i}: no final newline"
            line = line[:-1]
            if header is None and line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            assert len(cells) == len(header), f"{name}:{i}: {len(cells)} cells, want {len(header)}"
            assert all(c == c.strip() and c for c in cells), f"{name}:{i}: empty or padded cell"
            rows.append(dict(zip(header, cells)))
    return header, rows

def main():
    errors = []
    _, countries = read("countries.tsv")
    a3 = {r["alpha3"] for r in countries}
    counts = {}
    for name, (cols, key) in SPEC.items():
        header, rows = read(name)
        if header != cols:
            errors.append(f"{name}: header {header} != {cols}")
            continue
        counts[name] = len(rows)
        if key:
            seen = set()
            for r in rows:
                k = tuple(norm(r[c]) if c == "surface" else r[c] for c in key)
                if k in seen:
                    errors.append(f"{name}: duplicate {k}")
                seen.add(k)
        for r in rows:
            if "alpha3" in r and r["alpha3"] != "-" and r["alpha3"] not in a3:
                errors.append(f"{name}: unknown alpha3 {r['alpha3']}")
            for (fn, col), allowed in ENUMS.items():
                if fn == name and r[col] not in allowed:
                    errors.append(f"{name}: bad {col} {r[col]}")
            for col in ("surface", "surfaces"):
                if col in r and re.search(r"[A-Za-z]", r[col]) and name not in ("outlets.tsv",):
                    errors.append(f"{name}: Latin letters in {col}: {r[col]}")
        if name == "actors.tsv":
            for r in rows:
                for o in r["offices"].split(";") if r["offices"] != "-" else []:
                    if not re.fullmatch(r"[^@;|]+@[A-Z]+:(\d{8})?-?(\d{8})?", o):
                        errors.append(f"actors.tsv: bad office {o!r} ({r['name_en']})")
    extra = {
        "distinct place surfaces": len({norm(r["surface"]) for r in read("places.tsv")[1]}),
        "actors": counts.get("actors.tsv", 0),
        "UN members with a nisba_m": len({r["alpha3"] for r in read("country-names.tsv")[1] if r["form"] == "nisba_m"}),
    }
    for k, v in list(counts.items()) + list(extra.items()):
        print(f"{k}\t{v}")
    if extra["distinct place surfaces"] < 500:
        errors.append("places: fewer than 500 distinct surfaces")
    if errors:
        print("\n".join(errors[:50]))
        print(f"0 passed, {len(errors)} failed")
        sys.exit(1)
    if "--manifest" in sys.argv:
        lines = ["file\tversion\tlicense\torigin\tsha256"]
        for name in SPEC:
            h = hashlib.sha256(open(os.path.join(RES, name), "rb").read()).hexdigest()
            lic, origin = MANIFEST[name]
            lines.append("\t".join([name, VERSION, lic, origin, h]))
        open(os.path.join(RES, "manifest.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(f"{len(SPEC)} passed, 0 failed")

if __name__ == "__main__":
    main()

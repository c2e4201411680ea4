"""Build actors.tsv from data/actors_curated.txt, merging UniversalPetrarch-ar person entries.

For each curated actor, every UniversalPetrarch-ar entry whose normalized surface equals one
of the actor's surfaces AND whose codes carry the actor's country (or IGO for IGO actors) is
merged: its dated codes become offices `UP@<code>:<start>-<end>` and the row's source
becomes `curated+UniversalPetrarch-ar`.  A curated row may also name UniversalPetrarch-ar entries
explicitly in a sixth field (`up=lemma, lemma`, the lemma as up_parse.surface prints it): used
where the UP lemma is a lemmatized or garbled spelling (e.g. `إيهود اولمر`) that is not itself a
surface written in news, so it is linked without becoming a surface.  An entry links only if one
of its codes is of the actor's country (or IGO, for actors with an IGO code or IGO office); of a
linked entry, codes of the actor's country and IGO codes are kept, codes of other countries are
dropped (UP entries carry stray codes such as INTGOV or PRKGOV on a South Korean).

Names with عبد are written both spaced and joined in news (عبد الفتاح السيسي / عبدالفتاح السيسي,
about 60/40 in the 2018 ANT corpus); for every surface with a spaced عبد the joined form is added.  UP date ranges are sanitized: ranges whose end precedes
their start (copy-over errors in the source) keep only the start; start years outside
1900-2030 and the filler range 19700101-19700101 are dropped; 18000101 (open) is written empty.
"""
import os, sys, re
sys.path.insert(0, os.path.dirname(__file__))
from common import write_tsv, read_blocks, norm, clean, DATA, RES
from up_parse import entries, surface

def sane(a, b):
    ok = lambda d: bool(re.fullmatch(r"(19|20)\d{6}", d)) and "1900" <= d[:4] <= "2030"
    if a == "19700101" and b in ("19700101", ""):
        return None
    a = a if ok(a) else ""
    b = "" if b == "18000101" else (b if ok(b) else "")
    if a and b and b < a:
        b = ""
    if not a and not b:
        return ""
    return f"{a}-{b}"

def main():
    a3s = {l.split("\t")[0] for l in open(os.path.join(RES, "countries.tsv"), encoding="utf-8") if not l.startswith("#")}
    up = {}
    for n, codes in entries():
        up.setdefault(norm(surface(n)), []).append(codes)
    rows, seen_names = [], set()
    for f in read_blocks(os.path.join(DATA, "actors_curated.txt")):
        name, a3, cameo, surfaces, offices, links = (f + [""] * 6)[:6]
        assert a3 in a3s or a3 == "-", (name, a3)
        assert name not in seen_names, name
        seen_names.add(name)
        surf = []
        for s in (x.strip() for x in surfaces.split(",")):
            if s and norm(s) not in {norm(x) for x in surf}:
                assert not re.search("[A-Za-z]", s), (name, s)
                surf.append(clean(s))
        for s in list(surf):
            j = re.sub(r"(?:(?<=^)|(?<= ))عبد (?=\S)", "عبد", s)
            if j != s and norm(j) not in {norm(x) for x in surf}:
                surf.append(j)
        lasts = {s.split()[-1] for s in surf if len(s.split()) > 1}
        assert all(len(s.split()) >= 2 or s not in lasts for s in surf), (name, surf)   # never a bare surname (nicknames allowed)
        offs = [o.strip() for o in offices.split(";") if o.strip()]
        for o in offs:
            assert re.fullmatch(r"[^@;|]+@[A-Z]+:(\d{8})?-?(\d{8})?", o), (name, o)
        src = "curated"
        up_offs = []
        assert not links or links.startswith("up="), (name, links)
        linked = [norm(x) for x in links[3:].split(",") if x.strip()]
        for x in linked:
            assert x in up, (name, "no UniversalPetrarch-ar entry", x)
        igo = cameo.startswith("IGO") or "@IGO" in offices
        own = lambda c: c.startswith(a3) or (igo and c.startswith("IGO")) or (c.startswith("IMG") and cameo.startswith("IMG"))
        for s in [norm(x) for x in surf] + linked:
            for codes in up.get(s, []):
                if not any(own(c) for c, _, _ in codes):
                    continue
                src = "curated+UniversalPetrarch-ar"
                for c, a, b in codes:
                    r = sane(a, b)
                    if r is None or not re.fullmatch(r"[A-Z]{3,}", c or "") or not (own(c) or c.startswith("IGO")):
                        continue
                    o = f"UP@{c}:{r}"
                    if o not in up_offs:
                        up_offs.append(o)
        rows.append((name, a3, cameo, "|".join(surf), ";".join(offs + up_offs) or "-", src))
    write_tsv("actors.tsv", ["name_en", "alpha3", "cameo", "surfaces", "offices", "source"], rows,
              comments=["Curated actor dictionary (people). surfaces: '|'-separated Arabic spellings (bare surnames are derived in code).",
                        "offices: ';'-separated title_en@CODE:START-END; 'UP@CODE:...' entries are UniversalPetrarch-ar code/date ranges (sanitized).",
                        "Built by scripts/lexicons/build_actors.py"])
    print("actors", len(rows), "with UP", sum(r[5] != "curated" for r in rows))

if __name__ == "__main__":
    main()

"""Build organizations.tsv, outlets.tsv and titles.tsv from the curated data files.

organizations: data/organizations.txt -- one organization a line with all its Arabic surfaces.
  `source` is 'curated' (the Arabic surface) plus the provenance of the CAMEO code:
  'curated;cameo=petrarch2-en' (Phoenix.International.actors.txt), 'curated;cameo=UniversalPetrarch-ar',
  'curated;cameo=cameo-scheme' (country + CAMEO role code), or 'curated' when cameo is '-'.
outlets: data/outlets.txt.
titles: data/titles.txt; the agent code is credited to UniversalPetrarch-ar when the lemma
  given in the data file exists in agents.all.ar_v3.txt with that agent code (checked here).
"""
import os, sys, re
sys.path.insert(0, os.path.dirname(__file__))
from common import write_tsv, read_blocks, norm, clean, DATA

AGENTS = "/work/shared/lexicons/universalpetrarch-ar/agents.all.ar_v3.txt"
ORG_KINDS = {"igo", "government", "military", "armed_group", "party", "ngo", "agency", "company"}

def dedupe(rows, key):
    seen, out = set(), []
    for r in rows:
        k = key(r)
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out

def organizations(alpha3s):
    rows = []
    for name_en, a3, cameo, kind, prov, surfaces in read_blocks(os.path.join(DATA, "organizations.txt")):
        assert kind in ORG_KINDS, kind
        assert a3 == "-" or a3 in alpha3s, a3
        src = "curated" if cameo == "-" or prov == "-" else "curated;cameo=" + prov
        for s in (x.strip() for x in surfaces.split(",")):
            if s:
                rows.append((clean(s), name_en, a3, cameo, kind, src))
    rows = dedupe(rows, lambda r: (norm(r[0]), r[1]))
    write_tsv("organizations.tsv", ["surface", "name_en", "alpha3", "cameo", "kind", "source"], rows,
              comments=["Organizations: IGOs, government bodies, armed groups, parties, NGOs, news agencies.",
                        "source: 'curated' for the Arabic surface; ';cameo=X' says where the CAMEO code comes from",
                        "(petrarch2-en = Phoenix.International.actors.txt; cameo-scheme = country code + CAMEO role code).",
                        "Built by scripts/lexicons/build_misc.py"])
    return rows

def outlets():
    rows = []
    for name_en, kind, surfaces in read_blocks(os.path.join(DATA, "outlets.txt")):
        assert kind in ("agency", "outlet")
        for s in (x.strip() for x in surfaces.split(",")):
            if s:
                rows.append((clean(s), name_en, kind, "curated"))
    rows = dedupe(rows, lambda r: (norm(r[0]), r[1]))
    write_tsv("outlets.tsv", ["surface", "name_en", "kind", "source"], rows,
              comments=["News agencies and outlets with their abbreviations, for dateline/byline parsing.",
                        "Built by scripts/lexicons/build_misc.py"])
    return rows

def agent_lemmas():
    m = {}
    for line in open(AGENTS, encoding="utf-8"):
        mm = re.match(r"^(\S+)\s*\[~([A-Z]+)", line)
        if mm:
            m.setdefault(mm.group(1), set()).add(mm.group(2))
    return m

def titles():
    lem = agent_lemmas()
    rows = []
    for s, t, agent, lemma in (r + [""] * (4 - len(r)) for r in read_blocks(os.path.join(DATA, "titles.txt"))):
        if lemma:
            assert agent in lem.get(lemma, set()), (s, lemma, agent, lem.get(lemma))
            src = "UniversalPetrarch-ar"
        else:
            src = "curated"
        rows.append((clean(s), t, agent, src))
    rows = dedupe(rows, lambda r: norm(r[0]))
    write_tsv("titles.tsv", ["surface", "title_en", "agent", "source"], rows,
              comments=["Role titles for title+name patterns. agent = CAMEO agent code ('-' when it depends on the organization named after it).",
                        "source UniversalPetrarch-ar = the agent code is the one agents.all.ar_v3.txt gives the lemmatized title.",
                        "Built by scripts/lexicons/build_misc.py"])
    return rows

if __name__ == "__main__":
    import csv
    from common import RES
    a3 = {l.split("\t")[0] for l in open(os.path.join(RES, "countries.tsv"), encoding="utf-8") if not l.startswith("#")}
    print("organizations", len(organizations(a3)), "outlets", len(outlets()), "titles", len(titles()))

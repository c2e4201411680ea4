"""Parse UniversalPetrarch's Arabic actor dictionary (actor_dict_ar_v4.txt).

Yields (surface_lemma, [(code, start, end)]) entries.  Lines are either
`NAME  [CODE]` or `NAME` followed by indented `[CODE START-END]` / `[CODE >START]`
lines.  Dates are returned as 8-digit strings or '' ; 18000101 is kept raw.
"""
import re, sys

SRC = "/work/shared/lexicons/universalpetrarch-ar/actor_dict_ar_v4.txt"
CODE_RE = re.compile(r"\[\s*([A-Z?~]*)\s*(.*?)\]")

def parse_dates(s):
    s = s.strip().replace(" ", "")
    if not s:
        return "", ""
    if s.startswith(">"):
        return s[1:], ""
    if s.startswith("<"):
        return "", s[1:]
    if "-" in s:
        a, b = s.split("-", 1)
        return a, b
    return s, ""

def entries(path=SRC):
    cur = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line[0] in "\t" or (line.startswith(" ") and line.strip().startswith("[")):
                m = CODE_RE.search(line)
                if m and cur is not None:
                    a, b = parse_dates(m.group(2))
                    cur[1].append((m.group(1), a, b))
                continue
            if cur is not None:
                yield cur
            body = line.split("#", 1)[0].strip()
            m = CODE_RE.search(body)
            if m:
                name = body[:m.start()].strip()
                a, b = parse_dates(m.group(2))
                cur = (name, [(m.group(1), a, b)])
            else:
                cur = (body.lstrip("+").strip(), [])
    if cur is not None:
        yield cur

def surface(lemma):
    return " ".join(p for p in lemma.replace("_", " ").split())

if __name__ == "__main__":
    for name, codes in entries():
        print(surface(name), codes, sep="\t")

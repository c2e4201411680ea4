"""Build places.tsv from CLDR exemplar cities (babel time-zone cities), curated capitals
(data/capitals.txt) and curated cities/regions/sites (data/places_curated.txt).

A curated row whose normalized surface (or surface without the article) appears in
UniversalPetrarch's Arabic actor dictionary with the same country code is credited to
UniversalPetrarch-ar.  CLDR exemplar cities are filtered: Antarctic stations, time-zone
"cities" that are really country names, US county towns and a short list of exemplar
spellings that collide with common Arabic words are left out.
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import write_tsv, read_blocks, norm, clean, DATA, RES
from up_parse import entries, surface
from babel import Locale
from babel.dates import get_timezone_location
from babel.core import get_global
import pycountry

# CLDR exemplar spellings that are common words or misleading in Arabic text
CLDR_DROP = {"ترك", "سمراء", "نوم", "سنتر", "واك", "كانتون", "جوني", "برثا", "سول",
             "مجادن", "أشوا", "سايووا", "باناب", "كوسرا", "ثيل", "بلم", "غودثاب",
             "كيشينج", "لومبباشا", "ميدواي", "هوفد", "دارون", "حي الأمير السفلي",
             "جوجو", "سالطا", "تاكمان", "كورال هاربر", "وينكتون", "أروجوانيا", "ايرونبي",
             "نوروناه", "باو فيستا", "كومبو جراند", "كيابا", "ماشيو", "جلاس باي", "جوس باي",
             "سوفت كارنت", "داوسان", "اكويلت", "برسيبان", "ايدمونتون", "ياكتسك", "ايركيتسك",
             "مكويلون", "بيولا، داكوتا الشمالية", "مدينة تل، إنديانا", "ماك موردو",
             "كالينجراد", "فولوجراد", "يكاترنبيرج", "فلاديفوستك", "نوفوسبيرسك", "سكالين"}

# exemplar "cities" that are territories/islands named like the territory: dropped
CLDR_DROP_EN = {"St. Kitts", "St. Lucia", "St. Vincent", "Antigua", "Martinique", "Montserrat",
                "Cayman", "Faroes", "South Georgia", "Réunion", "Maldives", "Malta",
                "Wallis & Futuna", "Oral", "Canaries", "Comoros", "Cape Verde", "Isle of Man"}
# exemplar entries that are islands/regions rather than cities
CLDR_REGION_EN = {"Azores", "Kamchatka", "Bahia", "Chagos Archipelago", "Christmas Island",
                  "Cocos Islands", "Kerguelen Islands", "Easter Island", "Galápagos Islands",
                  "Marquesas Islands", "Norfolk Island", "Pitcairn Islands", "Tahiti", "Guadalcanal",
                  "Bougainville", "Chatham Islands", "Lord Howe Island", "Macquarie Island", "Efate",
                  "Gambier", "Tongatapu", "Rarotonga", "Kwajalein Atoll", "Madeira"}

def country_names():
    terr = Locale("ar").territories
    return {norm(v) for k, v in terr.items() if len(k) == 2}

def up_places():
    iso = {c.alpha_3 for c in pycountry.countries} | {"KSV"}
    s = set()
    for n, codes in entries():
        cs = {c for c, a, b in codes}
        if len(cs) == 1:
            c = cs.pop()
            if c in iso:
                s.add((norm(surface(n)), "XKX" if c == "KSV" else c))
    return s

def cldr_cities():
    zt = get_global("zone_territories")
    out = []
    for tz, terr in sorted(zt.items()):
        if "/" not in tz or tz.startswith("Etc/"):
            continue
        c = pycountry.countries.get(alpha_2=terr)
        if not c or c.alpha_3 == "ATA":
            continue
        ar = get_timezone_location(tz, locale="ar", return_city=True)
        en = get_timezone_location(tz, locale="en", return_city=True)
        if "," in en or "(" in ar or "Station" in en:
            continue
        out.append((clean(ar), en, c.alpha_3, tz))
    return out

def main():
    cn = country_names()
    up = up_places()
    def src_for(s, a3):
        k = norm(s)
        k2 = norm(s[2:]) if s.startswith("ال") else None
        return "UniversalPetrarch-ar" if (k, a3) in up or (k2 and (k2, a3) in up) else "curated"
    rows = []
    cldr = [r for r in cldr_cities() if norm(r[0]) not in cn and r[0] not in CLDR_DROP and r[1] not in CLDR_DROP_EN]
    cldr_keys = {(norm(a), a3) for a, e, a3, tz in cldr}
    capital_en = {}
    for a3, en, forms in read_blocks(os.path.join(DATA, "capitals.txt")):
        capital_en[a3] = en
        for s in (x.strip() for x in forms.split(",")):
            src = "CLDR" if (norm(s), a3) in cldr_keys else src_for(s, a3)
            rows.append((clean(s), en, a3, "capital", src))
    curated = read_blocks(os.path.join(DATA, "places_curated.txt"))
    disputed_surfaces = {norm(r[0]) for r in curated if r[2] == "-"}
    for s, en, a3, kind in curated:
        assert kind in ("city", "region", "site"), kind
        rows.append((clean(s), en, a3, kind, src_for(s, a3) if a3 != "-" else "curated"))
    for ar, en, a3, tz in cldr:
        if norm(ar) in disputed_surfaces:
            continue
        kind = "capital" if capital_en.get(a3) == en else ("region" if en in CLDR_REGION_EN else "city")
        rows.append((ar, en, a3, kind, "CLDR"))
    seen, out = set(), []
    for r in rows:
        k = (norm(r[0]), r[2])
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    write_tsv("places.tsv", ["surface", "name_en", "alpha3", "kind", "source"], out,
              comments=["Capitals, cities, regions and sites. alpha3 '-' = no single country: sovereignty disputed (e.g. Nagorno-Karabakh, Crimea, Golan, Jerusalem), or supranational (continents, seas, Middle East).",
                        "Same surface may map to several places (e.g. طرابلس: Tripoli LBY capital and Tripoli LBN city); the caller disambiguates by context.",
                        "Built by scripts/lexicons/build_places.py"])
    print("places", len(out), "distinct surfaces", len({norm(r[0]) for r in out}))

if __name__ == "__main__":
    main()

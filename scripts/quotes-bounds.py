#!/usr/bin/env python3
"""Indirect quotes whose span is found but bounded wrong: predicted indirect quotes that overlap a gold
indirect quote and fail score.py's overlap / union >= 0.5 test ("fail"), and matched pairs whose ends
differ by more than five words ("loose"). Articles of the held-out fifth (i % 5 == 0 by id) are left out.

  scripts/quotes-bounds.py GOLD.jsonl RECORDS.jsonl ARTICLES.jsonl [N] [--all]

Prints the counts by kind (too long / too short at the end, start early / late) and N pairs drawn at random
(seed 25), gold in [[…]], prediction in {{…}}. --all keeps the held-out fifth (for counting, not reading).
"""
import json
import random
import sys


def ov(a, b):
    i = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    u = max(a[1], b[1]) - min(a[0], b[0])
    return i / u if u else 0.0


def best_unused(q, pq, used):
    """The prediction not yet used that overlaps gold quote q most: (overlap, index or None)."""
    best, bi = 0, None
    for i, p in enumerate(pq):
        if i in used:
            continue
        o = ov((q["start"], q["end"]), (p["start"], p["end"]))
        if o > best:
            best, bi = o, i
    return best, bi


def words(t):
    return len(t.split())


args = [a for a in sys.argv[1:] if not a.startswith("--")]
keep_all = "--all" in sys.argv
gold = {d["id"]: d for d in (json.loads(l) for l in open(args[0]))}
pred = {d["id"]: d for d in (json.loads(l) for l in open(args[1]))}
arts = {d["id"]: d["text"] for d in (json.loads(l) for l in open(args[2]))}
n = int(args[3]) if len(args) > 3 else 0
held = {gid for i, gid in enumerate(sorted(gold)) if i % 5 == 0}
pairs = []
for gid, g in gold.items():
    if gid in held and not keep_all:
        continue
    t = arts[gid]
    gq = [q for q in g["quotes"] if q["kind"] == "indirect"]
    pq = [q for q in pred.get(gid, {}).get("quotes", []) if q["kind"] == "indirect"]
    # score.py's greedy match first, then the overlapping leftovers.
    used, match = set(), {}
    for gi, q in enumerate(gq):
        best, bi = best_unused(q, pq, used)
        if bi is not None and best >= 0.5:
            used.add(bi)
            match[gi] = bi
    for gi, q in enumerate(gq):
        if gi in match:
            p = pq[match[gi]]
            de = words(t[min(q["end"], p["end"]):max(q["end"], p["end"])])
            ds = words(t[min(q["start"], p["start"]):max(q["start"], p["start"])])
            if de > 5 or ds > 5:
                pairs.append(("loose", gid, q, p))
            continue
        best, bi = best_unused(q, pq, used)
        if bi is not None and best > 0:
            pairs.append(("fail", gid, q, pq[bi]))


def kind(gid, q, p):
    t = arts[gid]
    out = []
    de = words(t[min(q["end"], p["end"]):max(q["end"], p["end"])])
    ds = words(t[min(q["start"], p["start"]):max(q["start"], p["start"])])
    if p["end"] > q["end"] and de > 0:
        out.append("long")
    elif p["end"] < q["end"] and de > 0:
        out.append("short")
    if p["start"] < q["start"] and ds > 0:
        out.append("start-early")
    elif p["start"] > q["start"] and ds > 0:
        out.append("start-late")
    return "+".join(out) or "same-words"


from collections import Counter
c = Counter((k, kind(gid, q, p)) for k, gid, q, p in pairs)
print("pairs:", len(pairs), "fail:", sum(1 for x in pairs if x[0] == "fail"), "loose:", sum(1 for x in pairs if x[0] == "loose"))
for k, v in sorted(c.items(), key=lambda x: -x[1]):
    print(f"  {k[0]:5} {k[1]:22} {v}")
random.seed(25)
for k, gid, q, p in random.sample(pairs, min(n, len(pairs))):
    t = arts[gid]
    a, b = min(q["start"], p["start"]), max(q["end"], p["end"])
    marks = sorted([(q["start"], "[["), (q["end"], "]]"), (p["start"], "{{"), (p["end"], "}}")], key=lambda x: (x[0], x[1] in ("]]", "}}") and 0 or 1))
    s, last = "", max(0, a - 120)
    for pos, m in marks:
        s += t[last:pos] + m
        last = pos
    s += t[last:min(len(t), b + 80)]
    print(f"\n--- {k} {kind(gid, q, p)} {gid} g{q['start']} p{p['start']}-{p['end']} cue={(p.get('cue') or {}).get('text')}")
    print(s.replace("\n", " / "))

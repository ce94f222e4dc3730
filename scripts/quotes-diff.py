#!/usr/bin/env python3
"""What a change did: the gold quotes one run matched and the other did not, and the speakers that changed.

  scripts/quotes-diff.py GOLD.jsonl BEFORE.jsonl AFTER.jsonl direct|indirect [N]

BEFORE and AFTER are `sayso extract --format jsonl` records of the same articles. Gold quotes are matched
as score.py matches them (the unused prediction of the kind that overlaps most, overlap / union >= 0.5;
predicted non-indirect quotes of fewer than 4 words are not scored). Prints LOST and GAINED gold quotes
(with the predictions near a lost one) and, for quotes with the same span in both runs, speakers whose
text changed; at most N of each (default 20), and the counts.
"""
import json
import sys


def overlap(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def read(path):
    return {d["id"]: d for d in (json.loads(l) for l in open(path, encoding="utf-8") if l.strip())}


def matched(gold, pred, kind):
    """{(id, gold start): (gold quote, predicted quote)} for the gold quotes of kind a run matched."""
    out = {}
    for gid, g in gold.items():
        gq = [q for q in g["quotes"] if q["kind"] == kind]
        pq = [q for q in pred.get(gid, {}).get("quotes", []) if (q["kind"] != "indirect") == (kind == "direct")]
        if kind == "direct":
            pq = [q for q in pq if len(q["text"].split()) >= 4]
        used = set()
        for q in gq:
            best, bi = 0.0, None
            for i, p in enumerate(pq):
                if i in used:
                    continue
                o = overlap((q["start"], q["end"]), (p["start"], p["end"]))
                if o > best:
                    best, bi = o, i
            if bi is not None and best >= 0.5:
                used.add(bi)
                out[gid, q["start"]] = (q, pq[bi])
    return out


def main():
    gold, before, after = read(sys.argv[1]), read(sys.argv[2]), read(sys.argv[3])
    kind = sys.argv[4]
    n = int(sys.argv[5]) if len(sys.argv) > 5 else 20
    a, b = matched(gold, before, kind), matched(gold, after, kind)
    lost = [k for k in a if k not in b]
    gained = [k for k in b if k not in a]
    for k in lost[:n]:
        q, p = a[k]
        print("LOST", k[0], k[1], "| gold:", q["text"][:100], "| had:", p["text"][:100])
        for x in after.get(k[0], {}).get("quotes", []):
            if abs(x["start"] - q["start"]) < 300:
                print("   now:", x["kind"], x["text"][:100], "|", (x.get("speaker") or {}).get("text"), x.get("confidence"))
    for k in gained[:n]:
        q, p = b[k]
        print("GAINED", k[0], k[1], "| gold:", q["text"][:100], "| pred:", p["text"][:100])
    changed = 0
    for gid, d in after.items():
        old = {(q["start"], q["end"]): q for q in before.get(gid, {}).get("quotes", [])}
        for q in d["quotes"]:
            o = old.get((q["start"], q["end"]))
            if o is None:
                continue
            sa, sb = (o.get("speaker") or {}), (q.get("speaker") or {})
            if sa.get("text") != sb.get("text") or sa.get("name") != sb.get("name"):
                changed += 1
                if changed <= n:
                    print("SPEAKER", gid, q["start"], "|", sa.get("text"), "/", sa.get("name"), "=>", sb.get("text"), "/", sb.get("name"))
    print("lost %d, gained %d, speakers changed %d" % (len(lost), len(gained), changed))


if __name__ == "__main__":
    main()

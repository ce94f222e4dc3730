#!/usr/bin/env python3
"""Every matched direct quote whose speaker the scorer counts wrong, in context (train only: it prints text).

  scripts/quotes-speaker-errors.py GOLD.jsonl RECORDS.jsonl ARTICLES.jsonl

Quotes are matched as score.py matches them, and a speaker is right by score.py's speaker_ok (spans that
overlap, or names one of whose word sets holds the other). In the context, [[…]] marks the quote, {{…}}
the gold speaker and <<…>> the predicted one. RECORDS are `sayso extract --format jsonl` output.
"""
import importlib.util
import json
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get("SAYSO_SHARED") or os.path.join(root, "..", "shared")
if not os.path.isdir(shared):
    shared = "/work/shared"
spec = importlib.util.spec_from_file_location("score", os.path.join(shared, "eval", "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def read(path):
    return {d["id"]: d for d in (json.loads(l) for l in open(path, encoding="utf-8") if l.strip())}


def main():
    gold, pred = read(sys.argv[1]), read(sys.argv[2])
    texts = {k: d["text"] for k, d in read(sys.argv[3]).items()}
    n = 0
    for gid in sorted(gold):
        t = texts[gid]
        gq = [q for q in gold[gid]["quotes"] if q["kind"] == "direct"]
        pq = [q for q in pred.get(gid, {}).get("quotes", []) if q["kind"] != "indirect" and len(q["text"].split()) >= 4]
        used = set()
        for q in gq:
            best, bi = 0.0, None
            for i, p in enumerate(pq):
                if i not in used:
                    o = score.overlap((q["start"], q["end"]), (p["start"], p["end"]))
                    if o > best:
                        best, bi = o, i
            if bi is None or best < 0.5:
                continue
            used.add(bi)
            p = pq[bi]
            if not q.get("speaker") or score.speaker_ok(q["speaker"], p.get("speaker")):
                continue
            n += 1
            gs, ps = q["speaker"], p.get("speaker") or {}
            marks = [(q["start"], "[["), (q["end"], "]]"), (gs["start"], "{{"), (gs["end"], "}}")]
            if ps.get("start") is not None:
                marks += [(ps["start"], "<<"), (ps["end"], ">>")]
            lo = max(0, min(m[0] for m in marks) - 120)
            hi = min(len(t), max(m[0] for m in marks) + 80)
            s = t[lo:hi]
            for pos, m in sorted(marks, reverse=True):
                s = s[:pos - lo] + m + s[pos - lo:]
            print("-----", n, gid, "| gold:", gs.get("text"), "| pred:", ps.get("text"), "| form:", ps.get("form"))
            print(s.replace("\n", " ⏎ "))
    print(n, "speaker errors")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The predicted quotes within 600 characters of an offset of one article.

  scripts/quotes-near.py RECORDS.jsonl ID OFFSET
"""
import json, sys
pred = {}
for l in open(sys.argv[1]):
    d = json.loads(l); pred[d["id"]] = d
gid, pos = sys.argv[2], int(sys.argv[3])
d = pred[gid]
for q in d["quotes"]:
    if abs(q["start"]-pos) < 600:
        sp = q.get("speaker") or {}
        print(q["kind"], q["start"], q["end"], repr(q["text"][:100]), "| sp:", sp.get("text"), sp.get("start"), "| conf", q["confidence"], "| cue", (q.get("cue") or {}).get("text"))

#!/usr/bin/env python3
"""Misses or false alarms of the quote stage, with context, matched the way score.py matches.

  scripts/quotes-errors.py GOLD.jsonl RECORDS.jsonl ARTICLES.jsonl direct|indirect fn|fp N

Prints the number of misses (fn) or false alarms (fp) of one kind and N of them, drawn at random (seed 1),
with 150 characters either side; [[…]] marks the quote. RECORDS are `sayso extract --format jsonl` output.

Options (after the six arguments): --seed S draws with seed S; --four-fifths leaves out the held-out fifth
(every 5th article by id, as scripts/eval-polnear.sh scores it); --clauses keeps only misses of five words
or more that are not the content of a ''…'' or “…” quote nor overlap a predicted direct quote by half
(round 38: `indirect fn 100 --seed 38 --four-fifths --clauses`); --no-apo leaves out quotes opened by a
double apostrophe or two backticks (''…'', ``…'': the NYT feed's quotes, which the gold counts as indirect
speech; round 43: `direct fp 80 --seed 43 --four-fifths --no-apo`).
"""
import json, sys, re, random, collections
gold = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
pred = {}
for l in open(sys.argv[2]):
    d = json.loads(l); pred[d["id"]] = d
arts = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(sys.argv[3])}
kind = sys.argv[4]; what = sys.argv[5]; n = int(sys.argv[6])
opts = sys.argv[7:]
seed = int(opts[opts.index("--seed") + 1]) if "--seed" in opts else 1
held = set()
if "--four-fifths" in opts:
    held = {x for i, x in enumerate(sorted(gold)) if i % 5 == 0}
clauses = "--clauses" in opts
no_apo = "--no-apo" in opts
def apo_quote(t, s):
    pre = t[max(0, s-3):s].rstrip()
    return pre.endswith("''") or pre.endswith("``")
def quoted_content(t, s, e):
    x = t[s:e]; pre = t[max(0, s-3):s].strip(); post = t[e:e+3].strip()
    return pre.endswith("'") or pre.endswith("``") or post.startswith("''") or x.startswith("'") or x.rstrip(".,").endswith("''") or x[:1] in "“\"" or t[s-1:s] in "“\""
def ov(a,b):
    i=max(0,min(a[1],b[1])-max(a[0],b[0])); u=max(a[1],b[1])-min(a[0],b[0]); return i/u if u else 0
out=[]
for gid,g in gold.items():
    if gid in held: continue
    t = arts[gid]
    gq=[q for q in g["quotes"] if q["kind"]==kind]
    pq=[q for q in pred.get(gid,{}).get("quotes",[]) if (q["kind"]!="indirect")==(kind=="direct")]
    if kind=="direct": pq=[q for q in pq if len(q["text"].split())>=4]
    used=set(); matched=set()
    for gi,q in enumerate(gq):
        best,bi=0,None
        for i,p in enumerate(pq):
            if i in used: continue
            o=ov((q["start"],q["end"]),(p["start"],p["end"]))
            if o>best: best,bi=o,i
        if bi is not None and best>=0.5: used.add(bi); matched.add(gi)
    if what=="fn":
        for gi,q in enumerate(gq):
            if gi not in matched:
                if no_apo and apo_quote(t, q["start"]):
                    continue
                if clauses and (len(t[q["start"]:q["end"]].split()) < 5 or quoted_content(t, q["start"], q["end"]) or
                        any(ov((q["start"],q["end"]),(p["start"],p["end"])) >= 0.5 for p in pred.get(gid,{}).get("quotes",[]) if p["kind"] != "indirect")):
                    continue
                s=max(0,q["start"]-150); e=min(len(t),q["end"]+150)
                out.append((gid, t[s:q["start"]]+"[["+t[q["start"]:q["end"]]+"]]"+t[q["end"]:e], q.get("speaker")))
    else:
        for i,p in enumerate(pq):
            if i not in used and not (no_apo and apo_quote(t, p["start"])):
                s=max(0,p["start"]-150); e=min(len(t),p["end"]+150)
                out.append((gid, t[s:p["start"]]+"[["+t[p["start"]:p["end"]]+"]]"+t[p["end"]:e], p.get("speaker",{}).get("text") if p.get("speaker") else None))
random.seed(seed); random.shuffle(out)
print(len(out))
for x in out[:n]:
    print("-----", x[0], "| speaker:", x[2]); print(x[1].replace("\n"," ⏎ "))

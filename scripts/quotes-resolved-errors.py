#!/usr/bin/env python3
"""Resolved-speaker errors of the quote stage, matched the way score.py quotes-resolved matches.

  scripts/quotes-resolved-errors.py GOLD-RESOLVED.jsonl RECORDS.jsonl ARTICLES.jsonl counts
  scripts/quotes-resolved-errors.py GOLD-RESOLVED.jsonl RECORDS.jsonl ARTICLES.jsonl show N [CATEGORY]

`counts` prints, for the matched quotes whose gold speaker has a name, how many are resolved right, by
category: the gold mention's form (pronoun, description, name), whether the predicted speaker span
overlaps the gold source, and what went wrong (the pronoun left as written, a wrong person, a
description kept as written for a named person...). It shows no text: use it on dev, where the rules
must not be tuned. `show` prints N wrong ones at random (seed 1) with their context, for train samples.
"""
import json, re, sys, random, collections

PRON = {"he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "who", "we", "i", "you"}
STOP = ("the", "a", "an", "mr", "mrs", "ms", "dr")


def words(s):
    return [w for w in re.findall(r"\w+", (s or "").lower()) if w not in STOP]


def ok(g, p):
    gw = set(words(g.get("name") or g.get("text")))
    pw = set(words(p.get("name") or p.get("text")))
    return bool(gw and pw and (gw <= pw or pw <= gw))


def ov(a, b):
    i = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    u = max(a[1], b[1]) - min(a[0], b[0])
    return i / u if u else 0


def gold_form(sp):
    t = sp["text"].strip()
    if t.lower() in PRON:
        return "pronoun"
    ws = t.split()
    if ws and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "for", "de", "van") for w in ws) and t.lower().split()[0] not in ("the", "a", "an"):
        return "name"
    return "description"


def main():
    gold = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
    pred = {}
    for l in open(sys.argv[2]):
        d = json.loads(l)
        pred[d["id"]] = d
    arts = {}
    for l in open(sys.argv[3]):
        d = json.loads(l)
        arts[d["id"]] = d["text"]
    mode = sys.argv[4]
    cats = collections.Counter()
    right = collections.Counter()
    errs = []
    for g in gold:
        t = arts[g["id"]]
        for kind in ("direct", "indirect"):
            gq = [q for q in g["quotes"] if q["kind"] == kind]
            pq = [q for q in pred.get(g["id"], {}).get("quotes", []) if (q["kind"] != "indirect") == (kind == "direct")]
            if kind == "direct":
                pq = [q for q in pq if len(q["text"].split()) >= 4]
            used = set()
            for q in gq:
                best, bi = 0, None
                for i, p in enumerate(pq):
                    if i in used:
                        continue
                    o = ov((q["start"], q["end"]), (p["start"], p["end"]))
                    if o > best:
                        best, bi = o, i
                if bi is None or best < 0.5:
                    continue
                used.add(bi)
                gs = q.get("speaker")
                if not gs:
                    continue
                ps = pq[bi].get("speaker") or {}
                gf = gold_form(gs)
                span_ok = ps.get("start") is not None and min(gs["end"], ps["end"]) > max(gs["start"], ps["start"])
                good = ok(gs, ps)
                pf = ps.get("form", "none")
                key = (kind, gf, "span-ok" if span_ok else "span-wrong")
                cats[key] += 1
                if good:
                    right[key] += 1
                    continue
                pname = ps.get("name") or ps.get("text") or ""
                if not ps:
                    why = "no speaker"
                elif not span_ok:
                    why = "wrong mention (" + pf + ")"
                elif pname.lower() in PRON:
                    why = "pronoun left as written"
                elif gs.get("name", "").lower() not in t.lower():
                    why = "gold name not in text"
                elif gf == "description" and pname == ps.get("text"):
                    why = "description kept as written"
                elif gf == "description" and words(gs["name"]) == words(gs["text"]):
                    why = "description resolved, gold keeps it"
                else:
                    why = "wrong person"
                cats[key + (why,)] += 1
                errs.append((key + (why,), g["id"], t, q, ps))
    if mode == "counts":
        tot = collections.Counter()
        for k, v in cats.items():
            if len(k) == 3:
                tot[k[0]] += v
        for k in sorted(k for k in cats if len(k) == 3):
            print("%-8s %-11s %-10s %4d right %4d  (%.3f)" % (k + (cats[k], right[k], right[k] / cats[k])))
            for k2 in sorted(k2 for k2 in cats if len(k2) == 4 and k2[:3] == k):
                print("%35s %-36s %4d" % ("", k2[3], cats[k2]))
        return
    n = int(sys.argv[5])
    want = sys.argv[6] if len(sys.argv) > 6 else ""
    errs = [e for e in errs if want in " ".join(e[0])]
    random.seed(1)
    random.shuffle(errs)
    print(len(errs))
    for key, gid, t, q, ps in errs[:n]:
        gs = q["speaker"]
        a = max(0, min(gs["start"], q["start"]) - 600)
        b = min(len(t), max(gs["end"], q["end"]) + 80)
        print("-----", gid, "|", " ".join(key))
        print("gold: %r -> %r | pred: %r -> %r" % (gs["text"], gs.get("name"), ps.get("text"), ps.get("name")))
        print(t[a:b].replace("\n", " ⏎ "))


main()

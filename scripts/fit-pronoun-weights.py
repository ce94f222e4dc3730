#!/usr/bin/env python3
"""Fits the he/she ranker's weights (extractors/quotes/pronoun.go, pronounWeights) on the thirteen
hand-resolved samples of PolNeAR train, and scores them against the hand-set weights with
leave-one-sample-out cross-validation.

  go test ./extractors/quotes -run TestDumpPronounRankings -pronoun-dump /tmp/rankings.jsonl
  scripts/fit-pronoun-weights.py /tmp/rankings.jsonl extractors/quotes/testdata/train-resolved*.tsv \
      [--model softmax|perceptron] [--init zero|hand] [--extra NAME,NAME] [--l2 X] [--show N]

The dump holds every ranking of a he or she that attributes a quote, each candidate with its features
(pronounFeatures) and its score under the weights it was run with. A ranking is an instance when the
pronoun is a gold speaker mention of a sample (its offsets a row of the TSVs); its right candidates are those whose name names the gold
person (the resolved scorer's rule: the words of one name hold the other's). Instances whose gold is
"?ambiguous", or with no right candidate, are counted and left out. Accuracy is instances whose chosen
candidate is right / instances with a right candidate.

The model is a linear score over the features, fitted by a softmax over each instance's candidates
(L2-regularised, gradient descent) or an averaged ranking perceptron, then scaled so that its largest
weight matches the hand weights' largest and rounded to integers. Ties go to the first candidate, as in
Go. The difference between two weight sets is judged by a two-sided sign test over the instances that one
gets right and the other wrong.

Caveat: the features come from the run with the weights in the dump; a new weight set changes which
narrative pronouns count as mentions after it, which the dump does not see. Re-measure with the weights
in the code (scripts/eval-polnear.sh train).
"""
import argparse, collections, json, math, re, sys

BASE = ["sentences", "paragraphs", "subjSame", "subjNear", "subjMid", "subjFar", "gender", "unnamedNoGender",
        "noEvidence", "prevSpeaker", "prevShared", "possessive", "mentions", "namedInQuote"]
HAND = [-25, -30, 160, 110, 60, 25, 60, -30, -90, 110, 30, -30, 5, -60]  # pronounWeights; load checks them against the dump

# Extra features computed from the dump's raw values (not in the Go table unless adopted).
EXTRA = {
    "sameParagraph": lambda c: int(c["f"][1] == 0),
    "sameSentence": lambda c: int(c["sd"] <= 0),
    "principal": lambda c: int(c["principal"]),
    "spoke": lambda c: int(c["spoke"]),
    "prevAndSubj": lambda c: int(c["f"][9] == 1 and c["subj"] in (0, 1)),
    "farSentences": lambda c: max(0, min(c["sd"], 16) - 8),
}


def words(s):
    return {w for w in re.findall(r"\w+", (s or "").lower()) if w not in ("the", "a", "an", "mr", "mrs", "ms", "dr")}


def names_same(a, b):
    x, y = words(a), words(b)
    return bool(x and y and (x <= y or y <= x))


def load(dump, tsvs, extra):
    names = {}
    for path in tsvs:
        label = path.rsplit("/", 1)[-1]
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            aid, s, e, name = line.rstrip("\n").split("\t")
            names[aid, int(s), int(e)] = (name, label)
    counts = collections.Counter()
    out = []
    for line in open(dump, encoding="utf-8"):
        r = json.loads(line)
        r["cands"] = r["cands"] or []  # a pronoun with no candidate
        for c in r["cands"]:
            if sum(a * b for a, b in zip(HAND, c["f"])) != c["score"]:
                sys.exit(f"{r['id']}: a score the weights in HAND do not give: the dump was run with other weights")
        key = (r["id"], r["start"], r["end"])
        if key not in names:
            counts["not a gold speaker mention"] += 1
            continue
        name, sample = names[key]
        if name == "?ambiguous":
            counts["gold ?ambiguous (left out)"] += 1
            continue
        right = [names_same(name, c["name"]) for c in r["cands"]]
        if not any(right):
            counts["no right candidate (left out)"] += 1
            continue
        xs = [c["f"] + [EXTRA[e](c) for e in extra] for c in r["cands"]]
        out.append({"sample": sample, "x": xs, "right": right, "id": r["id"], "start": r["start"], "gold": name,
                    "names": [c["name"] for c in r["cands"]], "scores": [c["score"] for c in r["cands"]]})
        counts["instances"] += 1
        if len(xs) == 1:
            counts["  of which one candidate only"] += 1
    return out, counts


def choose(w, inst):
    best, bs = -1, None
    for k, x in enumerate(inst["x"]):
        s = sum(a * b for a, b in zip(w, x))
        if bs is None or s > bs:
            best, bs = k, s
    return best


def correct(w, inst):
    return inst["right"][choose(w, inst)]


def fit_softmax(data, dim, l2=0.01, iters=400, lr=0.5):
    w = [0.0] * dim
    live = [d for d in data if len(d["x"]) > 1]
    n = max(len(live), 1)
    for _ in range(iters):
        g = [l2 * wi for wi in w]
        for d in live:
            ss = [sum(a * b for a, b in zip(w, x)) for x in d["x"]]
            m = max(ss)
            es = [math.exp(s - m) for s in ss]
            z = sum(es)
            ps = [e / z for e in es]
            # Target: the right candidates share the mass (their total probability is maximised).
            zr = sum(p for p, r in zip(ps, d["right"]) if r)
            for x, p, r in zip(d["x"], ps, d["right"]):
                q = (p / zr if r else 0.0)
                for j in range(dim):
                    g[j] += (p - q) * x[j] / n
        w = [wi - lr * gi for wi, gi in zip(w, g)]
    return w


def fit_perceptron(data, dim, epochs=20, init=None):
    w = [float(x) for x in init] if init else [0.0] * dim
    acc = [0.0] * dim
    t = 0
    live = [d for d in data if len(d["x"]) > 1]
    for ep in range(epochs):
        for d in live[ep % len(live):] + live[:ep % len(live)]:
            t += 1
            k = choose(w, d)
            if not d["right"][k]:
                good = max((i for i, r in enumerate(d["right"]) if r), key=lambda i: sum(a * b for a, b in zip(w, d["x"][i])))
                for j in range(dim):
                    delta = d["x"][good][j] - d["x"][k][j]
                    w[j] += delta
                    acc[j] += delta * t
    return [wi - ai / t for wi, ai in zip(w, acc)]


def to_int(w, ref):
    """Scales w so that its largest absolute weight equals ref's largest, and rounds."""
    m = max(abs(x) for x in w) or 1
    r = max(abs(x) for x in ref)
    return [int(round(x * r / m)) for x in w]


def sign_test(a_only, b_only):
    n = a_only + b_only
    if n == 0:
        return 1.0
    k = min(a_only, b_only)
    p = sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n
    return min(1.0, 2 * p)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("tsv", nargs="+")
    ap.add_argument("--extra", default="")
    ap.add_argument("--model", default="softmax", choices=["softmax", "perceptron"])
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--init", default="zero", choices=["zero", "hand"], help="the perceptron's starting weights")
    ap.add_argument("--show", type=int, default=0, help="print N instances the two weight sets decide differently")
    a = ap.parse_args()
    extra = [e for e in a.extra.split(",") if e]
    data, counts = load(a.dump, a.tsv, extra)
    dim = len(BASE) + len(extra)
    hand = HAND + [0] * len(extra)
    for k, v in sorted(counts.items()):
        print(f"{k}: {v}")
    fit = (lambda d: fit_softmax(d, dim, a.l2)) if a.model == "softmax" else (
        lambda d: fit_perceptron(d, dim, init=hand if a.init == "hand" else None))
    samples = sorted({d["sample"] for d in data}, key=lambda s: int(re.sub(r"\D", "", s) or 1))
    print(f"\nleave-one-sample-out ({a.model}{', extra ' + ','.join(extra) if extra else ''})")
    print(f"{'sample':24} {'n':>4} {'hand':>6} {'learned':>8}")
    th = tl = tn = 0
    hand_only = learned_only = 0
    for s in samples:
        train = [d for d in data if d["sample"] != s]
        test = [d for d in data if d["sample"] == s]
        w = to_int(fit(train), hand)
        h = sum(correct(hand, d) for d in test)
        l = sum(correct(w, d) for d in test)
        for d in test:
            ch, cl = correct(hand, d), correct(w, d)
            hand_only += ch and not cl
            learned_only += cl and not ch
        th, tl, tn = th + h, tl + l, tn + len(test)
        print(f"{s:24} {len(test):4} {h / len(test):6.3f} {l / len(test):8.3f}")
    print(f"{'pooled':24} {tn:4} {th / tn:6.3f} {tl / tn:8.3f}   ({th} vs {tl} right)")
    print(f"instances only the hand weights get right: {hand_only}; only the learned: {learned_only}; "
          f"two-sided sign test p = {sign_test(hand_only, learned_only):.3f}")
    w = to_int(fit(data), hand)
    print("\nfitted on all thirteen samples (integer, scaled to the hand weights' largest):")
    for name, hv, lv in zip(BASE + extra, hand, w):
        print(f"  {name:16} hand {hv:5d}  learned {lv:5d}")
    print(f"in-sample accuracy: hand {sum(correct(hand, d) for d in data) / len(data):.3f}, "
          f"learned {sum(correct(w, d) for d in data) / len(data):.3f}")
    shown = 0
    for d in data:
        if shown >= a.show:
            break
        ch, cl = choose(hand, d), choose(w, d)
        if d["right"][ch] != d["right"][cl]:
            shown += 1
            print(f"\n{d['id']} @{d['start']} gold {d['gold']!r}: hand → {d['names'][ch]!r} ({'right' if d['right'][ch] else 'wrong'}), "
                  f"learned → {d['names'][cl]!r}")
            for n, x in zip(d["names"], d["x"]):
                print(f"    {n!r:32} {x}")


if __name__ == "__main__":
    main()

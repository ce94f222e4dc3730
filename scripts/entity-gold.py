#!/usr/bin/env python3
"""Turn per-article name lists into entity gold with every occurrence's offsets.

Usage:
  scripts/entity-gold.py NAMES ARTICLES.jsonl > GOLD.jsonl
  scripts/entity-gold.py --review NAMES ARTICLES.jsonl   # every mention in context, for reading

NAMES holds, under a line "== ARTICLE_ID", one rule per line:
  TYPE name                  every occurrence of name (case-sensitive, at word boundaries) is TYPE
  TYPE left [name] right     only where the whole context occurs, the bracketed part is TYPE
  - name, - left [name] right   not an entity there (blocks any name inside it)
TYPE is PER, LOC or ORG; "#" starts a comment line. Context rules are placed first; then plain
names, longest first, where they overlap nothing placed already. A PER mention takes a preceding
honorific (Mr., Mrs., Ms., Miss, Dr.), as the guideline says (docs/entities.md, "Round 6").

ARTICLES.jsonl rows are {"id", "text"}; only articles named in NAMES are written, in NAMES order.
Offsets are Unicode code points, end exclusive (the format of /work/shared/eval/score.py entities).
Output rows: {"id": ID, "entities": [{"type", "start", "end"}, ...]} sorted by start; article text
is never written (PolNeAR has no licence).
"""
import json
import re
import sys

TYPES = {"PER", "LOC", "ORG", "-"}
HONORIFICS = ("Mr. ", "Mrs. ", "Ms. ", "Miss ", "Dr. ")


def parse_names(path):
    """Answer [(article id, [(type, name or (left, name, right))])] in file order."""
    articles = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            articles.append((line[3:].strip(), []))
            continue
        typ, _, rest = line.partition(" ")
        if typ not in TYPES or not rest or not articles:
            sys.exit(f"{path}:{n}: bad line {line!r}")
        m = re.fullmatch(r"(.*)\[(.+)\](.*)", rest)
        articles[-1][1].append((typ, (m.group(1), m.group(2), m.group(3)) if m else rest))
    return articles


def bounded(text, start, end):
    """Report whether text[start:end] stands at word boundaries."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def occurrences(text, s):
    i = text.find(s)
    while i >= 0:
        if bounded(text, i, i + len(s)):
            yield i
        i = text.find(s, i + 1)


def annotate(text, rules, unused=None):
    """Answer the sorted [(start, end, type)] the rules give in text (type "-" dropped).

    Rules that place nothing are appended to unused when it is a list.
    """
    taken = [None] * len(text)
    spans = []

    def place(start, end, typ):
        if any(taken[start:end]):
            return 0
        for k in range(start, end):
            taken[k] = typ
        spans.append((start, end, typ))
        return 1

    contexts = [(t, r) for t, r in rules if isinstance(r, tuple)]
    for typ, (left, name, right) in sorted(contexts, key=lambda r: -len("".join(r[1]))):
        n = 0
        for i in occurrences(text, left + name + right):
            n += place(i + len(left), i + len(left) + len(name), typ)
        if not n and unused is not None:
            unused.append(left + "[" + name + "]" + right)
    plain = [(t, r) for t, r in rules if isinstance(r, str)]
    for typ, name in sorted(plain, key=lambda r: -len(r[1])):
        n = 0
        for i in occurrences(text, name):
            n += place(i, i + len(name), typ)
        if not n and unused is not None:
            unused.append(name)
    out = []
    for start, end, typ in sorted(spans):
        if typ == "-":
            continue
        if typ == "PER":
            for h in HONORIFICS:
                if text[max(0, start - len(h)):start] == h:
                    start -= len(h)
                    break
        out.append((start, end, typ))
    return out


def main():
    args = sys.argv[1:]
    review = "--review" in args
    args = [a for a in args if a != "--review"]
    if len(args) != 2:
        sys.exit(__doc__)
    texts = {}
    for line in open(args[1], encoding="utf-8"):
        row = json.loads(line)
        texts[row["id"]] = row["text"]
    for aid, rules in parse_names(args[0]):
        if aid not in texts:
            sys.exit(f"no article {aid}")
        text = texts[aid]
        unused = []
        spans = annotate(text, rules, unused)
        for name in unused:
            print(f"{aid}: rule {name!r} placed nothing", file=sys.stderr)
        if review:
            print(f"== {aid}")
            for s, e, t in spans:
                ctx = text[max(0, s - 40):s] + "[" + text[s:e] + "]" + text[e:e + 40]
                print(f"{t}\t{s}\t{ctx!r}")
            continue
        ents = [{"type": t, "start": s, "end": e} for s, e, t in spans]
        print(json.dumps({"id": aid, "entities": ents}))


if __name__ == "__main__":
    main()

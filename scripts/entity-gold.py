#!/usr/bin/env python3
"""Turns per-article lists of entity names into entity gold: every occurrence's code point offsets.

  scripts/entity-gold.py ARTICLES.jsonl NAMES > GOLD.jsonl            the gold, one line per listed article
  scripts/entity-gold.py --review ARTICLES.jsonl NAMES                every occurrence in context, to read
                                                                      (stdout only; never commit its output)

ARTICLES.jsonl is {"id", "text"} per line (e.g. /work/shared/data/polnear/dev/articles.jsonl). NAMES is
a tab-separated file written by hand (extractors/entities/testdata/polnear-dev-entities.names): no article
text, only ids, types and the name strings, so the gold can be reviewed without the (unlicensed) articles.

  ID <TAB> PER|LOC|ORG <TAB> STRING              every occurrence of STRING in the article is that entity
  ID <TAB> NOT <TAB> STRING <TAB> N[,N...]       ...except its Nth occurrences (1-based), which are not
  ID <TAB> PER|LOC|ORG <TAB> STRING <TAB> N[,N]  ...or are this other type (the line without N gives the default)
  ID <TAB> NOT <TAB> STRING                      STRING is never an entity: it only blocks shorter names
                                                 inside it ("Trump Organization" is listed ORG; a NOT line
                                                 for "Trump University"-like words keeps "Trump" out)

Matching is exact (case-sensitive) at word boundaries (the characters either side are not letters or
digits), longest string first, and a position already covered by a longer match is never matched again:
no overlaps, no nesting. Occurrence numbers count the matches the string keeps after that. The output is
{"id", "entities": [{"type", "start", "end"}]} sorted by start, the format score.py entities reads.
A listed string that is never found, or an occurrence number past the end, is an error: the lists stay exact.
"""
import collections, json, sys

TYPES = {"PER", "LOC", "ORG"}


def read_names(path):
    """{id: {string: (default type or None, {occurrence: type or None})}} in file order."""
    arts = collections.OrderedDict()
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) not in (3, 4) or (f[1] not in TYPES and f[1] != "NOT") or not f[2]:
            sys.exit("%s:%d: want ID, TYPE, STRING[, N]: %r" % (path, no, line))
        aid, typ, s = f[0], (None if f[1] == "NOT" else f[1]), f[2]
        default, occ = arts.setdefault(aid, collections.OrderedDict()).get(s, ("unset", {}))
        if len(f) == 3:
            if default != "unset":
                sys.exit("%s:%d: %r listed twice for %s" % (path, no, s, aid))
            default = typ
        else:
            for n in f[3].split(","):
                occ[int(n)] = typ
        arts[aid][s] = (default, occ)
    for aid, names in arts.items():
        for s, (default, occ) in names.items():
            if default == "unset":
                sys.exit("%s: %r in %s has occurrence lines but no default line" % (path, s, aid))
    return arts


def is_word(c):
    return c.isalnum()


def find(text, s):
    """Start offsets of s in text at word boundaries."""
    out, i = [], text.find(s)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(s)] if i + len(s) < len(text) else " "
        if not (is_word(s[0]) and is_word(before)) and not (is_word(s[-1]) and is_word(after)):
            out.append(i)
        i = text.find(s, i + 1)
    return out


def annotate(aid, text, names):
    """[(start, end, type, string, occurrence)] for one article, sorted by start (type None = not an entity)."""
    taken = [False] * len(text)
    spans = []
    for s in sorted(names, key=lambda s: (-len(s), s)):
        default, occ = names[s]
        n = 0
        for i in find(text, s):
            if any(taken[i:i + len(s)]):
                continue
            for k in range(i, i + len(s)):
                taken[k] = True
            n += 1
            spans.append((i, i + len(s), occ.get(n, default), s, n))
        if n == 0:
            sys.exit("%s: %r not found (or always inside a longer listed string)" % (aid, s))
        if occ and max(occ) > n:
            sys.exit("%s: %r has %d occurrences, not %d" % (aid, s, n, max(occ)))
    return sorted(spans)


def main():
    args = sys.argv[1:]
    review = args[:1] == ["--review"]
    if review:
        args = args[1:]
    if len(args) != 2:
        sys.exit(__doc__)
    texts = {}
    for line in open(args[0], encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            texts[a["id"]] = a["text"]
    names = read_names(args[1])
    for aid in sorted(names):
        if aid not in texts:
            sys.exit("%s: no such article" % aid)
        spans = annotate(aid, texts[aid], names[aid])
        if review:
            text = texts[aid]
            print("== " + aid)
            for s, e, typ, name, n in spans:
                left = text[max(0, s - 60):s].replace("\n", " ")
                right = text[e:e + 40].replace("\n", " ")
                print("%6d %-3s %-28s #%-2d %60s[[%s]]%s" % (s, typ or "-", name[:28], n, left, text[s:e], right))
            continue
        ents = [{"type": t, "start": s, "end": e} for s, e, t, _, _ in spans if t]
        sys.stdout.write(json.dumps({"id": aid, "entities": ents}) + "\n")


if __name__ == "__main__":
    main()

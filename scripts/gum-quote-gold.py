#!/usr/bin/env python3
"""Builds a GUM quote gold (news, interviews or biographies) from its hand annotations.

  scripts/gum-quote-gold.py [--genre news|interview|bio|court] [--shared DIR] [--check]

Reads extractors/quotes/testdata/gum-GENRE-quotes.tsv (GENRE: news, the default, interview or bio;
document, kind, quote, speaker, name; see its header), rebuilds the articles it names from the shared
GUM file of that genre (scripts/gum-articles.py), finds every
offset with the fixtures gold builder's locate (fixtures/make_gold.py: braces mark the quote or mention
inside a longer context; a speaker's occurrence nearest its quote is taken) and writes
extractors/quotes/testdata/gum-GENRE-quotes.jsonl: one line per annotated document, in the order the
TSV first names them, quotes sorted by start; offsets are code points, end exclusive. The JSONL
holds ids, kinds, offsets and speaker names only, no article text (the "text" fields of
fixtures/styles/gold.jsonl are left out; score.py and sayso eval do not need them when a name is
given). --check compares instead of writing.
"""
import argparse
import importlib.util
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTDATA = os.path.join(ROOT, "extractors", "quotes", "testdata")
KINDS = {"D": "direct", "I": "indirect"}


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


articles = load("gum_articles", os.path.join(ROOT, "scripts", "gum-articles.py"))
locate = load("make_gold", os.path.join(ROOT, "fixtures", "make_gold.py")).locate


def read_tsv(path):
    """{doc id: [(kind, quote spec, speaker spec, name)]} in file order; "DOC<TAB>-" lists a
    document read and found to hold no quote."""
    docs = {}
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            c = line.split("\t")
            if c[1:] == ["-"]:
                docs.setdefault(c[0], [])
                continue
            if len(c) != 5 or c[1] not in KINDS or not c[2]:
                sys.exit("%s:%d: want DOC, D|I, QUOTE, SPEAKER, NAME: %r" % (path, no, line))
            docs.setdefault(c[0], []).append((KINDS[c[1]], c[2], c[3], c[4]))
    return docs


def build(docs, texts):
    gold = []
    for aid, anns in docs.items():
        text = texts[aid]
        quotes = []
        for kind, q, sp, who in anns:
            s, e = locate(text, q)
            quote = {"kind": kind, "start": s, "end": e, "speaker": None}
            if sp:
                ss, se = locate(text, sp, (s, e))
                quote["speaker"] = {"start": ss, "end": se, "name": who}
            quotes.append(quote)
        quotes.sort(key=lambda x: (x["start"], x["end"]))
        for a, b in zip(quotes, quotes[1:]):
            if a["end"] > b["start"]:
                sys.exit("%s: quotes overlap at %d" % (aid, b["start"]))
        gold.append({"id": aid, "quotes": quotes})
    return gold


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", help="the shared data directory")
    ap.add_argument("--check", action="store_true", help="fail if the JSONL is not what the TSV gives")
    ap.add_argument("--genre", choices=articles.GENRES, default="news", help="GUM genre (default news)")
    a = ap.parse_args()
    tsv = os.path.join(TESTDATA, "gum-%s-quotes.tsv" % a.genre)
    out_path = os.path.join(TESTDATA, "gum-%s-quotes.jsonl" % a.genre)
    docs = read_tsv(tsv)
    texts = {i: articles.join(s) for i, s in articles.read_docs(articles.shared_dir(a.shared), a.genre)}
    for i in docs:
        if i not in texts:
            sys.exit("gum-quote-gold: no %s document %r" % (a.genre, i))
    out = "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in build(docs, texts))
    if a.check:
        with open(out_path, encoding="utf-8") as f:
            if f.read() != out:
                sys.exit("gum-quote-gold: %s is not what the TSV gives" % out_path)
    else:
        with open(out_path, "w", encoding="utf-8") as f:
            f.write(out)
    qs = [q for g in json.loads("[" + ",".join(out.splitlines()) + "]") for q in g["quotes"]]
    k = sum(q["kind"] == "direct" for q in qs)
    print("%d articles, %d quotes (%d direct, %d indirect)" % (len(docs), len(qs), k, len(qs) - k), file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Rebuilds the GUM Wikinews news articles from the shared NER file as JSON Lines ({"id", "text"}).

  scripts/gum-articles.py [-o FILE] [--shared DIR] [ID ...]

Reads DIR/data/ner/gum/gum_news.bio and DIR/data/ner/gum/gum_docs.tsv (DIR: --shared, else
$SAYSO_SHARED, else ../shared beside the repository, else /work/shared). GUM's news documents are
Wikinews articles (text CC BY 2.5; GUM, Zeldes 2017; see ../shared/data/ner/README.md §4). The file
keeps each sentence's original text on a "# text = " line, documents separated by -DOCSTART-, and no
paragraph breaks. An article is rebuilt from those lines (docs/quotes.md, "Real news outside PolNeAR"):

  - the first sentence (the headline) is a paragraph, and so is the second (the date line);
  - every further sentence opens a paragraph of its own, unless the paragraph so far ends inside a
    double quotation (its last " or “ opens: it stands at the paragraph's start or after a space or an
    opening bracket): then it joins that paragraph after one space, so a
    quote that runs over several sentences stays in one paragraph;
  - paragraphs are joined with a blank line ("\\n\\n"); no other character is added or changed.

The id is GUM's document name (GUM_news_nasa). With IDs, only those documents are written, in the order
given; without, all 24 in file order. The output is deterministic: the same input gives the same bytes.
The texts are not kept in the repository; the quote gold
(extractors/quotes/testdata/gum-news-quotes.jsonl) holds ids and offsets only.
"""
import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def shared_dir(flag):
    for d in (flag, os.environ.get("SAYSO_SHARED"), os.path.join(ROOT, "..", "shared"), "/work/shared"):
        if d and os.path.isdir(d):
            return d
    sys.exit("gum-articles: shared data not found (--shared or $SAYSO_SHARED)")


def read_docs(shared):
    """[(doc_id, [sentence text, ...])] for the news genre, in file order, checked against gum_docs.tsv."""
    gum = os.path.join(shared, "data", "ner", "gum")
    docs = [[]]
    with open(os.path.join(gum, "gum_news.bio"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line == "-DOCSTART-":
                docs.append([])
            elif line.startswith("# text = "):
                docs[-1].append(line[len("# text = "):])
    with open(os.path.join(gum, "gum_docs.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f][1:]
    news = [r for r in rows if r[1] == "news"]
    if len(news) != len(docs):
        sys.exit("gum-articles: gum_docs.tsv lists %d news documents, gum_news.bio has %d" % (len(news), len(docs)))
    for r, d in zip(news, docs):
        if int(r[3]) != len(d):
            sys.exit("gum-articles: %s: %d sentences, gum_docs.tsv says %d" % (r[0], len(d), int(r[3])))
    return [(r[0], d) for r, d in zip(news, docs)]


def quote_open(par):
    """Whether par's last double quotation mark opens a quote. A mark opens when it stands at the
    start or after a space or an opening bracket (its left flank), else it closes: ” always closes, and
    a stray “ after a word (decision.“) closes too, so one odd mark cannot swallow the article."""
    for i in range(len(par) - 1, -1, -1):
        c = par[i]
        if c == "”":
            return False
        if c in '"“':
            return i == 0 or par[i - 1].isspace() or par[i - 1] in "([{"
    return False


def join(sentences):
    """The article text: headline, date line, then a paragraph per sentence, quotes kept whole."""
    pars = []
    for i, s in enumerate(sentences):
        if i >= 2 and pars and quote_open(pars[-1]):
            pars[-1] += " " + s
        else:
            pars.append(s)
    return "\n\n".join(pars)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", dest="out", help="write here, not to stdout")
    ap.add_argument("--shared", help="the shared data directory")
    ap.add_argument("ids", nargs="*", help="documents to write (default: all)")
    a = ap.parse_args()
    docs = dict(read_docs(shared_dir(a.shared)))
    ids = a.ids or list(docs)
    for i in ids:
        if i not in docs:
            sys.exit("gum-articles: no news document %r" % i)
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for i in ids:
        out.write(json.dumps({"id": i, "text": join(docs[i])}, ensure_ascii=False) + "\n")
    if a.out:
        out.close()


if __name__ == "__main__":
    main()

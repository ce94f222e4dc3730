#!/usr/bin/env python3
"""Rebuilds GUM's news articles, interviews, biographies or court texts from the shared NER file as JSON Lines ({"id", "text"}).

  scripts/gum-articles.py [--genre news|interview|bio|court] [-o FILE] [--shared DIR] [ID ...]

Reads DIR/data/ner/gum/gum_GENRE.bio and DIR/data/ner/gum/gum_docs.tsv (DIR: --shared, else
$SAYSO_SHARED, else ../shared beside the repository, else /work/shared); GENRE is news (the default),
interview, bio or court. GUM's news and interview documents are Wikinews articles (text CC BY 2.5), its
bio documents Wikipedia biographies (CC BY-SA 3.0), its court documents court transcripts (CC BY 4.0);
GUM, Zeldes 2017; see ../shared/data/ner/README.md §4. The file keeps each sentence's original text on a
"# text = " line, documents separated by -DOCSTART-, and no paragraph breaks. An article is rebuilt
from those lines (docs/quotes.md, "Real news outside PolNeAR"), the same way in every genre:

  - the first sentence (the headline) is a paragraph, and so is the second (the date line in news);
  - every further sentence opens a paragraph of its own, unless the paragraph so far ends inside a
    double quotation (its last " or “ opens: it stands at the paragraph's start or after a space or an
    opening bracket): then it joins that paragraph after one space, so a
    quote that runs over several sentences stays in one paragraph;
  - paragraphs are joined with a blank line ("\\n\\n"); no other character is added or changed.

An interview's text in this file has no speaker labels (no "Q:", no "NAME:": GUM's XML keeps its turns
as <sp who="#..."> markup, which the NER file does not carry), so a question and each sentence of its
answer are paragraphs of their own; no label is added.

The id is GUM's document name (GUM_news_nasa, GUM_interview_hill, GUM_bio_byron). With IDs, only those
documents are written, in the order given; without, all of the genre (24 news, 19 interviews, 20
biographies, 9 court texts) in file order. The
output is deterministic: the same input gives the same bytes. The texts are not kept in the
repository; a quote gold (extractors/quotes/testdata/gum-GENRE-quotes.jsonl) holds ids and offsets
only.
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


GENRES = ("news", "interview", "bio", "court")


def read_docs(shared, genre="news"):
    """[(doc_id, [sentence text, ...])] for one genre, in file order, checked against gum_docs.tsv."""
    gum = os.path.join(shared, "data", "ner", "gum")
    docs = [[]]
    with open(os.path.join(gum, "gum_%s.bio" % genre), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line == "-DOCSTART-":
                docs.append([])
            elif line.startswith("# text = "):
                docs[-1].append(line[len("# text = "):])
    with open(os.path.join(gum, "gum_docs.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f][1:]
    listed = [r for r in rows if r[1] == genre]
    if len(listed) != len(docs):
        sys.exit("gum-articles: gum_docs.tsv lists %d %s documents, gum_%s.bio has %d" % (len(listed), genre, genre, len(docs)))
    for r, d in zip(listed, docs):
        if int(r[3]) != len(d):
            sys.exit("gum-articles: %s: %d sentences, gum_docs.tsv says %d" % (r[0], len(d), int(r[3])))
    return [(r[0], d) for r, d in zip(listed, docs)]


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
    ap.add_argument("--genre", choices=GENRES, default="news", help="GUM genre (default news)")
    ap.add_argument("ids", nargs="*", help="documents to write (default: all)")
    a = ap.parse_args()
    docs = dict(read_docs(shared_dir(a.shared), a.genre))
    ids = a.ids or list(docs)
    for i in ids:
        if i not in docs:
            sys.exit("gum-articles: no %s document %r" % (a.genre, i))
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for i in ids:
        out.write(json.dumps({"id": i, "text": join(docs[i])}, ensure_ascii=False) + "\n")
    if a.out:
        out.close()


if __name__ == "__main__":
    main()

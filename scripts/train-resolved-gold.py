#!/usr/bin/env python3
"""Writes the resolved-speaker gold of a hand-resolved sample of PolNeAR train, in the format of
dev/gold-resolved.jsonl. Nineteen samples, the first fifteen outside the held-out fifth:
  train-resolved.tsv    110 articles, the 3rd and 9th of every 12 by id; 1,234 speaker mentions, checked
                        by hand starting from sayso's output;
  train-resolved-2.tsv  40 articles, the first 40 with index i % 12 == 6 (i % 5 != 0); 414 mentions,
                        resolved from the text and the gold before sayso's output was looked at;
  train-resolved-3.tsv  40 articles, the first 40 with index i % 12 == 0 (i % 5 != 0); 385 mentions,
                        resolved blind in the same way (round 12);
  train-resolved-4.tsv  40 articles, the first 40 with index i % 12 == 1 (i % 5 != 0); 472 mentions,
                        resolved blind in the same way (round 13);
  train-resolved-5.tsv  40 articles, the first 40 with index i % 12 == 4 (i % 5 != 0); 446 mentions,
                        resolved blind in the same way (round 14);
  train-resolved-6.tsv  40 articles, the first 40 with index i % 12 == 2 (i % 5 != 0); 372 mentions,
                        resolved blind in the same way (round 16);
  train-resolved-7.tsv  40 articles, the first 40 with index i % 12 == 5 (i % 5 != 0); 339 mentions,
                        resolved blind in the same way (round 17);
  train-resolved-8.tsv  40 articles, the first 40 with index i % 12 == 7 (i % 5 != 0); 352 mentions,
                        resolved blind in the same way (sample 8, measured only);
  train-resolved-9.tsv  40 articles, the first 40 with index i % 12 == 8 (i % 5 != 0); 394 mentions
                        (in 38 of them: two have no gold speaker), resolved blind in the same way
                        (round 22);
  train-resolved-10.tsv 40 articles, the first 40 with index i % 12 == 10 (i % 5 != 0); 444 mentions
                        (in 38 of them: two have no gold speaker), resolved blind in the same way
                        (round 24);
  train-resolved-11.tsv 40 articles, the first 40 with index i % 12 == 11 (i % 5 != 0); 387 mentions
                        (in 37 of them: three have no gold speaker), resolved blind in the same way
                        (sample 11, measured only);
  train-resolved-12.tsv 40 articles: every residue of i % 12 being used, the train rows by id without
                        the held-out fifth and without every row of samples 1-11 (those with no gold
                        speaker too), every fourth of the rest (j % 4 == 0), the first 40 (indices
                        601-834, Washington Post and Western Journal); 447 mentions, resolved blind in
                        the same way (round 30);
  train-resolved-13.tsv 40 articles: the same 160 rows as sample 12, every fourth from the third
                        (j % 4 == 2, disjoint from sample 12), all 40 (indices 604-838, Washington Post
                        and Western Journal); 504 mentions, resolved blind in the same way (sample 13,
                        measured only);
  train-resolved-14.tsv 40 articles: the same 160 rows, every fourth from the second (j % 4 == 1,
                        disjoint from samples 12 and 13), the first 40 (indices 602-836, Washington
                        Post and Western Journal; one has no gold speaker); 470 mentions, resolved
                        blind in the same way (sample 14);
  train-resolved-15.tsv 40 articles: the same 160 rows as samples 12-14, every fourth from the
                        fourth (j % 4 == 3, disjoint from samples 12-14), all 40 (indices 606-839,
                        Washington Post and Western Journal); 442 mentions, resolved blind in the
                        same way (sample 15, measured only);
  train-resolved-16.tsv 40 articles of the HELD-OUT FIFTH (train rows by id, i % 5 == 0: 168 rows;
                        without the 11 that have no gold quote with a speaker: 157), every fourth
                        from the first (k % 4 == 0), the first 40 (indices 0-835, all seven
                        publishers); 532 mentions, resolved blind in the same way (sample 16,
                        measured only; never fitted on: TestDumpPronounRankings leaves it out);
  train-resolved-17.tsv 39 articles of the HELD-OUT FIFTH: the same 157 rows as sample 16, every
                        fourth from the third (k % 4 == 2, disjoint from sample 16; 39 rows, all
                        taken: indices 10-825, all seven publishers); 454 mentions, resolved blind
                        in the same way (sample 17, measured only; never fitted on).
  train-resolved-18.tsv 39 articles of the HELD-OUT FIFTH: the same 157 rows as samples 16 and 17,
                        every fourth from the second (k % 4 == 1, disjoint from samples 16 and
                        17; 39 rows, all taken: indices 5-820, all seven publishers); 417
                        mentions, resolved blind in the same way (sample 18, measured only; never
                        fitted on);
  train-resolved-19.tsv 39 articles of the HELD-OUT FIFTH: the same 157 rows as samples 16 and 17,
                        every fourth from the fourth (k % 4 == 3, disjoint from samples 16 and 17
                        and from sample 18's k % 4 == 1; 39 rows, all taken: indices 15-830, all
                        seven publishers); 499 mentions, resolved blind in the same way (sample 19,
                        measured only; never fitted on: TestDumpPronounRankings leaves it out).

  scripts/train-resolved-gold.py TRAIN/gold.jsonl extractors/quotes/testdata/train-resolved.tsv > OUT.jsonl

The TSV holds only ids, offsets and names (no article text); the gold quotes come from PolNeAR's
gold.jsonl. Conventions are those of dev/gold-resolved.jsonl: the fullest name in the article of the
person or organization the mention refers to; unnamed sources keep their words; groups named one by
one are joined with "and" ("Lindsey Graham and David Perdue"). A name "?ambiguous" marks a mention a
careful reader cannot resolve: it keeps its text as its name and gets "ambiguous": true, as in dev.
"""
import json, sys

names = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    aid, s, e, name = line.rstrip("\n").split("\t")
    names[aid, int(s), int(e)] = name
ids = {k[0] for k in names}
for line in open(sys.argv[1], encoding="utf-8"):
    g = json.loads(line)
    if g["id"] not in ids:
        continue
    for q in g["quotes"]:
        sp = q.get("speaker")
        if sp:
            name = names[g["id"], sp["start"], sp["end"]]
            if name == "?ambiguous":
                name, sp["ambiguous"] = sp["text"], True
            sp["name"] = name
    sys.stdout.write(json.dumps(g, ensure_ascii=False) + "\n")

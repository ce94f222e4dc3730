// Package quotes finds who said what: direct quotes (the words inside
// quotation marks), indirect speech (X said that …, according to X, …) and
// the speaker each is attributed to, resolved to the fullest name of that
// person or organization in the article.
//
// It runs after the segment stage (paragraphs, sentences, tokens) and the
// entities stage (mentions and entities, used to link and name speakers;
// without them speakers are still found and named from the text).
//
// The logic is split by concern, each in its own file:
//
//   - marks.go: quotation marks of every style, paired into quoted segments
//     (nesting, apostrophes, paragraphs that run on, unbalanced marks).
//   - cues.go: the one table of cue verbs, nouns and phrases with their forms.
//   - lexicon.go: the closed word classes the rules need (pronouns, titles,
//     determiners, prepositions…), merged with the cues into one lookup.
//   - speaker.go: the speaker's noun phrase around a cue (subject, inverted
//     subject, appositive, relative pronoun, "according to X").
//   - direct.go: attribution of quoted segments (X said: "…", "…," said X,
//     "…" — X, runs of quotes that inherit their speaker) and transcripts.
//   - indirect.go: reported speech and its clause.
//   - resolve.go: who a speaker mention names (names, pronouns, descriptions).
//   - confidence.go: a calibrated probability that a quote is right.
package quotes

// Package tagger is a sequence tagger for people, places and organizations:
// a structured averaged perceptron over hashed features, decoded with Viterbi
// over BIO labels whose transitions are constrained (I-X only after B-X or I-X).
//
// A Model is trained once (Train), written in a compact binary form (WriteTo)
// and loaded from bytes (LoadBytes), e.g. from go:embed. A loaded Model is
// read-only and safe for concurrent use: Tag keeps its scratch space in a
// sync.Pool, so tagging allocates nothing per token.
package tagger

// Label is a BIO label over the three entity types.
type Label uint8

// The labels, in the order their weights are stored.
const (
	O Label = iota
	BPer
	IPer
	BLoc
	ILoc
	BOrg
	IOrg
	numLabels
)

// NumLabels is the number of BIO labels.
const NumLabels = int(numLabels)

var labelNames = [numLabels]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"}

// String returns the label in BIO2 spelling ("B-PER").
func (l Label) String() string {
	if l < numLabels {
		return labelNames[l]
	}
	return "?"
}

// Type returns the entity type ("PER", "LOC", "ORG") or "" for O.
func (l Label) Type() string {
	if l == O || l >= numLabels {
		return ""
	}
	return labelNames[l][2:]
}

// Begins reports whether l is a B- label.
func (l Label) Begins() bool { return l == BPer || l == BLoc || l == BOrg }

// ParseLabel reads a BIO2 tag; anything unknown (MISC, OTH) is O.
func ParseLabel(tag string) Label {
	for i, n := range labelNames {
		if n == tag {
			return Label(i)
		}
	}
	return O
}

// inside marks the I- labels, which only their own B- and I- labels may
// precede (allowed); Viterbi (decode) relies on it.
var inside = [numLabels]bool{IPer: true, ILoc: true, IOrg: true}

// allowed[prev][next] says whether next may follow prev; row numLabels is the
// sentence start. I-X may only continue B-X or I-X.
var allowed = func() (a [numLabels + 1][numLabels]bool) {
	for p := 0; p <= int(numLabels); p++ {
		for n := 0; n < int(numLabels); n++ {
			ok := true
			if nl := Label(n); nl == IPer || nl == ILoc || nl == IOrg {
				ok = p < int(numLabels) && (Label(p) == nl-1 || Label(p) == nl)
			}
			a[p][n] = ok
		}
	}
	return a
}()

package pipeline

import (
	"sort"
	"unicode/utf8"
)

// RuneIndex converts between byte offsets into a text and Unicode code point
// offsets (what Python, spaCy and brat count). It keeps one checkpoint every
// runeStride bytes, so its memory is a small fraction of the text's and each
// conversion scans at most runeStride bytes.
type RuneIndex struct {
	text  string
	ascii bool
	marks []int32 // marks[i] = code points in text[:i*runeStride]
}

const runeStride = 64

// NewRuneIndex indexes text; text must be valid UTF-8.
func NewRuneIndex(text string) *RuneIndex {
	ix := &RuneIndex{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ix.ascii = false
			break
		}
	}
	if ix.ascii {
		return ix
	}
	ix.marks = make([]int32, len(text)/runeStride+1)
	n := int32(0)
	for i := 0; i < len(text); i++ {
		if i%runeStride == 0 {
			ix.marks[i/runeStride] = n
		}
		if utf8.RuneStart(text[i]) {
			n++
		}
	}
	if len(text)%runeStride == 0 { // the loop never reached the last checkpoint
		ix.marks[len(text)/runeStride] = n
	}
	return ix
}

// Rune returns the code point offset of byte offset b. An offset inside a
// multi-byte character counts the characters that start before it.
func (ix *RuneIndex) Rune(b int) int {
	if ix.ascii || b <= 0 {
		return b
	}
	if b > len(ix.text) {
		b = len(ix.text)
	}
	k := b / runeStride
	n := int(ix.marks[k])
	for i := k * runeStride; i < b; i++ {
		if utf8.RuneStart(ix.text[i]) {
			n++
		}
	}
	return n
}

// Byte returns the byte offset of code point offset r; offsets past the end
// give len(text).
func (ix *RuneIndex) Byte(r int) int {
	if r <= 0 {
		return 0
	}
	if ix.ascii {
		return min(r, len(ix.text))
	}
	// The last checkpoint at or before r code points.
	k := sort.Search(len(ix.marks), func(i int) bool { return int(ix.marks[i]) > r }) - 1
	n := int(ix.marks[k])
	for i := k * runeStride; i < len(ix.text); i++ {
		if utf8.RuneStart(ix.text[i]) {
			if n == r {
				return i
			}
			n++
		}
	}
	return len(ix.text)
}

// Span converts a byte span to code point offsets.
func (ix *RuneIndex) Span(s Span) (start, end int) { return ix.Rune(s.Start), ix.Rune(s.End) }

// ByteSpan converts code point offsets to a byte span.
func (ix *RuneIndex) ByteSpan(start, end int) Span { return Span{ix.Byte(start), ix.Byte(end)} }

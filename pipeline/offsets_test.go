package pipeline

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// TestRuneIndexRoundTrip: Byte and Rune invert each other at every code
// point, for texts of every length around the checkpoint stride (a text
// whose byte length is a multiple of it once lost its last checkpoint).
func TestRuneIndexRoundTrip(t *testing.T) {
	for n := 0; n < 3*runeStride+2; n++ {
		for _, unit := range []string{"a", "é", "’", "😀"} {
			text := strings.Repeat("x", n%7) + strings.Repeat(unit, n)
			text = text[:min(len(text), n)]
			for !utf8.ValidString(text) {
				text = text[:len(text)-1]
			}
			ix := NewRuneIndex(text)
			runes := utf8.RuneCountInString(text)
			b := 0
			for r := 0; r <= runes; r++ {
				require.Equal(t, b, ix.Byte(r), "Byte(%d) of a %d-byte text", r, len(text))
				require.Equal(t, r, ix.Rune(b), "Rune(%d) of a %d-byte text", b, len(text))
				if b < len(text) {
					_, size := utf8.DecodeRuneInString(text[b:])
					b += size
				}
			}
		}
	}
}

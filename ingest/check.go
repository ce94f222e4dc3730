package ingest

import (
	"fmt"
	"unicode/utf8"
)

// binarySample is how much of a text checkText looks at.
const binarySample = 64 << 10

// checkText refuses what is not text: a file whose start is mostly control
// characters, NUL bytes or invalid UTF-8 (an image, a PDF, an executable
// saved as .txt). A few such bytes in real text are left for the pipeline,
// which repairs invalid UTF-8 and records that it did.
func checkText(text string) error {
	sample := text[:min(len(text), binarySample)]
	bad := 0
	for i := 0; i < len(sample); {
		c := sample[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(sample[i:])
		if r == utf8.RuneError && size == 1 && i+utf8.UTFMax <= len(sample) {
			bad++ // a cut multi-byte character at the sample's end is not counted
		}
		i += size
	}
	if len(sample) > 0 && bad*10 > len(sample) {
		return fmt.Errorf("this looks like binary data, not text: %d of its first %d bytes are control characters or invalid UTF-8", bad, len(sample))
	}
	return nil
}

package quotes

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPluralOf checks the comparison introducedAs makes instead of
// w == role+"s" (session 12 review): the same answers, the edges included.
func TestPluralOf(t *testing.T) {
	for _, c := range []struct {
		w, role string
	}{
		{"hosts", "host"}, {"host", "host"}, {"hostss", "host"}, {"hosta", "host"}, {"posts", "host"},
		{"s", ""}, {"", ""}, {"", "host"}, {"anchors", "anchor"}, {"anchor", "anchors"},
	} {
		assert.Equal(t, c.w == c.role+"s", pluralOf(c.w, c.role), "%q of %q", c.w, c.role)
	}
}

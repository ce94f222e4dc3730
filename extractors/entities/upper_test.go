package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// isUpper and appendUpper answer as strings.ToUpper would, without the
// copy the rules used to make of every word they looked at.
func TestUpperAsStringsToUpper(t *testing.T) {
	for _, s := range []string{"", "BIDEN", "Biden", "biden", "O'NEILL", "MÜLLER", "Müller", "ÉLYSÉE", "straße", "ΑΘΗΝΑ", "Αθήνα", "R-S.C.", "123", "İstanbul"} {
		assert.Equal(t, strings.ToUpper(s) == s, isUpper(s), "isUpper(%q)", s)
		assert.Equal(t, strings.ToUpper(s), string(appendUpper(nil, s)), "appendUpper(%q)", s)
	}
	w := "Clinton"
	assert.Zero(t, testing.AllocsPerRun(10, func() { isUpper(w) }))
}

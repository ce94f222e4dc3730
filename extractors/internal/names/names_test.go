package names

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFormal(t *testing.T) {
	assert.Equal(t, "kenneth", Formal("ken"))
	assert.Equal(t, "william", Formal("bill"))
	assert.Equal(t, "hillary", Formal("hillary"), "a formal name stands for itself")
	assert.Equal(t, "chris", Formal("chris"), "a short form of two formal names is left alone")
	assert.True(t, IsShortFor("Ken", "Kenneth"))
	assert.True(t, IsShortFor("CHUCK", "charles"))
	assert.False(t, IsShortFor("Kenneth", "Ken"))
	assert.False(t, IsShortFor("Tom", "Betsy"))
}

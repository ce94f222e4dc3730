package pipeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Names written to records are one line with single spaces, whatever white
// space the article put between their words.
func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"Jane Doe":                            "Jane Doe",
		"Jane\u00a0Doe":                       "Jane Doe",
		"Citizen\u00a0Journalism\u00a0School": "Citizen Journalism School",
		"Jane\nDoe":                           "Jane Doe",
		"Jane \r\n  Doe":                      "Jane Doe",
		" Jane Doe ":                          "Jane Doe",
		"":                                    "",
		"Ahmed":                               "Ahmed",
		"a b":                                 "a b",
		" a":                                  "a",
		"a ":                                  "a",
		"a  b":                                "a b",
		"\t a \n b \r":                        "a b",
	} {
		assert.Equal(t, want, CleanName(in), "%q", in)
	}
	s := "Jane Doe"
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { s = CleanName(s) }), "a clean name is not copied")
}

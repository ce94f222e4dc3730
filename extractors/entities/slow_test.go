package entities_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestLongInputsStayLinear runs long repetitive articles through the stage:
// a rule that scans the document for each mention would take minutes here.
func TestLongInputsStayLinear(t *testing.T) {
	limit := 10 * time.Second
	if raceEnabled {
		limit *= 5
	}
	for name, text := range map[string]string{
		"names":   strings.Repeat("Alpha Beta Gamma Delta Company, LLC said in Paris. ", 3000),
		"groups":  strings.Repeat("the Houthis met Houthi fighters and the Walters. ", 3000),
		"oneline": strings.Repeat("Alpha Beta ", 20000),
		"heads":   strings.Repeat("The State Department agreed, and State officials briefed Congress. ", 2000),
	} {
		start := time.Now()
		doc := run(t, text)
		assert.Less(t, time.Since(start), limit, name)
		assert.NotEmpty(t, doc.Tokens, name)
	}
}

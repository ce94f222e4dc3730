package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPersonAppositivesSession10 holds the lead's session-10 probes of
// appositives with a kind of organization in them (docs/entities-history.md,
// "Session 10, lead"): the kind names the person's employer, not the name.
func TestPersonAppositivesSession10(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a surname before an appositive whose kind of organization is not its head stays a person",
			"Candidate Mark Haller spoke on Monday. Haller, a former bank executive, said the plan was bad.",
			[]string{"person: Mark Haller", "person: Haller"}},
		{"a person's head noun after the kind, with no full name before: no organization",
			"Okafor, a charity worker from the north, said the road was closed. Okafor's brother agreed.",
			nil},
		{"the kind as the head still makes an organization",
			"Kindling, a San Francisco startup whose app tracks wood stoves, raised $4 million. Kindling said it would hire.",
			[]string{"organization: Kindling", "place: San Francisco", "organization: Kindling"}},
		{"an abbreviated title of four letters stays out of the name",
			"Pres. Obama met Atty. Gen. Loretta Lynch and Navy Capt. Jeff Davis.",
			[]string{"person: Obama", "person: Loretta Lynch", "organization: Navy", "person: Jeff Davis"}},
		{"an office named after its holder, with its place",
			"The Manhattan District Attorney's Office declined to comment, and the U.S. Attorney's Office said nothing.",
			[]string{"organization: Manhattan District Attorney's Office", "organization: U.S. Attorney's Office"}},
		{"clubs named by a prefix and their city",
			"Thiago joined AC Milan from FC Porto. Inter Milan also bid, and he scored against AS Roma.",
			[]string{"organization: AC Milan", "organization: FC Porto", "organization: Inter Milan", "organization: AS Roma"}},
		{"a word prefix before no place outside a sports story is no club",
			"Real GDP rose by 2 percent, the Commerce Department said.",
			[]string{"organization: Commerce Department"}},
		{"a name the lists know as a place, before a role's appositive, is a person",
			"Glen Park, a spokesman for the utility, said crews were coming. Jordan Hill, the mayor, agreed.",
			[]string{"person: Glen Park", "person: Jordan Hill"}},
		{"no sentence opener or time joins such a name",
			"But Tom Fitton, the group's president, disagreed. Earlier Tuesday, the mayor spoke.",
			[]string{"person: Tom Fitton"}},
		{"an international institution after a dateline's dash, where the tagger sees no name",
			"BRUSSELS — The European Commission on Thursday fined the company.",
			[]string{"place: BRUSSELS", "organization: European Commission"}},
		{"a given name and a surname after a role in lower case, whatever follows",
			"Blackfield Rovers have sacked manager Dean Corrigan after a seventh straight defeat.",
			[]string{"organization: Blackfield Rovers", "person: Dean Corrigan"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}

// TestGroupingDoubleSurnamesAndSuffixes checks the session-10 grouping of
// a Spanish double surname, its first half and a surname before "Jr."
// with the full name (docs/entities-history.md, "Session 10, lead").
func TestGroupingDoubleSurnamesAndSuffixes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a double surname and its first half join the full name",
			"President Rosa María Quispe Huamán faces a vote. Quispe has denied wrongdoing, and aides to Quispe Huamán say she will win.",
			[]string{"person: Rosa María Quispe Huamán (Rosa María Quispe Huamán | Quispe | Quispe Huamán)"}},
		{"a surname joins a full name that ends with a suffix",
			"Judge Samuel A. Alito Jr. wrote the opinion. Justice Alito said the law was clear.",
			[]string{"person: Samuel A. Alito Jr. (Samuel A. Alito Jr. | Alito)"}},
		{"a given name and a surname are no tail of a longer name the tagger ran on",
			"Trump rips Joe Scarborough\n\nJoe Scarborough hit back on Friday.",
			nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			names := entityNames(run(t, tc.text))
			if tc.want == nil {
				assert.Contains(t, names, "person: Joe Scarborough (Joe Scarborough)")
				return
			}
			assert.Equal(t, tc.want, names)
		})
	}
}

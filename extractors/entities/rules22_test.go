package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound22 holds invented texts for round 22's rules
// (docs/entities-history.md, "Round 22 (branch ner20)"), classes of error that recur
// across the seven PolNeAR train news sets. None is taken from those sets.
func TestNewsRulesRound22(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a disease, a holiday's eve and a tax's nickname are no names",
			"Governor Ruth Kimani asked for money to fight Zika on Monday. Zika has spread to Texas, and Ebola killed thousands in 2014. Her aides worked through Christmas Eve and New Year's Eve. Unions hate the Cadillac tax, and the Cadillac tax will be delayed.",
			[]string{"person: Ruth Kimani", "place: Texas"}},
		{"a lawmaker's party-state tag after a comma, and the forms the list lacked",
			"Sen. Dana Okafor, R-Ohio, said so on Monday, and Rep. Paul Whitcombe, D-Fla., agreed. Rep. Ruth Kimani (R-Tex.) and Sen. Tom Haskell (D-W-Va.) did not.",
			[]string{"person: Dana Okafor", "place: Ohio", "person: Paul Whitcombe", "place: Fla.", "person: Ruth Kimani", "place: Tex.", "person: Tom Haskell", "place: W-Va."}},
		{"a town and its state are two places",
			"Dana Okafor, 41, of Marion, Ind., said the plan failed. A Tullahoma, Tenn., native, she grew up in Gary, Ind. The fire in Paradise, Calif., spread to Knoxville, Tennessee. On Friday, Texas, sued.",
			[]string{"person: Dana Okafor", "place: Marion", "place: Ind.", "place: Tullahoma", "place: Tenn.", "place: Gary", "place: Ind.", "place: Paradise", "place: Calif.", "place: Knoxville", "place: Tennessee", "place: Texas"}},
		{"a newspaper named short after its full name",
			"The Tulsa Register first reported the plan. Mayor Dana Okafor said the Register's story was wrong. According to the Register, the deal is off.",
			[]string{"organization: Tulsa Register", "person: Dana Okafor", "organization: Register", "organization: Register"}},
		{"the people of a state and a generation are no names",
			"Governor Ruth Kimani said that Nevadans and Ohioans agree, and 42% of Floridians back her. Millennials say the Middle Eastern war is over.",
			[]string{"person: Ruth Kimani"}},
		{"two names joined by and are two",
			"Mayor Dana Okafor has worked with Republicans and Democrats. The march drew groups including Veterans for Peace and the Socialist Workers Party. It is nearly August and Congress has not acted.",
			[]string{"person: Dana Okafor", "organization: Republicans", "organization: Democrats", "organization: Veterans for Peace", "organization: Socialist Workers Party", "organization: Congress"}},
		{"a law or a treaty, and the acronym defined after it, are no names",
			"Senator Paul Whitcombe opposes the Pacific Rim Trade Agreement (PRTA), and he said the PRTA would cost jobs. He also sued under the Clean Water Protection Act (CWPA).",
			[]string{"person: Paul Whitcombe"}},
		{"advocacy groups and think tanks that political news cites",
			"Judicial Watch sued the county on Monday, and Rootstrikers and Color of Change joined the suit. A fellow at the Tax Policy Center called it weak.",
			[]string{"organization: Judicial Watch", "organization: Rootstrikers", "organization: Color of Change", "organization: Tax Policy Center"}},
		{"a college and a fund are organizations",
			"Dana Okafor, a 2011 Marwick College graduate, now runs the Prairie Leadership Fund, which backs Senator Paul Whitcombe.",
			[]string{"person: Dana Okafor", "organization: Marwick College", "organization: Prairie Leadership Fund", "person: Paul Whitcombe"}},
		{"an elided surname alone is the person named in full",
			"Conservative filmmaker Dinesh D’Souza, 54, spoke on Monday.\n\nAsked who would win, D’Souza replied, “I cannot say.” The judge then asked Mr. D’Souza to stand.",
			[]string{"person: Dinesh D’Souza", "person: D’Souza", "person: Mr. D’Souza"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}

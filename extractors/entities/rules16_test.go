package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound16 holds invented texts for round 16's rules
// (docs/entities-history.md, "Round 16"): newspapers and magazines, bodies of faith
// and organizations named by a phrase. None is taken from a measured set.
func TestNewsRulesRound16(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a magazine whose name ends in Quarterly, Weekly or Digest",
			"Anna Kowalczyk, who writes on poetry for the Lakeland Quarterly, was unimpressed. The novelist told the Harbour Weekly that she had finished.",
			[]string{"person: Anna Kowalczyk", "organization: Lakeland Quarterly", "organization: Harbour Weekly"}},
		{"a review named after a day, in which a critic writes",
			"Writing in the Saturday Digest, Tomas Brennan called the film slow.",
			[]string{"organization: Saturday Digest", "person: Tomas Brennan"}},
		{"one word after told the is a publication; an adjective there is not",
			"The chef told the Listener that prices had doubled. The priest told the Biblical story of Jonah.",
			[]string{"organization: Listener", "person: Jonah"}},
		{"one word after told is an outlet, but not a surname the article writes after a first name (here in a show's title)",
			"\"We are not done,\" the singer told Loomwire that night. She appeared on The Dana Pritchard Hour and told Pritchard.",
			[]string{"organization: Loomwire"}},
		{"an orchestra and a property firm, whatever the tagger made of them",
			"Marta Kovacs formed the Marta Kovacs Orchestra in 1970. The landlord, Eastbrook Properties, said it would pay.",
			[]string{"person: Marta Kovacs", "organization: Marta Kovacs Orchestra", "organization: Eastbrook Properties"}},
		{"bodies of faith by their head word",
			"The Rev. Paul Mensah, pastor of Cedar Hill Methodist Church, said the roof would be repaired. Families gathered at Temple Beth Israel and at Shir Hadash Synagogue.",
			[]string{"person: Paul Mensah", "organization: Cedar Hill Methodist Church", "organization: Temple Beth Israel", "organization: Shir Hadash Synagogue"}},
		{"a diocese named with its place is one organization",
			"The Diocese of Trenton said the school would close. A spokesman for the Archdiocese of Baltimore declined to comment.",
			[]string{"organization: Diocese of Trenton", "organization: Archdiocese of Baltimore"}},
		{"a saint's church and a mosque",
			"Mourners filled St. Brigid's Cathedral on Sunday. The Dar Al-Salam Mosque opened its doors.",
			[]string{"organization: St. Brigid's Cathedral", "organization: Dar Al-Salam Mosque"}},
		{"an acronym after an agency or a broadcaster",
			"Portugal's weather agency, IPMA, issued a warning. The minister told public broadcaster RTP that roads were closed.",
			[]string{"place: Portugal", "organization: IPMA", "organization: RTP"}},
		{"a group for a place is an organization, not the place",
			"Jane Okafor, who leads Residents for Millbrook Green, said the vote was rigged. Parents Against Closures met in the hall.",
			[]string{"person: Jane Okafor", "organization: Residents for Millbrook Green", "organization: Parents Against Closures"}},
		{"a place's possessive before a church stays the place; a hyphened description stays out",
			"Tom Reyes, pastor of Dunmore's New Hope Gospel Church, spoke to the Ohio-based Kevin Dorsey Ministries.",
			[]string{"person: Tom Reyes", "place: Dunmore", "organization: New Hope Gospel Church", "place: Ohio", "organization: Kevin Dorsey Ministries"}},
		{"a group named by a phrase after its description",
			"The tenants' advocacy group Keep Rents Fair said the rise was unlawful.",
			[]string{"organization: Keep Rents Fair"}},
		{"a place before a mayor after a time stamp, the place named earlier",
			"Live: Storm Keller makes landfall near Port Selden\n\n4:10 p.m.\nA reader in Port Selden, Mark Ode, sent us this.\n\n3:20 p.m.\nPort Selden Mayor Ines Batista has asked residents to stay home.",
			[]string{"place: Port Selden", "place: Port Selden", "person: Mark Ode", "place: Port Selden", "person: Ines Batista"}},
		{"a street named after a church is no church",
			"The fire started on Church Street near Chapel Hill.",
			[]string{"place: Church Street", "place: Chapel Hill"}},
		{"party members rallied for a candidate are no group",
			"He rallies Republicans for Donald Trump in Ohio.",
			[]string{"organization: Republicans", "person: Donald Trump", "place: Ohio"}},
		{"no acronym of two letters after a network",
			"Guests on cable and network TV were mostly men.",
			[]string(nil)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}

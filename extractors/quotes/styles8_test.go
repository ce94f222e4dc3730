package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestHouseStyles8Relays holds invented sentences for the relays of state
// media and wires that fixtures/styles8 showed misnamed (docs/quotes.md "An
// eighth, blind set"); none is taken from that set's articles.
func TestHouseStyles8Relays(t *testing.T) {
	d := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"cited X as saying: X speaks, not the agency",
			"Interfax cited a diplomat at the embassy as saying that the talks \"have reached a dead end after three rounds.\"",
			[]want{{d, "have reached a dead end after three rounds.", "a diplomat at the embassy", "", "saying"}}},
		{"a quote its own sentence attributes keeps that speaker, not the next sentence's 'quoted X as saying'",
			"Mayor Oksana Melnyk told reporters that the city \"will rebuild every school before the winter.\" Interfax quoted an aide as saying that the money had been found.",
			[]want{{d, "will rebuild every school before the winter.", "Mayor Oksana Melnyk", "Oksana Melnyk", "told"},
				{pipeline.Indirect, "the money had been found", "an aide", "", "saying"}}},
		{"... also a named source",
			"The Kyiv Independent cited Oksana Melnyk, head of the regional council, as saying that the bridge \"will not be rebuilt before the winter.\"",
			[]want{{d, "will not be rebuilt before the winter.", "Oksana Melnyk", "", "saying"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestHouseStyles8Speakers holds invented sentences for the pronouns and
// reported clauses fixtures/styles8 showed missed or misnamed; none is taken
// from that set's articles.
func TestHouseStyles8Speakers(t *testing.T) {
	d, i := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a neighbour (British spelling) who spoke the report before is the pronoun's speaker, not the person named before",
			"The owner, Mark Ellis, said the flat had been empty for a year.\n\nA neighbour said he had heard shouting. \"It went on for an hour and then it stopped dead,\" he said.",
			[]want{{i, "the flat had been empty for a year", "Mark Ellis", "", "said"},
				{i, "he had heard shouting", "A neighbour", "", "said"},
				{d, "It went on for an hour and then it stopped dead,", "he", "A neighbour", "said"}}},
		{"told X by phone that: the medium is no agent",
			"Gita Rao told the Courier by phone that the depot would stay open until June.",
			[]want{{i, "the depot would stay open until June", "Gita Rao", "", "told"}}},
		{"... said by email that",
			"The landlord, Omar Haddad, said by email that the repairs would start next week.",
			[]want{{i, "the repairs would start next week", "Omar Haddad", "", "said"}}},
		{"promised on Sunday to: a time between the promise and its infinitive",
			"Governor Ruth Okafor promised on Monday to reopen rural clinics in Ashford.",
			[]want{{i, "to reopen rural clinics in Ashford", "Governor Ruth Okafor", "Ruth Okafor", "promised"}}},
		{"a lede's description, no one named before it, is the person the article later titles with its role",
			"KATHMANDU -- A visiting health minister from Sri Lanka promised on Monday to send nurses to rural clinics.\n\n\"They will arrive before the monsoon,\" Minister Anura Perera said.",
			[]want{{i, "to send nurses to rural clinics", "A visiting health minister from Sri Lanka", "Anura Perera", "promised"},
				{d, "They will arrive before the monsoon,", "Minister Anura Perera", "Anura Perera", "said"}}},
		{"said on X, formerly Twitter, that: the aside is skipped",
			"Senator Lena Voss said on X, formerly Twitter, that the vote would be delayed.",
			[]want{{i, "the vote would be delayed", "Senator Lena Voss", "Lena Voss", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound22 checks the rules of round 22 (docs/quotes-history.md,
// "History (round 22)"): a "they" left as written where the story names
// the group. The sentences are invented.
func TestResolutionRound22(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a they after a leading clause names its subject with the groups it gives as examples",
			"The council met on Monday.\n\nWhile farm groups like the Ohio Farm Bureau and the Valley Growers League praised the mayor's plan, they said he didn't go far enough on water.",
			[]want{{in, "he didn't go far enough on water", "they", "farm groups like the Ohio Farm Bureau and the Valley Growers League", "said"}}},
		{"and with such as",
			"The council met on Monday.\n\nWhile farm groups such as the Ohio Farm Bureau praised the mayor's plan, they said he didn't go far enough on water.",
			[]want{{in, "he didn't go far enough on water", "they", "farm groups such as the Ohio Farm Bureau", "said"}}},
		{"and when the leading clause runs past forty words",
			"The council met on Monday.\n\nWhile farm groups like the Ohio Farm Bureau and the National Association of Corn and Soybean Growers praised the mayor’s latest attempt to fix the dock and embraced his argument that the port is the best place for trying new crops, they said he didn't go far enough on water.",
			[]want{{in, "he didn't go far enough on water", "they", "farm groups like the Ohio Farm Bureau and the National Association of Corn and Soybean Growers", "said"}}},
		{"a they names the subject after a leading clause opened by whatever",
			"The park is busy on weekends.\n\nWhatever brought them to the sport, the skaters have found a home in the group. Riding alone at night, they said, can be risky.",
			[]want{{in, "Riding alone at night, they said, can be risky", "they", "the skaters", "said"}}},
		{"and a group by its name",
			"The park is busy on weekends.\n\nWhatever brought them to the sport, the Rollers have found a home in the group. Riding alone at night, they said, can be risky.",
			[]want{{in, "Riding alone at night, they said, can be risky", "they", "Rollers", "said"}}},
		{"a they names a plural subject with an adverb before its verb",
			"The march began at noon.\n\nBut the marchers also paid tribute to young men like Tom Reyes, 22, who was shot in June by a deputy.\n\nAs they made their way down Main Street, they chanted \"stop the shootings\" and \"no justice, no peace.\"",
			[]want{{pipeline.Direct, "no justice, no peace.", "they", "the marchers", "chanted"}}},
		{"but two people named after that subject come first",
			"Jim Cole defended his aide Tom Reyes on Tuesday.\n\nThe police released a video of the meeting. It contradicted what Cole and Reyes said about the meeting.\n\nThey had said that Reyes never touched the reporter.",
			[]want{{in, "Reyes never touched the reporter", "They", "Jim Cole and Tom Reyes", "said"}}},
		{"a verb after and that goes on with an open relative clause is the relative's",
			"Ann Fox and her husband went door to door on Sunday.\n\n\"This is one of Jim's oldest friends,\" Tom told Mary Lopez, who answered her door Sunday afternoon and said she planned to vote for Cole.",
			[]want{{pipeline.Direct, "This is one of Jim's oldest friends,", "Tom", "", "told"},
				{in, "she planned to vote for Cole", "who", "Mary Lopez", "said"}}},
		{"but not once a comma closes the relative",
			"Ann Fox and her husband went door to door on Sunday.\n\nTom Fox met Mary Lopez, who runs the bakery, and said she planned to vote for Cole.",
			[]want{{in, "she planned to vote for Cole", "Tom Fox", "", "said"}}},
		{"by saying hangs on the main clause's subject after an opening phrase, not on the object",
			"Jim Cole is running for mayor.\n\nBefore the flood, Cole took a more hands-off approach to the Harbor Board, suggesting the city leave the fight to the state and the county, was tepid about the levy and set himself apart in the field by saying he'd make peace with the state.",
			[]want{{in, "he'd make peace with the state", "Cole", "Jim Cole", "saying"}}},
		{"a participle hangs on the subject after an opening phrase",
			"Jim Cole spoke in Dayton on Thursday.\n\nOn Friday, he joined other Republicans in pouncing on news that the mayor's office had lost records later deemed ''secret,'' saying in a post on Twitter: ''The new release is a disaster for Tom Reyes.''",
			[]want{{pipeline.Direct, "The new release is a disaster for Tom Reyes.", "he", "Jim Cole", "saying"}}},
		{"after the opening phrase's last comma",
			"The mayor spoke on Monday.\n\nAt a rally in Portsmouth, N.H., on Tuesday, Senator Jim Cole of Ohio endorsed Tom Reyes, saying that his former rival would ''make a fine mayor.''",
			[]want{{pipeline.Direct, "make a fine mayor.", "Senator Jim Cole of Ohio", "Jim Cole", "saying"}}},
		{"but what one could argue is no quote",
			"Jim Cole was charged on Monday.\n\nCole could fight the charge, perhaps by arguing that he saw the reporter as a threat.",
			nil},
		{"a description the story brought in unnamed stays as written, not the person named near it",
			"Ann Fox has known Mary Lopez since grade school.\n\nOn Sunday afternoon, Fox and her husband, Tom, were greeted by an organizer at a field office on the south side of Dayton.\n\n\"You guys are gonna be the most effective messengers,\" the organizer told them.",
			[]want{{pipeline.Direct, "You guys are gonna be the most effective messengers,", "the organizer", "", "told"}}},
		{"but a person named since can be the one described",
			"Jim Cole runs the campaign of Ann Fox. Campaign manager Tom Reyes joined in May.\n\n\"It is really more the insiders,\" Cole said. A new campaign manager, he said, could set a new tone for the campaign.\n\nWhen reporters asked Reyes about the comments, the campaign manager said he needed to speak to the candidate first.",
			[]want{{pipeline.Direct, "It is really more the insiders,", "Cole", "Jim Cole", "said"},
				{in, "A new campaign manager, he said, could set a new tone for the campaign", "he", "Jim Cole", "said"},
				{in, "he needed to speak to the candidate first", "the campaign manager", "Tom Reyes", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

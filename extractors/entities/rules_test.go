package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHouseStyleRules covers the rules written for other house styles
// (docs/entities.md, "Other house styles"), one short invented text each.
func TestHouseStyleRules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a company's first word alone is the company",
			"Regulators fined Brackwater Trains on Tuesday. Brackwater said it would not appeal.",
			[]string{"organization: Brackwater Trains", "organization: Brackwater"}},
		{"a company's name without its legal form",
			"Tallis Foods Inc reported higher sales. Shares of Tallis Foods rose 3 percent.",
			[]string{"organization: Tallis Foods Inc", "organization: Tallis Foods"}},
		{"a firm's name ending in a company word",
			"Analysts at Ormond Securities said the deal was cheap.",
			[]string{"organization: Ormond Securities"}},
		{"a firm's analyst",
			"Mark Ellery, an analyst at Piper Sandler, was more upbeat.",
			[]string{"person: Mark Ellery", "organization: Piper Sandler"}},
		{"a club and its nickname",
			"Westbrook Harriers stayed top. Harriers coach Diane Foster was pleased.",
			[]string{"organization: Westbrook Harriers", "organization: Harriers", "person: Diane Foster"}},
		{"a known first name and a surname is a person, then the surname alone",
			"The visitors equalised after Jordan Price scored. Later Price went down in the box.",
			[]string{"person: Jordan Price", "person: Price"}},
		{"a title the gazetteer lacks",
			"The cabinet member, Councillor Margaret Doyle, said the libraries would close.",
			[]string{"person: Margaret Doyle"}},
		{"a place before a title inside a name",
			"Outside the courthouse, Millbrook Mayor Joan Fitzgerald said the borough had raised its rates.",
			[]string{"place: Millbrook", "person: Joan Fitzgerald"}},
		{"a dateline in capitals before a place is a place",
			"LIMA, Peru (AP) — The president promised on Sunday to rebuild hundreds of homes.",
			[]string{"place: LIMA", "place: Peru", "organization: AP"}},
		{"an abbreviated state after a dateline",
			"TUCSON, Ariz., March 4, 2025 -- The hospital announced plans for a cancer center.",
			[]string{"place: TUCSON", "place: Ariz."}},
		{"a first name between an honorific and a surname",
			`"It took very little," said Dr. Mette Lindqvist, a cardiologist.`,
			[]string{"person: Dr. Mette Lindqvist"}},
		{"a name does not end in a lower-case word",
			"Residents filled the Springdale Township hall on Monday.",
			[]string{"place: Springdale Township"}},
		{"a named storm is not a person, nor its name alone",
			"Cyclone Marisol reached the coast on Friday. Officials said Marisol would weaken by Sunday.",
			nil},
		{"a name and a regnal number are a person",
			"The statue dates from the reign of Sobekhotep VIII, long before the city fell.",
			[]string{"person: Sobekhotep VIII"}},
		{"a regnal number makes a person of a name the tagger missed",
			"In his haste to capture the fort, Sethnakhte II made an error.",
			[]string{"person: Sethnakhte II"}},
		{"no regnal number after an event's word",
			"Her grandfather fought in World War II and in Korea.",
			[]string{"place: Korea"}},
		{"a name twice after a place cue is a place throughout",
			"Life in Alcantara changed when the mine opened. Alcantara was registered as a town in 1902, and families from Alcantara still fish.",
			[]string{"place: Alcantara", "place: Alcantara", "place: Alcantara"}},
		{"a person's surname after place cues stays a person",
			"Ana Ferreira won the vote. Voters had confidence in Ferreira, and many in Ferreira's party agreed. Ferreira thanked them.",
			[]string{"person: Ana Ferreira", "person: Ferreira", "person: Ferreira", "person: Ferreira"}},
		{"a natural feature's name is a place",
			"Fishermen on the Varnok River said the Kelso Delta had flooded.",
			[]string{"place: Varnok River", "place: Kelso Delta"}},
		{"a feature's word before an organization's word is the organization's",
			"Patients at Mount Sinai Hospital were moved.",
			[]string{"organization: Mount Sinai Hospital"}},
		{"\"of\" after a title begins no name: the place the title is held for",
			"In 1402 he became the 3rd Duke of Wexham.",
			[]string{"place: Wexham"}},
		{"an event's name is no entity",
			"During the War of the Ninth Coalition, the Varnish Crisis showed the limits of the Bregan Accord.",
			nil},
		{"an organization's name ending in an event's word stays",
			"The Ministry of War in Tarvia issued the order.",
			[]string{"organization: Ministry of War", "place: Tarvia"}},
		{"a person written with an honorific stays a person after place cues",
			"Jim Ostrander left the paper. Reporters heard from Mr. Ostrander on Monday and from Mr. Ostrander again on Friday.",
			[]string{"person: Jim Ostrander", "person: Mr. Ostrander", "person: Mr. Ostrander"}},
		{"a person whose surname is a natural feature's word stays a person",
			"The film was directed by Michael Bay and opened in Ohio.",
			[]string{"person: Michael Bay", "place: Ohio"}},
		{"no regnal number in a single letter",
			"He flew a Cessna Citation X to Ohio. But X was not the only jet.",
			[]string{"place: Ohio"}},
		{"a stadium's name ending in Bowl stays",
			"Crowds filled the Rose Bowl on Saturday.",
			[]string{"place: Rose Bowl"}},
		{"a social platform is an organization",
			"The singer thanked her fans in a short post on TikTok.",
			[]string{"organization: TikTok"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}

// TestNewsRules covers the rules written from the errors on the PolNeAR train
// news gold (docs/entities-history.md, "Round 6 (news gold)"), one invented text each.
func TestNewsRules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a party's adjective alone is not the party",
			"The Republican Party met in Tulsa on Monday. Many Republican voters stayed home.",
			[]string{"organization: Republican Party", "place: Tulsa"}},
		{"a party's members named as a body are the party; one member is not",
			"Democrats said the bill would fail. A Democrat from Tulsa disagreed, and Republicans stayed silent.",
			[]string{"organization: Democrats", "place: Tulsa", "organization: Republicans"}},
		{"the British Labour party and the Commons",
			"Labour said the Commons would sit on Monday.",
			[]string{"organization: Labour", "organization: Commons"}},
		{"a middle initial's period does not end a person's name",
			"She was the first Democrat since Franklin D. Harwell to win the county.",
			[]string{"person: Franklin D. Harwell"}},
		{"the state of a lawmaker's party-state tag is a place",
			"\"We will win,\" said Rep. Dana Whitcombe (D-Calif.), and Sen. Roy Pellam (R-S.C.) and Rep. Ann Otero (D-N.Y) agreed.",
			[]string{"person: Dana Whitcombe", "place: Calif.", "person: Roy Pellam", "place: S.C.", "person: Ann Otero", "place: N.Y"}},
		{"a known first name and a demonym are a person, and the demonym alone is that person",
			"Billionaire investor Mark Cuban spoke at the festival. Nevertheless, Cuban said he would back the senator.",
			[]string{"person: Mark Cuban", "person: Cuban"}},
		{"a surname found from the full name keeps its honorific",
			"Rubio backed Peter T. King on Monday. And Mr. King held off until Bush left.",
			[]string{"person: Rubio", "person: Peter T. King", "person: Mr. King", "person: Bush"}},
		{"the House of a legislature the article names, and a chamber's party caucus",
			"Congress returns on Monday. House Speaker Ellen Marsh met senior House GOP leaders, and Democrats hope to take back the House and the Senate.",
			[]string{"organization: Congress", "organization: House", "person: Ellen Marsh", "organization: House GOP", "organization: Democrats", "organization: House", "organization: Senate"}},
		{"a party's adjective does not end an organization's name",
			"Congress met on Monday. She is a member of House Democratic leadership.",
			[]string{"organization: Congress", "organization: House"}},
		{"the first word of a two-word title is no organization",
			"Vice President Joe Biden weighed in as well.",
			[]string{"person: Joe Biden"}},
		{"a party's adjective before a place is no part of it",
			"The attack came from Republican South Carolina Sen. Dale Pruitt.",
			[]string{"place: South Carolina", "person: Dale Pruitt"}},
		{"an organization's word and \"of\" begin an organization",
			"He works at the Federation of American Beekeepers in Tulsa.",
			[]string{"organization: Federation of American Beekeepers", "place: Tulsa"}},
		{"a region's adjective is no entity",
			"The party was a coalition of Northern liberals and Southern conservatives.",
			nil},
		{"the place of a hyphenated compound",
			"The U.S.-led coalition and Iran-backed militias fought near Mosul.",
			[]string{"place: U.S.", "place: Iran", "place: Mosul"}},
		{"a person's name inside a quoted show title is no entity",
			"Sanders said on NBC's \"Meet the Press\" and on MSNBC's \"Morning Joe\" that he would stay.",
			[]string{"person: Sanders", "organization: NBC", "organization: MSNBC"}},
		{"rooms of US government are places; health programmes are no entities",
			"Obama spoke from the Oval Office about Medicare and Medicaid.",
			[]string{"person: Obama", "place: Oval Office"}},
		{"a party convention is an event",
			"Acme and Microsoft have reduced their financial support for the Republican National Convention. Microsoft is providing products.",
			[]string{"organization: Microsoft", "organization: Microsoft"}},
		{"a chamber's party caucus is not cut at its plural",
			"With months left in Obama's term, Senate Republicans have all but stopped confirming judges.",
			[]string{"person: Obama", "organization: Senate Republicans"}},
		{"a place before a party adjective is a place",
			"In a statement, the Kentucky Republican on Tuesday dismissed the plan.",
			[]string{"place: Kentucky"}},
		{"a religion after a first name is no person",
			"He became a practicing Roman Catholic who carries a rosary.",
			nil},
		{"a two-word place before a hyphenated compound",
			"Roberta Kaplan, a New York-based lawyer, represented the plaintiffs.",
			[]string{"person: Roberta Kaplan", "place: New York"}},
		{"a quoted slogan names the person",
			"As the \"Never Trump\" movement continues, Cruz spoke in Ohio.",
			[]string{"person: Trump", "person: Cruz", "place: Ohio"}},
		{"a name and an Arabic surname with its article are a person, and the surname alone",
			"The cleric Anwar al-Awlaki was killed in 2011. Footage of Al-Awlaki appears in the video.",
			[]string{"person: Anwar al-Awlaki", "person: Al-Awlaki"}},
		{"a state's abbreviation keeps its period at the end of a sentence",
			"The shooting happened in Fresno, Calif.",
			[]string{"place: Fresno", "place: Calif."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}

// TestNewsRulesRound7 covers the rules written from the errors on the second
// PolNeAR train news gold (docs/entities-history.md, "Round 7 (second news set)"),
// one invented text each.
func TestNewsRulesRound7(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a surname with an elided particle is one name",
			"Critics praised Rajan D’Mello on Friday. Later D’Mello took questions from the crowd.",
			[]string{"person: Rajan D’Mello", "person: D’Mello"}},
		{"a family's plural surname names people",
			"Karen Whitfield spoke in Dayton. The Whitfields have visited the diner before.",
			[]string{"person: Karen Whitfield", "place: Dayton", "person: Whitfields"}},
		{"a US state alone is a place",
			"Two dozen of the senator's Nebraska supporters came, and in states like Wisconsin and Kentucky there were fights.",
			[]string{"place: Nebraska", "place: Wisconsin", "place: Kentucky"}},
		{"the Fed is the central bank",
			"The Fed has kept rates low. Critics say the Fed should raise them, and Fed officials disagree.",
			[]string{"organization: Fed", "organization: Fed", "organization: Fed"}},
		{"a news organization in its own capitals",
			"She spoke during a visit to POLITICO’s newsroom, and the latest USA TODAY poll agreed.",
			[]string{"organization: POLITICO", "organization: USA TODAY"}},
		{"an organization's word and \"for\" begin an organization",
			"Ana Ruiz, an economist at the Institute for the Study of Markets, disagreed.",
			[]string{"person: Ana Ruiz", "organization: Institute for the Study of Markets"}},
		{"the House before Speaker is the chamber",
			"That is more than you can say for others. Just look at House Speaker Dale Rossiter.",
			[]string{"organization: House", "person: Dale Rossiter"}},
		{"a plural title is no part of a name",
			"He attacked his rivals, particularly Govs. Dale Rossiter and Ann Pollard, and Sens. Ray Cole and Tim Varga.",
			[]string{"person: Dale Rossiter", "person: Ann Pollard", "person: Ray Cole", "person: Tim Varga"}},
		{"a leader's name before \"administration\" is the person",
			"The cutoff was last raised in 1975, when the Ford administration acted.",
			[]string{"person: Ford"}},
		{"a super PAC is no name; a named PAC is",
			"The super PAC replaced its ads, and a Super PAC in Ohio followed, but Conservative Solutions PAC did not.",
			[]string{"place: Ohio", "organization: Conservative Solutions PAC"}},
		{"a name after a doubled-apostrophe opening quote",
			"Mr. Varga wrote: ''Helen Marsh has announced that she will run.'' ''Ohio is a good test,'' he added.",
			[]string{"person: Mr. Varga", "person: Helen Marsh", "place: Ohio"}},
		{"two names joined by an ampersand are a firm",
			"Tom Reyes, who works for the brokerage firm Pellman & Wakefield, said prices would rise.",
			[]string{"person: Tom Reyes", "organization: Pellman & Wakefield"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}

// TestNewsRulesRound8 covers round 8's rules (docs/entities-history.md, "Round 8
// (organizations from open lists)"), one short invented text each.
func TestNewsRulesRound8(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a company the lists know, written as its name",
			"The workers had jobs at Nordstrom and Comcast before the plant opened.",
			[]string{"organization: Nordstrom", "organization: Comcast"}},
		{"a known organization the tagger typed otherwise",
			"Officials at Planned Parenthood said the clinic would stay open.",
			[]string{"organization: Planned Parenthood"}},
		{"a known organization's word in a person's full name stays the person",
			"Erik Nordstrom spoke first, and the crowd cheered when Nordstrom took questions.",
			[]string{"person: Erik Nordstrom", "person: Nordstrom"}},
		{"a known organization inside a longer name is left to it",
			"The rally was held at the Comcast Arena downtown.",
			[]string{"place: Comcast Arena"}},
		{"a broadcast call sign with its band",
			"\"It is a hard choice,\" she told WKOW-TV of Madison on Monday.",
			[]string{"organization: WKOW-TV", "place: Madison"}},
		{"a call sign beside a station's word",
			"Hartley appeared on WQRZ radio and cited a WBXN poll.",
			[]string{"person: Hartley", "organization: WQRZ", "organization: WBXN"}},
		{"a call sign before its city",
			"Later he gave an interview to KDLT in Sacramento.",
			[]string{"organization: KDLT", "place: Sacramento"}},
		{"no call sign without a station's cue, nor a Roman numeral's tail",
			"He served in the Navy during WWII and later wrote to KRAV about it.",
			[]string{"organization: Navy"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}

// TestNewsRulesRound9 covers round 9's rules (docs/entities-history.md, "Round 9
// (third news set)"), one short invented text each.
func TestNewsRulesRound9(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"an ellipsis glued between words ends a name",
			"“I strongly support Dale Rossiter…we need Dale Rossiter…to win,” Ann Pollard said.",
			[]string{"person: Dale Rossiter", "person: Dale Rossiter", "person: Ann Pollard"}},
		{"names joined by a slash in a photo credit",
			"Karen Whitfield, 52.\n\nKaren Whitfield/LinkedIn.\n\nWhitfield worked at the bank. Facebook/Dale Rossiter.",
			[]string{"person: Karen Whitfield", "person: Karen Whitfield", "organization: LinkedIn", "person: Whitfield", "organization: Facebook", "person: Dale Rossiter"}},
		{"two initials before a surname",
			"According to E. J. Harlan's new book, the studio paid for it. Harlan was a fixer.",
			[]string{"person: E. J. Harlan", "person: Harlan"}},
		{"a state alone in brackets after a lawmaker's name",
			"Sen. Dale Rossiter (Vt.) and Rep. Ann Pollard (Texas) disagreed, but the bill (S. 12) passed.",
			[]string{"person: Dale Rossiter", "place: Vt.", "person: Ann Pollard", "place: Texas"}},
		{"two people's surnames joined by a hyphen",
			"Ted Varga named Ann Pollard as his running mate. The Varga-Pollard ticket lost.",
			[]string{"person: Ted Varga", "person: Ann Pollard", "person: Varga", "person: Pollard"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}

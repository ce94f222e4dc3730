package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// proseWords is prose v2.0.0's word tokenizer (iterTokenizer.tokenize and
// doSplit in its tokenize.go, MIT licence, © Joseph Kato), ported so that
// it gives the same words in the same order — TestProseWordsAsProse checks
// that against prose itself — at a fraction of the cost: prose ran a
// regular expression on every chunk and on every piece peeled off it,
// lower-cased every capitalised chunk, and allocated a token, a slice and a
// map entry per chunk (tuned: prose's tokenizer was 13% of a whole run).
// The words are appended to dst and slice the sanitised copy of text (“ ”
// became " and ‘ ’ &rsquo; became ', as in prose), not text.
func proseWords(text string, dst []string) []string {
	clean := proseSanitizer.Replace(text)
	start := -1
	for i := 0; i < len(clean); {
		c := clean[i]
		size := 1
		space := false
		if c < utf8.RuneSelf {
			space = c == ' ' || c >= '\t' && c <= '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(clean[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				dst = splitChunk(clean[start:i], dst)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		dst = splitChunk(clean[start:], dst)
	}
	return dst
}

// proseSanitizer is prose's sanitizer.
var proseSanitizer = strings.NewReplacer(
	"\u201c", `"`,
	"\u201d", `"`,
	"\u2018", "'",
	"\u2019", "'",
	"&rsquo;", "'")

// splitChunk is prose's doSplit: it peels prefixes ($ ( " [), clitics ('ll
// 's 're 'm n't) and suffixes (, ) " ] ! ; . ? : ') off a chunk without
// white space, one at a time, until nothing changes or what is left is
// special (an emoticon, an abbreviation).
func splitChunk(token string, dst []string) []string {
	var suffs [8]byte // the suffixes peeled off, in peeling order; more go to extra
	nsuff := 0
	var extra []byte
	last := 0
	for token != "" && utf8.RuneCountInString(token) != last {
		if isProseSpecial(token) {
			dst = addWord(token, dst)
			break
		}
		last = utf8.RuneCountInString(token)
		if hasProsePrefix(token) {
			dst = addWord(token[:1], dst)
			token = token[1:]
		} else if idx := cliticIndex(token); idx > -1 {
			dst = addWord(token[:idx], dst)
			token = token[idx:]
		} else if len(token) > 1 && isProseSuffix(token[len(token)-1]) {
			if nsuff < len(suffs) {
				suffs[nsuff] = token[len(token)-1]
			} else {
				extra = append(extra, token[len(token)-1])
			}
			nsuff++
			token = token[:len(token)-1]
		} else {
			dst = addWord(token, dst)
		}
	}
	// prose prepends each suffix it peels: the last one peeled comes first.
	for k := nsuff - 1; k >= 0; k-- {
		var b byte
		if k < len(suffs) {
			b = suffs[k]
		} else {
			b = extra[k-len(suffs)]
		}
		dst = append(dst, asciiString[b])
	}
	return dst
}

// asciiString holds the one-byte strings, so that a peeled mark is no
// allocation.
var asciiString = func() (s [utf8.RuneSelf]string) {
	for i := range s {
		s[i] = string(rune(i))
	}
	return s
}()

// addWord is prose's addToken.
func addWord(s string, dst []string) []string {
	if strings.TrimSpace(s) != "" {
		dst = append(dst, s)
	}
	return dst
}

// hasProsePrefix is prose's hasAnyPrefix(token, prefixes): a $ ( " or [
// before something.
func hasProsePrefix(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch s[0] {
	case '$', '(', '"', '[':
		return true
	}
	return false
}

// isProseSuffix: prose's suffixes, all one byte (hasAnySuffix asks for
// something before them).
func isProseSuffix(c byte) bool {
	switch c {
	case ',', ')', '"', ']', '!', ';', '.', '?', ':', '\'':
		return true
	}
	return false
}

// clitics are prose's, in its order: the first that occurs anywhere in the
// lower-cased chunk wins, at its first occurrence.
var clitics = [...]string{"'ll", "'s", "'re", "'m", "n't"}

// cliticIndex is prose's two hasAnyIndex calls on the lower-cased chunk
// (first 'll 's 're 'm, then n't). prose lower-cases with strings.ToLower
// and uses the index on the chunk as written; for an ASCII chunk the two
// agree and no copy is made, for any other the copy is made as prose makes
// it.
func cliticIndex(token string) int {
	ascii := true
	for i := 0; i < len(token); i++ {
		if token[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		lower := strings.ToLower(token)
		for _, c := range clitics {
			if idx := strings.Index(lower, c); idx >= 0 && len(lower) > len(c) {
				return idx
			}
		}
		return -1
	}
	if strings.IndexByte(token, '\'') < 0 {
		return -1 // every clitic holds an apostrophe
	}
	for _, c := range clitics {
		if len(token) <= len(c) {
			continue
		}
		if idx := indexASCIIFold(token, c); idx >= 0 {
			return idx
		}
	}
	return -1
}

// indexASCIIFold is strings.Index(strings.ToLower(s), pat) for an ASCII s
// and a lower-case pat.
func indexASCIIFold(s, pat string) int {
	for i := 0; i+len(pat) <= len(s); i++ {
		k := 0
		for k < len(pat) {
			c := s[i+k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != pat[k] {
				break
			}
			k++
		}
		if k == len(pat) {
			return i
		}
	}
	return -1
}

// isProseSpecial is prose's isSpecial: an emoticon of its list, or a match
// of `^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$` (U.S., Mr.).
func isProseSpecial(s string) bool {
	if len(s) <= maxEmoticonLen && proseEmoticons[s] {
		return true
	}
	n := len(s)
	if n >= 4 && n%2 == 0 {
		dotted := true
		for i := 0; i < n; i += 2 {
			c := s[i] | 0x20
			if c < 'a' || c > 'z' || s[i+1] != '.' {
				dotted = false
				break
			}
		}
		if dotted {
			return true
		}
	}
	if (n == 3 || n == 4) && s[0] >= 'A' && s[0] <= 'Z' && s[n-1] == '.' {
		for i := 1; i < n-1; i++ {
			if s[i] < 'a' || s[i] > 'z' {
				return false
			}
		}
		return true
	}
	return false
}

// proseSpecialRE is prose's internalRE, kept for the test that checks
// isProseSpecial against it.
var proseSpecialRE = regexp.MustCompile(`^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`)

// proseEmoticons is prose's emoticons list.
var proseEmoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true, "(o:": true, "(¬_¬)": true,
	"(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true, "8-)": true, "8-D": true, "8D": true, ":(": true,
	":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true, ":-))": true, ":-)))": true, ":-*": true,
	":-/": true, ":-X": true, ":-]": true, ":-o": true, ":-p": true, ":-x": true, ":-|": true, ":-}": true,
	":0": true, ":3": true, ":P": true, ":]": true, ":`(": true, ":`)": true, ":`-(": true, ":o": true,
	":o)": true, "=(": true, "=)": true, "=D": true, "=|": true, "@_@": true, "O.o": true, "O_o": true,
	"V_V": true, "XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true, "o_o": true, "v_v": true,
	"xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}

var maxEmoticonLen = func() int {
	n := 0
	for e := range proseEmoticons {
		n = max(n, len(e))
	}
	return n
}()

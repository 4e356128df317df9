package meeting

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// Small scanning helpers over the normalised text. Offsets are offsets of
// Doc.Text (and Doc.Lower, which has the same offsets).

// skipSpacePunct skips spaces and the given punctuation bytes.
func skipSpacePunct(s string, i int, punct string) int {
	for i < len(s) && (s[i] == ' ' || strings.IndexByte(punct, s[i]) >= 0) {
		i++
	}
	return i
}

// prevWord returns the span of the word that ends before i (skipping
// spaces), or (i, i) when there is none on the same line.
func prevWord(s string, i int) (int, int) {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	end := j
	j = textscan.WordStart(s, j)
	if j == end {
		return i, i
	}
	return j, end
}

// isUpperStart reports whether the word at s[i:] begins with an upper-case
// letter or a digit.
func isUpperStart(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r) || '0' <= r && r <= '9'
}

// atoiSpan parses the ASCII digits s[i:j]; ok is false when there are none
// or too many.
func atoiSpan(s string, i, j int) (int, bool) {
	if i >= j || j-i > 9 {
		return 0, false
	}
	n := 0
	for k := i; k < j; k++ {
		c := s[k]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// digitsAt returns the end of the run of ASCII digits at i.
func digitsAt(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// hasFields reports whether s has at least n fields as strings.Fields
// splits it, without building them or reading past the n-th.
func hasFields(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n <= 0 {
			return true
		}
	}
	return n <= 0
}

// maxSentence bounds how far sentenceBounds looks from its offset.
const maxSentence = 2000

// sentenceBounds returns the span of the sentence around i within
// s[lo:hi]: it ends at a full stop, question or exclamation mark followed by
// a space, or at a line end. A full stop between digits or after a short
// upper-case abbreviation ("TP.") does not end a sentence.
func sentenceBounds(s string, i, lo, hi int) (int, int) {
	// A sentence is cut at maxSentence bytes either side, so that text
	// without punctuation costs linear time.
	lo, hi = max(lo, i-maxSentence), min(hi, i+maxSentence)
	start := i
	for start > lo {
		k := prevMark(s, lo, start)
		if k < lo {
			start = lo
			break
		}
		if isSentenceEnd(s, k) {
			start = k + 1
			break
		}
		start = k
	}
	end := i
	for end < hi {
		k := nextMark(s, end, hi)
		if k == hi {
			end = hi
			break
		}
		end = k + 1
		if isSentenceEnd(s, k) {
			break
		}
	}
	return start, end
}

// sentenceMark holds the bytes isSentenceEnd may accept, so that the
// walks of sentenceBounds ask it only there.
var sentenceMark = [256]bool{'\n': true, '!': true, '?': true, '.': true}

// nextMark returns the offset of the first byte of s[i:hi] that
// sentenceMark holds, or hi. It passes eight bytes at once over letters,
// digits and spaces (lowPunct): a sentence has a few dozen words.
func nextMark(s string, i, hi int) int {
	for ; i+8 <= hi; i += 8 {
		for m := lowPunct(textscan.Load8(s, i)); m != 0; m &= m - 1 {
			if k := i + bits.TrailingZeros64(m)>>3; sentenceMark[s[k]] {
				return k
			}
		}
	}
	for ; i < hi; i++ {
		if sentenceMark[s[i]] {
			return i
		}
	}
	return hi
}

// prevMark returns the offset of the last byte of s[lo:i] that
// sentenceMark holds, or lo-1, eight bytes at once as nextMark.
func prevMark(s string, lo, i int) int {
	for ; i-8 >= lo; i -= 8 {
		for m := lowPunct(textscan.Load8(s, i-8)); m != 0; m &^= 1 << (63 - bits.LeadingZeros64(m)) {
			if k := i - 8 + (63-bits.LeadingZeros64(m))>>3; sentenceMark[s[k]] {
				return k
			}
		}
	}
	for i--; i >= lo; i-- {
		if sentenceMark[s[i]] {
			return i
		}
	}
	return lo - 1
}

// lowPunct returns the high bit of each byte of x below 0x40 but a space
// or a digit: the marks of sentenceMark are among them, and few others.
func lowPunct(x uint64) uint64 {
	const high = 0x8080808080808080
	y := x &^ high
	below := ^(y + 0x4040404040404040) &^ x & high // y+0x40 carries into the high bit from 0x40 on
	return below &^ bytesEqual(x, ' ') &^ textscan.BytesIn(y, '0', '9')
}

// isSentenceEnd reports whether s[i] ends a sentence.
func isSentenceEnd(s string, i int) bool {
	switch s[i] {
	case '\n':
		return true
	case '!', '?':
		return i+1 >= len(s) || s[i+1] == ' ' || s[i+1] == '\n'
	case '.':
		if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\n' {
			return false
		}
		// "TP. HCM": a short abbreviation in capitals does not end a sentence.
		ws, we := prevWord(s, i)
		if we == i && we-ws <= 2 && ws < we && isUpperStart(s, ws) && upperWord(s[ws:we]) {
			return false
		}
		return true
	}
	return false
}

// upperWord reports whether w has no lower-case letter.
func upperWord(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// A quotedMarks is a set of ASCII bytes that, with the curly quotes “ and
// ”, part a clause from what comes before it.
type quotedMarks [utf8.RuneSelf]bool

func newQuotedMarks(ascii string) *quotedMarks {
	var m quotedMarks
	for i := range len(ascii) {
		m[ascii[i]] = true
	}
	return &m
}

// lastIn is strings.LastIndexAny(s, ascii+"“”") for the ascii m holds,
// s being UTF-8: it looks at each byte once rather than decoding each
// character, as LastIndexAny does for a set that is not all ASCII.
func (m *quotedMarks) lastIn(s string) int {
	for k := len(s) - 1; k >= 0; k-- {
		switch b := s[k]; {
		case b < utf8.RuneSelf:
			if m[b] {
				return k
			}
		case (b == 0x9c || b == 0x9d) && k >= 2 && s[k-2] == 0xe2 && s[k-1] == 0x80: // “ ”
			return k - 2
		}
	}
	return -1
}

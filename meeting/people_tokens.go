package meeting

import (
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/growth"
	"github.com/vnreport/vnreport/internal/textscan"
)

// This file reads the report into tokens and sentences (scan.tokenize), the
// first floor of newScan: words with their case and lexicon flags, one
// punctuation character each, and where sentences end.

// tokenize splits the report into tokens and sentences, line by line,
// leaving out the site's furniture.
func (sc *scan) tokenize() {
	t, l := sc.t, sc.l
	if n := len(t)/5 + 8; cap(sc.toks) < n {
		sc.toks = make([]token, 0, n)
	}
	para := 0
	for ls, le := range textscan.Lines(t, 0) {
		if ls >= sc.article.End {
			break
		}
		if strings.TrimSpace(l[ls:le]) != "" && !sc.article.Furniture(ls) {
			sc.line(ls, le, para)
			para++
		}
	}
}

// line tokenizes the paragraph t[s:e] and splits it into sentences.
func (sc *scan) line(s, e, para int) {
	t := sc.t
	first := len(sc.toks)
	sc.puncts = sc.puncts[:0]
	for i := s; i < e; {
		c := t[i]
		if c == ' ' {
			i++
			continue
		}
		j, bits := wordEnd(t, i, e)
		if j == i {
			w := 1
			if c >= utf8.RuneSelf {
				_, w = utf8.DecodeRuneInString(t[i:])
			}
			sc.addPunct(i, i+w)
			i += w
			continue
		}
		if len(sc.toks) == cap(sc.toks) {
			sc.toks = growth.Room(sc.toks, i, len(t))
		}
		// classified in place: cheaper than copying a token in
		sc.toks = append(sc.toks, token{s: int32(i), e: int32(j), bits: bits})
		sc.classify(&sc.toks[len(sc.toks)-1])
		i = j
	}
	sc.sentences(first, para)
}

// wordEnd returns the end of the word that opens t[i:e], or i when none
// does, with tbDigit set when it holds an ASCII digit. The common letters
// of Vietnamese are told by their first two bytes (wordStep, badNext),
// with no branch but the one that ends the word; any other character by
// textscan.IsWordRune. t is valid UTF-8, as Doc.Text is.
func wordEnd(t string, i, e int) (int, tokBits) {
	var bits tokBits
	t = t[:e]
	j := i
	for j < len(t) {
		if j+8 <= len(t) {
			n, digit := plain8(textscan.Load8(t, j))
			bits |= digit
			if j += n; n == 8 {
				continue
			}
		}
		st := wordStep[t[j]]
		if j+1 < len(t) && st&wsLen != 0 && !badNext[(int(st&wsRow)<<6|int(t[j+1]))&1023] {
			bits |= tokBits(st & wsDigit)
			j += int(st & wsLen)
			continue
		}
		if st&wsEnd != 0 {
			break
		}
		if st&wsJoin != 0 {
			// "đ/c", "TP.HCM", "3.666", "K'Ré", "TN&MT": joiners between word characters
			if j > i && j+1 < len(t) {
				if r, _ := utf8.DecodeRuneInString(t[j+1:]); textscan.IsWordRune(r) {
					j++
					continue
				}
			}
			break
		}
		// the last byte of the line, or a character decoded
		r, w := utf8.DecodeRuneInString(t[j:])
		if !textscan.IsWordRune(r) {
			break
		}
		bits |= tokBits(wordStep[t[j]] & wsDigit)
		j += w
	}
	return min(j, len(t)), bits
}

// The lanes of eight bytes read at once by plain8.
const (
	lanes1  = 0x0101010101010101
	lanesHi = 0x8080808080808080
)

// plain8 returns how many of the eight bytes of x (the first in the low
// byte) certainly make word characters, up to a character boundary: ASCII
// letters and digits, and the letters of two bytes opened by C3–C6 but ×
// and ÷, and of three opened by E1 B8–BB, whole in the eight bytes. It
// tells them with arithmetic on all eight lanes at once, no branch; the
// byte after them is read by wordEnd one character at a time. digit is
// tbDigit when they hold an ASCII digit.
func plain8(x uint64) (int, tokBits) {
	ascii := ^x & lanesHi
	v := x & ^uint64(lanesHi)
	// ASCII letters and digits, in the high bit of their lanes
	l := v | 0x20*lanes1
	letter := (l + (0x80-'a')*lanes1) &^ (l + (0x80-'z'-1)*lanes1)
	dig := (v + (0x80-'0')*lanes1) &^ (v + (0x80-'9'-1)*lanes1) & ascii
	alnum := (letter&lanesHi | dig) & ascii
	// lead bytes (11xxxxxx), and their value less 0xC0 in seven bits
	lead := x & (x << 1) & lanesHi
	lv := (x ^ 0xC0*lanes1) & ^uint64(lanesHi)
	next := x >> 8 // the byte after each lane
	c3to6 := (lv + (0x80-3)*lanes1) &^ (lv + (0x80-7)*lanes1)
	isC3 := ^nonZero7(lv ^ 0x03*lanes1)
	isE1 := ^nonZero7(lv ^ 0x21*lanes1)
	timesDiv := ^nonZero8(next | 0x20*lanes1 ^ 0xB7*lanes1) // × C3 97, ÷ C3 B7
	e1Letter := ^nonZero8(next&(0xFC*lanes1) ^ 0xB8*lanes1) // E1 B8–BB
	good := lead & (c3to6&^(isC3&timesDiv)&0x0080808080808080 | isE1&e1Letter&0x0000808080808080)
	cont := x &^ (x << 1) & lanesHi
	bad := lanesHi &^ (alnum | cont | good)
	n := bits.TrailingZeros64(bad) >> 3
	d := dig & (bad&-bad - 1) // the digits below the first bad lane (all lanes when none is)
	return n, tokBits((d|-d)>>63) * tbDigit
}

// nonZero7 sets the high bit of each lane of v, seven bits each, that is
// not zero.
func nonZero7(v uint64) uint64 { return (v + 0x7F*lanes1 | v) & lanesHi }

// nonZero8 sets the high bit of each lane of v that is not zero.
func nonZero8(v uint64) uint64 { return (v&^lanesHi + 0x7F*lanes1 | v) & lanesHi }

// wordStep holds what the first byte of a character tells of it: its
// length (wsLen) when it opens a letter or digit that its next byte
// confirms (badNext, row st&wsRow), whether it is an ASCII digit, a joiner,
// or no word character at all (wsEnd). Any other byte opens a character
// that is decoded.
var wordStep = func() (a [256]uint8) {
	for c := range a {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			a[c] = 1
		case '0' <= c && c <= '9':
			a[c] = 1 | wsDigit
		case c == '/' || c == '.' || c == '\'' || c == '&':
			a[c] = wsJoin
		case c < utf8.RuneSelf:
			a[c] = wsEnd
		case c == 0xC3: // U+00C0–U+00FF, but × and ÷
			a[c] = 2 | 1<<2
		case 0xC4 <= c && c <= 0xC6: // U+0100–U+01BF
			a[c] = 2 | 2<<2
		case c == 0xE1: // U+1000–U+1FFF: U+1E00–U+1EFF are letters
			a[c] = 3 | 3<<2
		}
	}
	return a
}()

const (
	wsLen   = 3              // the length of a letter or digit told by its first byte
	wsRow   = 3 << 2         // the row of badNext that checks the next byte
	wsDigit = uint8(tbDigit) // an ASCII digit: tokBits' own bit (1<<4, above the row of badNext)
	wsJoin  = 1 << 5         // "/", ".", "'", "&": a joiner between word characters
	wsEnd   = 1 << 6         // an ASCII character of no word
)

// badNext[row<<8|b] reports whether b, the byte after a first byte of
// that row of wordStep (st&wsRow>>2), makes the character other than a
// letter: not a continuation byte (row 1, 2), × or ÷ (row 1), or outside
// U+1E00–U+1EFF (row 3). Row 0, ASCII, never does.
var badNext = func() (a [4 << 8]bool) {
	for b := range 256 {
		cont := b&0xC0 == 0x80
		a[1<<8|b] = !cont || b == 0x97 || b == 0xB7
		a[2<<8|b] = !cont
		a[3<<8|b] = b < 0xB8 || b > 0xBB
	}
	return a
}()

// sentences splits the tokens of a paragraph, from first on, into
// sentences.
func (sc *scan) sentences(first, para int) {
	// marks counts the punctuation tokens from ts on, so that the
	// sentence holds a word when it holds more tokens than marks
	ts, marks, prevMarks := first, 0, false
	for _, k := range sc.puncts {
		k := int(k)
		if !sc.endsSentence(k, first) {
			marks++
			continue
		}
		words := k-ts > marks
		sc.addSentence(ts, k+1, para, prevMarks && !words)
		ts, prevMarks, marks = k+1, !words, 0
	}
	if ts < len(sc.toks) {
		sc.addSentence(ts, len(sc.toks), para, prevMarks && len(sc.toks)-ts == marks)
	}
}

// addPunct adds the punctuation character t[i:j] as a token. A run of one
// character ("......", "_____") takes three tokens at most, and a run of
// marks with no space or one between them ("\"),", ",(\",(\"", ". . .")
// maxMarks, the last extended over the rest, so that the tokens of a text
// never outnumber its words and short runs of punctuation.
func (sc *scan) addPunct(i, j int) {
	ch, n := sc.t[i:j], len(sc.toks)
	if n >= 3 && sc.punctRun(n-1, i, ch) && sc.punctRun(n-2, int(sc.toks[n-1].s), ch) &&
		sc.punctRun(n-3, int(sc.toks[n-2].s), ch) || sc.marksRun(i) {
		sc.toks[n-1].e = int32(j)
		return
	}
	sc.puncts = append(sc.puncts, int32(n))
	sc.toks = append(growth.Room(sc.toks, i, len(sc.t)), token{s: int32(i), e: int32(j), bits: tbPunct})
}

// maxMarks is the most tokens a run of differing marks takes: more than
// any run of real text holds (`."),` is four), few enough that a text of
// marks alone costs a token for a run, not one for each byte.
const maxMarks = 8

// marksRun reports whether the last maxMarks tokens are punctuation, each
// ending where the next begins or one space before it, and the last at i
// or one space before.
func (sc *scan) marksRun(i int) bool {
	n := len(sc.toks)
	if n < maxMarks {
		return false
	}
	for k := n - 1; k >= n-maxMarks; k-- {
		if tk := sc.toks[k]; tk.kind() != tPunct || int(tk.e) != i && (int(tk.e) != i-1 || sc.t[i-1] != ' ') {
			return false
		} else {
			i = int(tk.s)
		}
	}
	return true
}

// punctRun reports whether token k is punctuation that ends at i and
// repeats ch.
func (sc *scan) punctRun(k, i int, ch string) bool {
	tk := sc.toks[k]
	return tk.kind() == tPunct && int(tk.e) == i && strings.HasPrefix(sc.t[tk.s:], ch)
}

// asciiWord tells the ASCII characters of words: letters and digits.
var asciiWord = func() (a [utf8.RuneSelf]bool) {
	for c := range a {
		a[c] = wordStep[c]&wsLen == 1
	}
	return a
}()

// classify sets the case and flags of a word token whose digit field is
// set. Text and Lower are aligned, so a letter is upper case exactly where
// they differ.
func (sc *scan) classify(tk *token) {
	s, e := int(tk.s), int(tk.e)
	var same bool // w == lw: the word is in lower case
	switch {
	case e-s <= 8 && s+8 <= len(sc.l):
		a, b, eq := keyAt(sc.t, sc.l, s, e)
		tk.lex, same = flagLex(a, b), eq
	case e-s <= 12:
		// the keys of short words compare them without a call
		a, b := wordKey(sc.l[s:e])
		tk.lex = flagLex(a, b)
		wa, wb := wordKey(sc.t[s:e])
		same = wa == a && wb == b
	default:
		same = sc.t[s:e] == sc.l[s:e] // too long for any lexicon: no flags
	}
	if same {
		return
	}
	w, lw := sc.t[s:e], sc.l[s:e]
	digit := tk.digit()
	_, n := utf8.DecodeRuneInString(w)
	upper := w[:n] != lw[:n]
	if upper {
		tk.bits |= tbUpper
	}
	if w[n:] == lw[n:] || strings.IndexByte(w, '\'') > 0 && !digit && upper {
		title := upper && !digit
		if title && strings.IndexByte(w, '\'') > 0 {
			// K'Ré: upper case only at the start and after the apostrophe
			title = titleApos(w, lw)
		}
		if title {
			tk.bits |= tbTitle
		}
		if title || !upper {
			return
		}
	}
	letters, uppers := 0, 0
	for i, r := range w {
		if textscan.IsWordRune(r) && !('0' <= r && r <= '9') {
			letters++
			rl, _ := utf8.DecodeRuneInString(lw[i:])
			if rl != r {
				uppers++
			}
		}
	}
	if letters >= 2 && uppers == letters {
		tk.bits |= tbAcro
	}
}

// titleApos reports whether w is upper case only at its start and after
// apostrophes.
func titleApos(w, lw string) bool {
	after := true
	for i, r := range w {
		rl, _ := utf8.DecodeRuneInString(lw[i:])
		if rl != r && !after {
			return false
		}
		after = r == '\''
	}
	return true
}

// endsSentence reports whether the punctuation token k ends a sentence.
func (sc *scan) endsSentence(k, first int) bool {
	t := sc.t
	tk := sc.toks[k]
	c := t[tk.s]
	switch {
	case c == '.' || c == '!' || c == '?':
	case strings.HasPrefix(t[tk.s:], "…"):
	default:
		return false
	}
	// the next token must open a sentence: an upper-case word, a quote or
	// an opening bracket, or a dash bullet. Closing marks between are
	// skipped, a few at most, so that a long run of them costs no more
	// than a short one for each of its marks.
	n := k + 1
	for n < len(sc.toks) && n <= k+4 && sc.toks[n].kind() == tPunct && (t[sc.toks[n].s] == '"' || t[sc.toks[n].s] == ')' || t[sc.toks[n].s] == '.') {
		n++
	}
	if n >= len(sc.toks) {
		return true
	}
	nx := sc.toks[n]
	if nx.kind() == tWord && !nx.upper() {
		return false
	}
	if p := sc.t[nx.s]; nx.kind() == tPunct && (p == ',' || p == ';' || p == ':') {
		return false // "… này?", ông nói
	}
	if c == '.' && k > first && sc.toks[k-1].kind() == tWord && sc.toks[k-1].e == tk.s {
		if abbrevWord[sc.l[sc.toks[k-1].s:sc.toks[k-1].e]] {
			return false
		}
	}
	return true
}

var abbrevWord = map[string]bool{"tp": true, "q": true, "p": true, "tx": true, "ths": true, "ts": true,
	"pgs": true, "gs": true, "bs": true, "ks": true, "đ/c": true, "đc": true, "tt": true}

// addSentence adds the tokens [ts, te) of paragraph para as a sentence,
// or, when join is set, to the sentence before. A sentence that holds no
// word (". . .", "?!") joins the one before it when that one holds none
// either: a run of marks makes one sentence, not one of 32 B every two
// bytes, and a sentence with words keeps its end.
func (sc *scan) addSentence(ts, te, para int, join bool) {
	if join {
		sc.sents[len(sc.sents)-1].te = te
		return
	}
	sc.sents = append(growth.Room(sc.sents, int(sc.toks[te-1].e), len(sc.t)), sentence{ts: ts, te: te, para: para})
}

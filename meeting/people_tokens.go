package meeting

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/growth"
	"github.com/vnreport/vnreport/internal/textscan"
)

// This file reads the report into tokens and sentences (scan.tokenize), the
// first floor of newScan: words with their case and lexicon flags, one
// punctuation character each, and where sentences end.

// tokenize splits the report into tokens and sentences, line by line,
// leaving out the site's furniture, and marks the candidate tokens
// (markCand).
func (sc *scan) tokenize() {
	t, l := sc.t, sc.l
	if n := len(t)/5 + 8; cap(sc.toks) < n {
		sc.toks = make([]token, 0, n)
	}
	for kind := range sc.cands {
		sc.cands[kind] = sc.cands[kind][:0]
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
	sc.padCands()
}

// line tokenizes the paragraph t[s:e] and splits it into sentences. It
// reads the letters of a word itself, a byte at a time: the bytes that are
// surely a word's (wordByte: ASCII letters and digits, the letters of
// U+0100–U+01BF, and the continuation bytes of a letter taken) with a load
// and a test each, and the lead bytes C3 and E1, whose next byte tells a
// letter (badNext), with one test more. Vietnamese syllables are a few
// bytes long, so a call a word would cost about as much as reading it; a
// word that goes on past these (a joiner, a character decoded) is read
// on by wordRest.
func (sc *scan) line(s, e, para int) {
	t := sc.t[:e]
	first := len(sc.toks)
	sc.puncts = sc.puncts[:0]
	for i := s; i < len(t); {
		if t[i] == ' ' {
			i++
			continue
		}
		j, dig := i, uint8(0)
		for j < len(t) {
			st := wordByte[t[j]]
			if st&wbOn != 0 {
				dig |= st
				j++
			} else if st&wsLen != 0 && j+1 < len(t) && !badNext[(int(st&wsRow)<<6|int(t[j+1]))&1023] {
				j += int(st & wsLen)
			} else {
				if st&wsEnd == 0 {
					j, dig = wordRest(t, i, j, dig)
				}
				break
			}
		}
		if j == i {
			i = sc.addPunct(i)
			continue
		}
		if dig&wsDigit != 0 && j < len(t) && t[j] == '%' {
			j++ // "12%" is one token: no name has a percentage in it
		}
		sc.addWord(i, j, tokBits(dig&wsDigit))
		i = j
	}
	sc.sentences(first, para)
}

// wordRest returns the end of the word that opens t[i:], read by line up
// to j, and dig with the wsDigit of its ASCII digits. It reads what line
// does, and besides a joiner between word characters or a character that
// wordByte does not tell, decoded: any word character of
// textscan.IsWordRune. t is valid UTF-8, as Doc.Text is.
func wordRest(t string, i, j int, dig uint8) (int, uint8) {
	for j < len(t) {
		st := wordByte[t[j]]
		if st&wbOn != 0 {
			dig |= st
			j++
			continue
		}
		if st&wsLen != 0 && j+1 < len(t) && !badNext[(int(st&wsRow)<<6|int(t[j+1]))&1023] {
			j += int(st & wsLen)
			continue
		}
		if st&wsEnd != 0 {
			break // a space or a mark: most words end so
		}
		if n := wordRuneAt(t, i, j, st); n > 0 {
			j += n
			continue
		}
		break
	}
	return min(j, len(t)), dig
}

// wordRuneAt returns the length of the word character at t[j], which
// wordByte does not tell by its byte (st) alone, or 0 when it is none: a
// joiner between word characters ("đ/c", "TP.HCM", "3.666", "K'Ré",
// "TN&MT"), or a character decoded, as at the last byte of the line.
func wordRuneAt(t string, i, j int, st uint8) int {
	if st&wsJoin != 0 {
		if j > i && j+1 < len(t) {
			if r, _ := utf8.DecodeRuneInString(t[j+1:]); textscan.IsWordRune(r) {
				return 1
			}
		}
		return 0
	}
	r, w := utf8.DecodeRuneInString(t[j:])
	if !textscan.IsWordRune(r) {
		return 0
	}
	return w
}

// wordByte holds what a byte tells of the character it is in: wbOn when
// it is surely part of a word (an ASCII letter or digit, a lead byte of
// U+0100–U+01BF, all letters, or a continuation byte, which wordEnd meets
// only inside a letter it took), with wsDigit for an ASCII digit. Else, for
// the lead bytes C3 and E1, the length of the letter they open when their
// next byte confirms it (badNext, row st&wsRow); whether the byte is a
// joiner, or no word character at all (wsEnd). Any other byte opens a
// character that is decoded.
var wordByte = func() (a [256]uint8) {
	for c := range a {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || 0x80 <= c && c <= 0xBF || 0xC4 <= c && c <= 0xC6:
			a[c] = wbOn
		case '0' <= c && c <= '9':
			a[c] = wbOn | wsDigit
		case c == '/' || c == '.' || c == '\'' || c == '&':
			a[c] = wsJoin
		case c < utf8.RuneSelf:
			a[c] = wsEnd
		case c == 0xC3: // U+00C0–U+00FF, but × and ÷
			a[c] = 2 | 1<<2
		case c == 0xE1: // U+1000–U+1FFF: U+1E00–U+1EFF are letters
			a[c] = 3 | 3<<2
		}
	}
	return a
}()

const (
	wsLen   = 3              // the length of a letter told by its first byte and the next
	wsRow   = 3 << 2         // the row of badNext that checks the next byte
	wsDigit = uint8(tbDigit) // an ASCII digit: tokBits' own bit (1<<4, above the row of badNext)
	wsJoin  = 1 << 5         // "/", ".", "'", "&": a joiner between word characters
	wsEnd   = 1 << 6         // an ASCII character of no word
	wbOn    = 1 << 7         // surely a byte of a word
)

// badNext[row<<8|b] reports whether b, the byte after a first byte of
// that row of wordByte (st&wsRow>>2), makes the character other than a
// letter: not a continuation byte, × or ÷ (row 1), or outside
// U+1E00–U+1EFF (row 3).
var badNext = func() (a [4 << 8]bool) {
	for b := range 256 {
		cont := b&0xC0 == 0x80
		a[1<<8|b] = !cont || b == 0x97 || b == 0xB7
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

// sentenceAt returns the sentence holding token i: the first that ends
// after it, or len(sc.sents) when none does.
func (sc *scan) sentenceAt(i int) int {
	return sort.Search(len(sc.sents), func(k int) bool { return sc.sents[k].te > i })
}

// addPunct adds the punctuation character at t[i] as a token and returns
// where it ends. A run of one character ("......", "_____") takes three
// tokens at most, and a run of marks with no space or one between them
// ("\"),", ",(\",(\"", ". . .") maxMarks, the last extended over the rest,
// so that the tokens of a text never outnumber its words and short runs of
// punctuation.
func (sc *scan) addPunct(i int) int {
	j := i + 1
	if sc.t[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRuneInString(sc.t[i:])
		j = i + w
	}
	ch, n := sc.t[i:j], len(sc.toks)
	// a mark after a word, the most common, opens no run
	if n > 0 && sc.toks[n-1].kind() == tPunct && (sc.repeatRun(i, ch) || sc.marksRun(i)) {
		sc.toks[n-1].e = int32(j)
		return j
	}
	sc.puncts = append(growth.Room(sc.puncts, i, len(sc.t)), int32(n))
	if n == cap(sc.toks) {
		sc.toks = growth.Room(sc.toks, i, len(sc.t))
	}
	sc.toks = append(sc.toks, token{s: int32(i), e: int32(j), bits: tbPunct})
	return j
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

// repeatRun reports whether the last three tokens are ch, each ending
// where the next begins, the last at i.
func (sc *scan) repeatRun(i int, ch string) bool {
	n := len(sc.toks)
	return n >= 3 && sc.punctRun(n-1, i, ch) && sc.punctRun(n-2, int(sc.toks[n-1].s), ch) &&
		sc.punctRun(n-3, int(sc.toks[n-2].s), ch)
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
		a[c] = wordByte[c]&wbOn != 0
	}
	return a
}()

// addWord adds the word t[s:e] as a token, with its lexicon entry and
// case; bits holds its tbDigit. Text and Lower are aligned, so a letter
// is upper case exactly where they differ: a word of eight bytes or fewer,
// most of them, is keyed and compared by one load of each text, and read
// further only when it is not in lower case (caseBits).
func (sc *scan) addWord(s, e int, bits tokBits) {
	var lex uint16
	if n := e - s; n <= 8 && s+8 <= len(sc.l) {
		lo := textscan.Load8(sc.l, s) & keyMask[n]
		lex = flagLex(lo, uint64(n)<<32)
		if d := textscan.Load8(sc.t, s)&keyMask[n] ^ lo; d != 0 {
			// the bytes that differ lie in the first letter alone
			// ("Nguyễn"): a capitalised word, else read by caseBits
			if d&^keyMask[runeLen[sc.t[s]>>4]] == 0 && bits&tbDigit == 0 {
				bits |= tbUpper | tbTitle
			} else {
				bits = caseBits(sc.t[s:e], sc.l[s:e], bits)
			}
		}
	} else {
		if n <= 12 {
			lex = flagLex(wordKey(sc.l[s:e]))
		} // else too long for any lexicon: no flags
		if sc.t[s:e] != sc.l[s:e] {
			bits = caseBits(sc.t[s:e], sc.l[s:e], bits)
		}
	}
	if len(sc.toks) == cap(sc.toks) {
		sc.toks = growth.Room(sc.toks, s, len(sc.t))
	}
	sc.toks = append(sc.toks, token{s: int32(s), e: int32(e), lex: lex, bits: bits})
	if c := candOf[lex&lexMask] | uint8(bits&tbTitle)>>2; c != 0 {
		sc.markCand(len(sc.toks)-1, c)
	}
}

// runeLen[c>>4] is the length of the character that opens with the byte c.
var runeLen = [16]uint8{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4}

// caseBits returns bits, the tbDigit of the word w, with the bits of its
// case set: w is not in lower case (lw).
func caseBits(w, lw string, bits tokBits) tokBits {
	digit := bits&tbDigit != 0
	_, n := utf8.DecodeRuneInString(w)
	upper := w[:n] != lw[:n]
	if upper {
		bits |= tbUpper
	}
	if w[n:] == lw[n:] || strings.IndexByte(w, '\'') > 0 && !digit && upper {
		title := upper && !digit
		if title && strings.IndexByte(w, '\'') > 0 {
			// K'Ré: upper case only at the start and after the apostrophe
			title = titleApos(w, lw)
		}
		if title {
			bits |= tbTitle
		}
		if title || !upper {
			return bits
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
		bits |= tbAcro
	}
	return bits
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
		if w := sc.l[sc.toks[k-1].s:sc.toks[k-1].e]; len(w) <= maxAbbrev && abbrevWord[w] {
			return false
		}
	}
	return true
}

var abbrevWord = map[string]bool{"tp": true, "q": true, "p": true, "tx": true, "ths": true, "ts": true,
	"pgs": true, "gs": true, "bs": true, "ks": true, "đ/c": true, "đc": true, "tt": true}

// maxAbbrev is the length of the longest abbrevWord, "đ/c": a longer word
// is none, without a look-up (TestMaxAbbrev).
const maxAbbrev = len("đ/c")

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

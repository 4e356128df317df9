package meeting

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the tokens of a scan: a word, a punctuation mark, a
// phrase, and whether the words at a token make a phrase of a lexicon. The
// floors above read the text through these only, and trimSpan trims the
// spans they hand out.

func (sc *scan) sentText(i int) string {
	s := sc.sents[i]
	return sc.t[sc.toks[s.ts].s:sc.toks[s.te-1].e]
}

// word returns token i in lower case, or "" when it is not a word.
func (sc *scan) word(i int) string {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind() != tWord {
		return ""
	}
	return sc.l[sc.toks[i].s:sc.toks[i].e]
}

// punct returns the punctuation character of token i, or 0.
func (sc *scan) punct(i int) byte {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind() != tPunct {
		return 0
	}
	return sc.t[sc.toks[i].s]
}

// phrase returns the lower-case text of the n word tokens from i when they
// are words separated by single spaces, else "".
func (sc *scan) phrase(i, n, end int) string {
	if i+n > end {
		return ""
	}
	for k := i; k < i+n; k++ {
		if sc.toks[k].kind() != tWord {
			return ""
		}
		if k > i && sc.toks[k].s != sc.toks[k-1].e+1 {
			return ""
		}
	}
	return sc.l[sc.toks[i].s:sc.toks[i+n-1].e]
}

// match returns how many words of lex start at token i (longest first), or 0.
func (sc *scan) match(lex lexicon, i, end int) int {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].first()&lex.bit == 0 {
		return 0
	}
	tk := sc.toks[i]
	// the phrase can only run on over words that stand in phrases, one
	// space apart (sc.phrase's test); keys[n-1] is the key of n words
	var keys [maxPhrase]uint64
	keys[0] = uint64(tk.lex)
	m, maxN := 1, min(int(tk.maxN()), maxPhrase)
	for m < maxN && i+m < end && sc.toks[i+m].tail() && sc.toks[i+m].s == sc.toks[i+m-1].e+1 {
		keys[m] = phraseKey(keys[m-1], sc.toks[i+m].lex)
		m++
	}
	for n := m; n > 1; n-- {
		if phraseLex(keys[n-1])&lex.bit != 0 {
			return n
		}
	}
	if tk.self()&lex.bit != 0 && i < end {
		return 1
	}
	return 0
}

// isPhrase reports whether the n words from token i, up to end, make a
// phrase of lex.
func (sc *scan) isPhrase(lex lexicon, i, n, end int) bool {
	if n == 1 {
		return i+1 <= end && sc.in(lex, i)
	}
	if i < 0 || i+n > end || i+n > len(sc.toks) || sc.toks[i].first()&lex.bit == 0 || n > maxPhrase {
		return false
	}
	key := uint64(sc.toks[i].lex)
	for k := i + 1; k < i+n; k++ {
		tk := sc.toks[k]
		if !tk.tail() || tk.s != sc.toks[k-1].e+1 {
			return false // not a word of a phrase, or not one space after the word before
		}
		key = phraseKey(key, tk.lex)
	}
	return phraseLex(key)&lex.bit != 0
}

// in reports whether the word at token i is one of the one-word phrases of lex.
func (sc *scan) in(lex lexicon, i int) bool {
	return i >= 0 && i < len(sc.toks) && sc.toks[i].self()&lex.bit != 0
}

// isWords reports whether the words from token i are ws (one word each).
func (sc *scan) isWords(i int, ws ...string) bool {
	for k, w := range ws {
		if sc.word(i+k) != w {
			return false
		}
	}
	return true
}

func (sc *scan) upperAt(i int) bool {
	r, _ := utf8.DecodeRuneInString(sc.t[i:])
	return unicode.IsUpper(r)
}

func (sc *scan) span(ts, te int) textSpan {
	return textSpan{int(sc.toks[ts].s), int(sc.toks[te-1].e)}
}

// trimSpan trims spaces and the given cut characters from both ends of
// t[s:e] and returns the new bounds.
func trimSpan[T int | int32](t string, s, e T, cut string) (T, T) {
	for s < e && (t[s] == ' ' || strings.IndexByte(cut, t[s]) >= 0) {
		s++
	}
	for e > s && (t[e-1] == ' ' || strings.IndexByte(cut, t[e-1]) >= 0) {
		e--
	}
	return s, e
}

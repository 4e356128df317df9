package vntext

import (
	"iter"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// A Span is the byte range text[Start:End] of a text as given.
type Span struct {
	Start, End int
}

// Sentences splits text into sentences and returns their spans, in order.
// Spans hold no leading or trailing spaces, never overlap, and together
// cover every character of text other than spaces and line ends.
//
// A sentence ends at a line end (a paragraph), and at '.', '!', '?', '…'
// or "..." (with any closing quote or parenthesis after them) followed by
// a space and an upper-case letter, possibly behind an opening quote or
// parenthesis. So "TP.HCM", "Q.2", "3.666" and "4.0", which have no space,
// never end one, nor does "…" before a lower-case word. A single '.' after
// a title or place abbreviation (ThS., TS., PGS.TS., GS., TP., Q., P.) or
// after one upper-case letter other than I, V and X (an initial, where
// those three are more often Roman numerals) does not end a sentence
// either. Text within double quotes stays in one sentence: a quotation
// ends its sentence only where the quotation itself ends, as in
// `Ông nói: "Phải làm ngay." Sau đó`. Text rejoined from word-segmented
// sources, with a space before the mark ("làm xong . Sau đó"), splits the
// same way.
func Sentences(text string) []Span {
	var out []Span
	sentences(text, func(s Span) bool {
		out = append(out, s)
		return true
	})
	return out
}

// SentencesSeq returns an iterator over the spans that [Sentences] would
// return, without building the slice.
func SentencesSeq(text string) iter.Seq[Span] {
	return func(yield func(Span) bool) { sentences(text, yield) }
}

// sentenceAbbrev lists, in lower case, the words that are abbreviations
// when a '.' follows them.
var sentenceAbbrev = map[string]bool{
	"tp": true, "q": true, "p": true, "tx": true, "tt": true, "h": true,
	"ths": true, "ts": true, "pgs": true, "gs": true, "bs": true, "ks": true,
	"cn": true, "ncs": true, "th": true, "bsck": true, "ls": true, "đc": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "tr": true, "vd": true,
	"st": true, "ng": true,
}

// sentences calls yield with each sentence span of text until yield
// returns false.
func sentences(text string, yield func(Span) bool) {
	// Sentences need no lower-case copy: build the Doc without it.
	d := &Doc{Src: text}
	d.normalize(false)
	t := d.Text
	start := -1  // start of the current sentence, -1 between sentences
	lastEnd := 0 // end of the last character that is not a space
	inQuote := false
	srcEnd := 0 // end of the last span yielded, in text
	emit := func(end int) bool {
		if start < 0 {
			return true
		}
		s, e := d.SrcSpan(start, end)
		start = -1
		// Where normalisation rewrote a stretch as a whole (such as bad
		// bytes around a line end), two sentences can map to one source
		// range: keep spans apart and drop what is already covered.
		s = max(s, srcEnd)
		if s >= e {
			return true
		}
		srcEnd = e
		return yield(Span{s, e})
	}
	for i := 0; i < len(t); {
		c := t[i]
		switch c {
		case '\n':
			if !emit(lastEnd) {
				return
			}
			inQuote = false
			i++
			continue
		case ' ':
			i++
			continue
		}
		if start < 0 {
			start = i
		}
		if c == '"' {
			inQuote = !inQuote
			i++
			lastEnd = i
			continue
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(t[i:])
		}
		if !isSentenceEnd(r) {
			i += w
			lastEnd = i
			continue
		}
		marks, j, q := sentenceMarksEnd(t, i, inQuote)
		inQuote = q
		single := marks == i+1 && c == '.'
		lastEnd = j
		if !inQuote && !(single && abbrevBefore(t, i)) && startsSentence(t, j) {
			if !emit(j) {
				return
			}
		}
		i = j
	}
	emit(lastEnd)
}

// sentenceMarksEnd returns the end of the run of terminal marks at t[i:]
// (marks) and of the closers after it (a closing quote, a bracket, an apostrophe)
// (end), and whether a quote is still open after them.
func sentenceMarksEnd(t string, i int, inQuote bool) (marks, end int, stillQuoted bool) {
	j := i
	for j < len(t) {
		r2, w2 := utf8.DecodeRuneInString(t[j:])
		if !isSentenceEnd(r2) {
			break
		}
		j += w2
	}
	marks = j
	for {
		k := j
		if inQuote {
			k = textscan.SkipSpaces(t, j) // rejoined text: `làm . "`
		}
		if k < len(t) && t[k] == '"' && inQuote {
			inQuote = false
			j = k + 1
			continue
		}
		if j < len(t) && (t[j] == ')' || t[j] == '\'' || t[j] == ']') {
			j++
			continue
		}
		break
	}
	return marks, j, inQuote
}

// isSentenceEnd reports whether r is a mark that can end a sentence.
func isSentenceEnd(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// startsSentence reports whether t[j:] is one or more spaces and then a
// sentence start: an upper-case letter, possibly after an opening quote
// or parenthesis.
func startsSentence(t string, j int) bool {
	k := textscan.SkipSpaces(t, j)
	if k == j || k >= len(t) {
		return false
	}
	if t[k] == '"' || t[k] == '(' || t[k] == '\'' {
		k = textscan.SkipSpaces(t, k+1)
	}
	r, _ := utf8.DecodeRuneInString(t[k:])
	return unicode.IsUpper(r)
}

// abbrevBefore reports whether the '.' at t[i] ends an abbreviation.
func abbrevBefore(t string, i int) bool {
	k := i
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(t[:k])
		if !unicode.IsLetter(r) && r != '/' {
			break
		}
		k -= w
	}
	word := t[k:i]
	if word == "" {
		return false
	}
	if r, w := utf8.DecodeRuneInString(word); w == len(word) {
		return unicode.IsUpper(r) && r != 'I' && r != 'V' && r != 'X'
	}
	var buf [16]byte
	if len(word) > len(buf) {
		return false
	}
	b := buf[:0]
	for _, r := range word {
		if r == '/' {
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return sentenceAbbrev[string(b)]
}

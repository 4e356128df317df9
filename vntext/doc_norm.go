package vntext

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// A Doc is a text prepared for matching, together with the way back to the
// caller's byte offsets.
//
// Text is the input in NFC with one tone-mark placement (see [Normalize]),
// line ends as "\n", every kind of space as ' ', dashes as '-' and curly
// quotes as straight ones. Lower is Text in lower case; it has exactly the
// same byte offsets as Text, so a match found in Lower is a span of Text.
// [Doc.SrcSpan] turns such a span into offsets of Src, the input as given.
//
// A Doc is immutable once made and safe for concurrent use.
type Doc struct {
	Src   string // the input exactly as given
	Text  string // the normalised text
	Lower string // Text in lower case, byte for byte aligned with Text

	// edits lists, in order, the places where Text and Src differ in
	// length; outside them the two advance together. It is nil when Text
	// and Src have the same offsets throughout.
	edits []edit
	// toneEdits maps Text back to the text before tone marks were moved,
	// where a move changed a length ("uỳ" is 4 bytes, "ùy" 3); edits then
	// maps that text to Src.
	toneEdits []edit
	// invalid is 1 + the offset in Src of the first byte that is not
	// UTF-8, or 0, so that a zero Doc is valid.
	invalid int
}

// An edit records that Src[src:srcEnd] became Text[text:textEnd]. When
// more > 0, it is a run of 1+more changes of equal widths one after the
// other ("\u00a0\u00a0\u00a0" became "   "), each mapped as if it were an
// edit of its own: a run of no-break spaces takes one edit, not one each.
type edit struct{ text, textEnd, src, srcEnd, more int }

// NewDoc normalises src. It never fails: invalid UTF-8 bytes become U+FFFD
// in Text (and map back to the bad byte in Src).
func NewDoc(src string) *Doc {
	d := &Doc{Src: src}
	spare := d.normalize()
	d.Lower = lower(d.Text, spare)
	return d
}

// Normalize returns s in the form [Doc] matches on: NFC; the modern
// tone-mark placement on the open syllables oa, oe and uy (so "hoà" becomes
// "hòa", "Quận uỷ" becomes "Quận ủy", "thuỵ" becomes "thụy", while "quý"
// and "hoàng" are untouched); "\r\n" and "\r" as "\n"; tabs, no-break and
// other Unicode spaces as ' '; en and em dashes and the minus sign as '-';
// curly double quotes and guillemets as '"' and curly single quotes as apostrophes.
// Zero-width spaces and byte-order marks are removed.
//
// Normalize is idempotent and returns s itself when s is already normal.
func Normalize(s string) string {
	d := Doc{Src: s}
	d.normalize()
	return d.Text
}

// InvalidAt returns the offset in d.Src of the first byte that is not
// valid UTF-8 (Text holds U+FFFD in its place), or -1 when Src is valid.
// It spares a caller that must reject such input a second pass over it.
func (d *Doc) InvalidAt() int { return d.invalid - 1 }

// SrcOffset maps an offset of d.Text to the corresponding offset of d.Src.
// An offset inside a normalised character maps to that character's start.
func (d *Doc) SrcOffset(i int) int {
	s, _ := d.SrcSpan(i, i)
	return s
}

// SrcSpan maps the span d.Text[start:end] to the span of d.Src it came
// from, so that d.Src[s:e] is the source text of the match. Offsets
// outside d.Text are clamped to it, so d.Src[s:e] never panics.
func (d *Doc) SrcSpan(start, end int) (s, e int) {
	start = min(max(start, 0), len(d.Text))
	end = min(end, len(d.Text))
	if end < start {
		end = start
	}
	if d.edits == nil && d.toneEdits == nil {
		return start, end
	}
	return d.mapOffset(start, false), d.mapOffset(end, true)
}

// mapOffset maps a Text offset to Src, through the tone moves and then the
// other edits.
func (d *Doc) mapOffset(i int, atEnd bool) int {
	return mapEdits(d.edits, mapEdits(d.toneEdits, i, atEnd), atEnd)
}

// mapEdits maps an offset of an edited text back through edits. An offset
// strictly inside an edit maps to the edit's source start, or its source
// end when atEnd is set.
func mapEdits(edits []edit, i int, atEnd bool) int {
	// k is the number of edits that start at or before i.
	k := sort.Search(len(edits), func(k int) bool { return edits[k].text > i })
	if k == 0 {
		return i
	}
	e := edits[k-1]
	if e.more > 0 && i < e.textEnd {
		e = e.unit(i)
	}
	switch {
	case i == e.text && !atEnd:
		return e.src // a start at an edit includes what the edit removed
	case i >= e.textEnd:
		return e.srcEnd + (i - e.textEnd)
	case i == e.text:
		return e.src
	case atEnd:
		return e.srcEnd
	default:
		return e.src
	}
}

// normalize does the work of Normalize on d.Src: it sets d.Text, the edits
// that change lengths and d.invalid. It copies only when something changes.
// When the tone moves made a second copy, the first is returned as spare,
// free for reuse.
func (d *Doc) normalize() (spare []byte) {
	src := d.Src
	d.invalid = 0
	var (
		b     []byte // output, nil while it equals src[:i]
		i     int
		edits []edit
		tmp   []byte // composeCluster's buffer
	)
	// replace writes repl in place of src[i:j].
	replace := func(j int, repl string) {
		if b == nil {
			b = make([]byte, 0, len(src)+16)
			b = append(b, src[:i]...)
		}
		if j-i != len(repl) {
			edits = addEdit(edits, edit{text: len(b), textEnd: len(b) + len(repl), src: i, srcEnd: j})
		}
		b = append(b, repl...)
		i = j
	}
	// Old-style tones are moved by fixTones after this pass. tones lists
	// the output offsets of each o or u followed by a letter that may carry
	// one, so that fixTones looks only there; scanAll is set when a
	// composition made output this pass did not look at letter by letter.
	var (
		toneBuf [64]int // room for the usual count without allocating
		tones   = toneBuf[:0]
		scanAll bool
	)
	oOrU := func(c byte) bool { return c == 'o' || c == 'O' || c == 'u' || c == 'U' }
	// noteTone records an o or u that ends the output when the letter at
	// src[i:i+w] is one whose tone fixTones may move.
	noteTone := func(w int) {
		n := i
		if b != nil {
			n = len(b)
		}
		if n > 0 && (b != nil && oOrU(b[n-1]) || b == nil && oOrU(src[n-1])) && oldToneSecond[src[i:i+w]] {
			tones = append(tones, n-1)
		}
	}
	for i < len(src) {
		// A run of plain ASCII with no mark after it needs no work.
		if j := plainRun(src, i); j > i {
			if b != nil {
				b = append(b, src[i:j]...)
			}
			i = j
			continue
		}
		c := src[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\r':
				if i+1 < len(src) && src[i+1] == '\n' {
					replace(i+2, "\n")
				} else {
					replace(i+1, "\n")
				}
				continue
			case '\t', '\v', '\f':
				replace(i+1, " ")
				continue
			}
			if i+1 < len(src) && src[i+1] >= utf8.RuneSelf && clusterEnd(src, i+1) > i+1 {
				i, b, tmp, edits = composeCluster(src, i, b, tmp, edits)
				scanAll = true
				continue
			}
			if b != nil {
				b = append(b, c)
			}
			i++
			continue
		}
		// Fast path for the letters of Vietnamese, which simpleMap leaves
		// alone: U+00C0–U+01BF (two bytes) and U+1E00–U+1EFF (three).
		w := 0
		switch {
		case 0xC3 <= c && c <= 0xC6 && i+1 < len(src) && src[i+1]&0xC0 == 0x80:
			w = 2
		case c == 0xE1 && i+2 < len(src) && 0xB8 <= src[i+1] && src[i+1] <= 0xBB && src[i+2]&0xC0 == 0x80:
			w = 3
		}
		if w > 0 {
			if i+w < len(src) && src[i+w] >= utf8.RuneSelf && clusterEnd(src, i+w) > i+w {
				i, b, tmp, edits = composeCluster(src, i, b, tmp, edits)
				scanAll = true
				continue
			}
			noteTone(w)
			if b != nil {
				b = append(b, src[i:i+w]...)
			}
			i += w
			continue
		}
		r, w := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && w == 1 {
			if d.invalid == 0 {
				d.invalid = i + 1
			}
			replace(i+1, "\uFFFD")
			continue
		}
		// Map spaces, dashes and quotes before composing, so that a mark
		// after a no-break space does not keep the space unmapped.
		if repl, ok := simpleMap(r); ok {
			replace(i+w, repl)
			continue
		}
		if clusterEnd(src, i+w) > i+w {
			i, b, tmp, edits = composeCluster(src, i, b, tmp, edits)
			scanAll = true
			continue
		}
		// A rune with a singleton decomposition, or a mark left without
		// its base by a replacement above ("\xff\u0343"), still gets its
		// NFC form, so that Normalize is idempotent.
		if !norm.NFC.IsNormalString(src[i : i+w]) {
			replace(i+w, norm.NFC.String(src[i:i+w]))
			scanAll = true
			continue
		}
		noteTone(w)
		if b != nil {
			b = append(b, src[i:i+w]...)
		}
		i += w
	}
	out := src
	if b != nil {
		out = unsafeString(b)
	}
	d.Text, d.edits = out, edits
	if !scanAll && len(tones) == 0 {
		return nil
	}
	if scanAll {
		tones = nil
	}
	d.Text, d.toneEdits = fixTones(out, tones)
	if unsafe.StringData(d.Text) != unsafe.StringData(out) {
		spare = b // out was made from b, and Text is a new copy
	}
	return spare
}

// composeCluster replaces the base character at src[i:] and the combining
// marks after it with their NFC composition.
//
// The composition is made in tmp, alone (appended to b, it could compose
// with what b ends with); tmp is returned for the next cluster, so that a
// text of decomposed letters costs no string per cluster.
func composeCluster(src string, i int, b, tmp []byte, edits []edit) (int, []byte, []byte, []edit) {
	_, w := utf8.DecodeRuneInString(src[i:])
	j := clusterEnd(src, i+w)
	if b == nil {
		b = make([]byte, 0, len(src)+16)
		b = append(b, src[:i]...)
	}
	tmp = norm.NFC.AppendString(tmp[:0], src[i:j])
	if len(tmp) != j-i {
		edits = addEdit(edits, edit{text: len(b), textEnd: len(b) + len(tmp), src: i, srcEnd: j})
	}
	b = append(b, tmp...)
	return j, b, tmp, edits
}

// unit returns the change of the run e that holds Text offset i.
func (e edit) unit(i int) edit {
	tw, sw := (e.textEnd-e.text)/(e.more+1), (e.srcEnd-e.src)/(e.more+1)
	u := (i - e.text) / tw
	t, s := e.text+u*tw, e.src+u*sw
	return edit{text: t, textEnd: t + tw, src: s, srcEnd: s + sw}
}

// addEdit appends e. A deletion (an edit with no Text) is merged with the
// edit it touches, so that no two edits start at one Text offset; a change
// of the widths of the run before it extends the run; other edits stay
// apart and keep their spans exact.
func addEdit(edits []edit, e edit) []edit {
	n := len(edits)
	if n == 0 || edits[n-1].textEnd != e.text || edits[n-1].srcEnd != e.src {
		return appendEdit(edits, e)
	}
	last := &edits[n-1]
	switch tw, sw := (last.textEnd-last.text)/(last.more+1), (last.srcEnd-last.src)/(last.more+1); {
	case last.more == 0 && (e.text == e.textEnd || last.text == last.textEnd):
		last.textEnd, last.srcEnd = e.textEnd, e.srcEnd
	case tw > 0 && sw > 0 && e.textEnd-e.text == tw && e.srcEnd-e.src == sw:
		last.textEnd, last.srcEnd = e.textEnd, e.srcEnd
		last.more++
	default:
		return appendEdit(edits, e)
	}
	return edits
}

// appendEdit appends e, doubling the room when it runs out: append grows
// a long slice by a quarter at a time, which for a text with an edit every
// few bytes allocates five times the edits kept.
func appendEdit(edits []edit, e edit) []edit {
	if len(edits) == cap(edits) {
		edits = append(make([]edit, 0, 2*cap(edits)+4), edits...)
	}
	return append(edits, e)
}

// isLetterLead reports whether src[j:] starts with a letter of the ranges
// Vietnamese uses, U+00C0–U+01BF and U+1E00–U+1EFF: starters that never
// continue the cluster before them, so they need no table lookup.
func isLetterLead(src string, j int) bool {
	c := src[j]
	return 0xC3 <= c && c <= 0xC6 || c == 0xE1 && j+1 < len(src) && 0xB8 <= src[j+1] && src[j+1] <= 0xBB
}

// clusterEnd returns the end of the run of runes from j that continue the
// character before them in NFC: combining marks (in any script) and
// starters that compose with what precedes.
func clusterEnd(src string, j int) int {
	for j < len(src) && src[j] >= utf8.RuneSelf && !isLetterLead(src, j) {
		p := norm.NFC.PropertiesString(src[j:])
		if p.BoundaryBefore() || p.Size() == 0 {
			break
		}
		j += p.Size()
	}
	return j
}

// simpleMap gives the replacement for characters normalised one for one.
func simpleMap(r rune) (string, bool) {
	switch r {
	case '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
		return " ", true
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
		return "", true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return "-", true
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB':
		return `"`, true
	case '\u2018', '\u2019', '\u201A', '\u201B':
		return "'", true
	case '\u2028', '\u2029', '\u0085':
		return "\n", true
	}
	if r >= '\u2000' && r <= '\u200A' {
		return " ", true
	}
	return "", false
}

// oldTone maps an old-style final pair (tone on the second vowel of an
// open oa, oe or uy syllable) to the modern placement. Most pairs keep
// their byte length, but not all: "uỳ" (u + U+1EF3) is 4 bytes and "ùy"
// (U+00F9 + y) is 3.
var oldTone = map[string]string{}

// oldToneSecond holds the second letters of the keys of oldTone: a marked
// a, e or y.
var oldToneSecond = map[string]bool{}

func init() {
	tones := []rune{'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'}
	pairs := [][2]rune{{'o', 'a'}, {'o', 'e'}, {'u', 'y'}}
	for _, p := range pairs {
		for _, upper1 := range []bool{false, true} {
			for _, upper2 := range []bool{false, true} {
				first, second := p[0], p[1]
				if upper1 {
					first = unicode.ToUpper(first)
				}
				if upper2 {
					second = unicode.ToUpper(second)
				}
				for _, t := range tones {
					old := norm.NFC.String(string(first) + string(second) + string(t))
					modern := norm.NFC.String(string(first)+string(t)) + string(second)
					oldTone[old] = modern
					oldToneSecond[old[1:]] = true
				}
			}
		}
	}
}

// fixTones moves tone marks of open oa, oe and uy syllables to the first
// vowel, and records the moves that change a length. It looks only at the
// offsets in at, or everywhere when at is nil. It returns s itself, and
// allocates nothing, when there is nothing to move.
func fixTones(s string, at []int) (string, []edit) {
	var (
		b     []byte // output, nil while it equals s[:last]
		edits []edit
		last  int // s[:last] has been written to b
	)
	// move moves the tone of a pair starting at s[i], if there is one, and
	// returns where to look next.
	move := func(i int) int {
		c := s[i]
		if c != 'o' && c != 'O' && c != 'u' && c != 'U' || s[i+1] < utf8.RuneSelf {
			return i + 1
		}
		_, w := utf8.DecodeRuneInString(s[i+1:])
		end := i + 1 + w
		modern, ok := oldTone[s[i:end]]
		if !ok {
			return i + 1
		}
		if (c == 'u' || c == 'U') && i > 0 && (s[i-1] == 'q' || s[i-1] == 'Q') {
			return i + 1 // "quý": the u belongs to the consonant qu
		}
		if end < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
				return i + 1 // a closed syllable such as "hoàng" keeps its tone
			}
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		if len(modern) != end-i {
			edits = append(edits, edit{text: len(b), textEnd: len(b) + len(modern), src: i, srcEnd: end})
		}
		b = append(b, modern...)
		last = end
		return end
	}
	if at == nil {
		for i := 0; i+2 < len(s); {
			i = move(i)
		}
	} else {
		for _, i := range at {
			if i >= last && i+2 < len(s) {
				move(i)
			}
		}
	}
	if b == nil {
		return s, nil
	}
	b = append(b, s[last:]...)
	return unsafeString(b), edits
}

// plainRun returns the end of the run of bytes from i that normalize
// copies as they are: printable ASCII (and newlines) not followed by a
// combining mark. The run ends one byte before the first byte that is
// not plain ASCII, so that the byte before a mark is composed with it.
func plainRun(src string, i int) int {
	for i+1 < len(src) && plainASCII[src[i]] && src[i+1] < utf8.RuneSelf {
		i++
	}
	return i
}

// plainASCII marks the ASCII bytes that normalize keeps: all but \r, \t,
// \v and \f.
var plainASCII = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c != '\r' && c != '\t' && c != '\v' && c != '\f'
	}
	return t
}()

// lower returns s in lower case, keeping every byte offset: a rune whose
// lower-case form has another UTF-8 length is left as it is. It writes into
// buf when buf has room, so buf must not be used elsewhere.
func lower(s string, buf []byte) string {
	b := buf
	if cap(b) < len(s) {
		b = make([]byte, len(s))
	}
	b = b[:len(s)]
	copy(b, s)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		// Fast paths, byte for byte as below: two-byte letters from the
		// table, and U+1EA0–U+1EF9, whose upper case is the even code
		// point, by the last bit.
		if 0xC2 <= c && c < 0xC8 && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			if r := rune(c&0x1F)<<6 | rune(b[i+1]&0x3F); r >= 0x80 {
				if l := lower2[r]; l != 0 {
					b[i+1] = byte(0x80 | l&0x3F)
					b[i] = byte(0xC0 | l>>6)
				}
				i += 2
				continue
			}
		}
		if c == 0xE1 && i+2 < len(b) && b[i+2]&0xC0 == 0x80 &&
			(b[i+1] == 0xBA && b[i+2] >= 0xA0 || b[i+1] == 0xBB && b[i+2] <= 0xB9) {
			b[i+2] |= 1
			i += 3
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		if l := lowerRune(r, w); l != r {
			utf8.EncodeRune(b[i:], l) // same length: offsets are kept
		}
		i += w
	}
	return unsafeString(b)
}

// lowerRune returns the lower case of r, encoded in w bytes, when its
// encoding has the same length, else r.
func lowerRune(r rune, w int) rune {
	switch {
	case 0x1EA0 <= r && r <= 0x1EF9: // Vietnamese letters with two marks: even code points are upper case
		return r | 1
	case 0xC0 <= r && r <= 0xDE && r != 0xD7: // Latin-1 capitals
		return r + 0x20
	case 0x100 <= r && r < 0x2000: // other letters; punctuation above has no case
		if l := unicode.ToLower(r); utf8.RuneLen(l) == w {
			return l
		}
	}
	return r
}

// lower2 holds lowerRune of the two-byte runes U+0080–U+01FF (up to lead
// byte 0xC7), 0 where it is the rune itself.
var lower2 = func() (t [0x200]rune) {
	for r := rune(0x80); r < 0x200; r++ {
		if l := lowerRune(r, 2); l != r {
			t[r] = l
		}
	}
	return t
}()

// Fold returns s for keyword matching: normalised, lower case, without
// diacritics, with đ as d. "Quận Uỷ" and "quan uy" fold alike. Fold is
// stateless and safe for concurrent use.
func Fold(s string) string {
	s = Normalize(s)
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			sb.WriteByte(byte(r))
			continue
		}
		if f, ok := foldTable[r]; ok {
			sb.WriteByte(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	return sb.String()
}

// foldTable maps each precomposed Latin letter to its folded ASCII letter.
var foldTable = map[rune]byte{}

func init() {
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			d := norm.NFD.String(string(r))
			if d == "" || d[0] >= utf8.RuneSelf {
				continue
			}
			c := d[0]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' {
				foldTable[r] = c
			}
		}
	}
	add('\u00C0', '\u024F')
	add('\u1E00', '\u1EFF')
	foldTable['đ'], foldTable['Đ'] = 'd', 'd'
}

// unsafeString returns b as a string without copying; b must not be
// modified afterwards.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

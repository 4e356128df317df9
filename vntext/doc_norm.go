package vntext

import (
	"math"
	"slices"
	"sort"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/vnreport/vnreport/internal/growth"
	"github.com/vnreport/vnreport/internal/textscan"
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

	numbersOnce sync.Once
	numbers     []int32 // see numberStarts
	digitsOnce  sync.Once
	digits      textscan.Digits // see digitMarks
}

// An edit records that Src[src:srcEnd] became Text[text:textEnd]. When
// more > 0, it is a run of 1+more changes of equal widths, each gap bytes
// of unchanged text after the one before ("\u00a0\u00a0\u00a0" became
// "   ", gap 0; "12%\u00a012%\u00a0" became "12% 12% ", gap 3), each
// mapped as if it were an edit of its own: a run of no-break spaces, or of
// bytes that are not UTF-8 one every few bytes, takes one edit, not one
// each.
type edit struct{ text, textEnd, src, srcEnd, more, gap int }

// NewDoc normalises src. It never fails: invalid UTF-8 bytes become U+FFFD
// in Text (and map back to the bad byte in Src).
//
// It is kept out of line, so that a profile charges its cost to it: inlined,
// the cost shows under the caller's name but NewDoc's file, and a reading of
// the caller's own line leaves it out.
//
//go:noinline
func NewDoc(src string) *Doc {
	d := &Doc{Src: src}
	d.normalize(true)
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
	d.normalize(false)
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
// outside d.Text are clamped to it, so d.Src[s:e] never panics. What
// normalisation removed between two spans (a soft hyphen, a zero-width
// space) belongs to the span after it, or to one that ends the text, so
// spans side by side in d.Text never overlap in d.Src.
func (d *Doc) SrcSpan(start, end int) (s, e int) {
	start = min(max(start, 0), len(d.Text))
	end = min(end, len(d.Text))
	if end < start {
		end = start
	}
	if d.edits == nil && d.toneEdits == nil {
		return start, end
	}
	if end == len(d.Text) {
		return d.mapOffset(start, false), len(d.Src) // what was removed at the end too
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
	case i == e.text && e.textEnd == e.text:
		// An end at a deletion leaves out what was removed after it, which
		// the span starting there takes: spans side by side ("0%" and "1"
		// around a soft hyphen) never overlap in the source.
		return e.src
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

// A normalizer is the state of one normalising pass over src.
type normalizer struct {
	src     string
	i       int    // src[:i] is done
	b       []byte // output, nil while it equals src[:i]
	edits   []edit
	tmp     []byte // composeCluster's buffer
	invalid int    // 1 + the offset of the first invalid byte, 0 when none
	// scanAll is set when a composition made output the pass did not
	// look at letter by letter, so fixTones must look everywhere.
	scanAll bool
	// uppers holds the output offsets of the letters of plainSpan's runs
	// that have a lower case of their own, and gaps the output spans
	// [start, end) that the pass wrote itself: all that setLower must
	// read past ASCII. They are noted only while noting is set; lowerAll
	// is set when there were too many to note, and setLower reads all.
	// Offsets are int32 to halve the notes' room: a text of 512 MB or
	// more, whose output may be three times as long, is not noted.
	uppers, gaps     []int32
	noting, lowerAll bool
}

// normalize does the work of Normalize on d.Src: it sets d.Text, the edits
// that change lengths and d.invalid, and d.Lower when withLower is set. It
// copies the text only when something changes.
func (d *Doc) normalize(withLower bool) {
	n := normalizer{src: d.Src, noting: withLower && len(d.Src) < math.MaxInt32/4}
	// Old-style tones are moved by fixTones after this pass. tones lists
	// the output offsets of each o or u followed by a letter that may carry
	// one, so that fixTones looks only there.
	var toneBuf [64]int // room for the usual count without allocating
	tones := toneBuf[:0]
	for src := n.src; n.i < len(src); {
		// A run of plain ASCII and letters with no mark after them needs
		// no work.
		var j int
		if j, tones = n.plainSpan(tones); j > n.i {
			n.keep(j - n.i)
			continue
		}
		start := n.outLen()
		if vietLetterAt(src, n.i) > 0 {
			// plainSpan stops before a letter only when a mark follows.
			n.compose()
		} else if w := n.other(); w > 0 {
			// Anything else: other writes what it becomes, or gives the
			// width of a rune kept as it is.
			n.keep(w)
		}
		if n.noting {
			n.addGap(start)
		}
	}
	d.invalid = n.invalid
	spare, moved := d.setText(&n, tones)
	if withLower {
		d.setLower(&n, tones, spare, moved)
	}
}

// outLen returns the length of the output so far.
func (n *normalizer) outLen() int {
	if n.b != nil {
		return len(n.b)
	}
	return n.i
}

// addGap notes that the pass wrote the output from start on itself.
func (n *normalizer) addGap(start int) {
	end := n.outLen()
	if k := len(n.gaps); k > 0 && int(n.gaps[k-1]) == start {
		n.gaps[k-1] = int32(end) // it goes on from the last
		return
	}
	if n.gaps == nil {
		n.gaps = make([]int32, 0, n.mostNotes()+2)
	}
	n.gaps = append(n.gaps, int32(start), int32(end))
	n.checkNotes()
}

// mostNotes is the most notes the pass keeps, and the room it makes for
// each kind at once, so that they grow without a copy.
func (n *normalizer) mostNotes() int { return len(n.src)/64 + 16 }

// checkNotes stops the noting when the notes grow past an offset for each
// 64 bytes of src (a text of bad bytes, or in capitals): reading all of
// Text is then cheaper than the notes.
func (n *normalizer) checkNotes() {
	if len(n.uppers)+len(n.gaps) > n.mostNotes() {
		n.noting, n.lowerAll = false, true
		n.uppers, n.gaps = nil, nil
	}
}

// composesAfter reports whether src[j:] starts with a rune that composes
// with the character before it.
func composesAfter(src string, j int) bool {
	return j < len(src) && src[j] >= utf8.RuneSelf && clusterEnd(src, j) > j
}

// keep copies the next w bytes of src as they are.
func (n *normalizer) keep(w int) {
	if n.b != nil {
		n.b = append(n.b, n.src[n.i:n.i+w]...)
	}
	n.i += w
}

// replace writes repl in place of src[i:j].
func (n *normalizer) replace(j int, repl string) {
	if n.b == nil {
		n.b = make([]byte, 0, len(n.src)+16)
		n.b = append(n.b, n.src[:n.i]...)
	}
	if j-n.i != len(repl) {
		n.edits = addEdit(n.edits, edit{text: len(n.b), textEnd: len(n.b) + len(repl), src: n.i, srcEnd: j}, len(n.src))
	}
	if l := len(n.b) + len(repl); l > cap(n.b) {
		// The output outgrows the source (a byte that is not UTF-8
		// becomes three): room for what the whole text seems to need,
		// the output so far scaled from j bytes of src to all, as
		// growth.Room sizes a slice, not append's steps.
		n.b = slices.Grow(n.b, len(repl)+16+int(int64(l)*int64(len(n.src)-j)/int64(max(j, 1))))
	}
	n.b = append(n.b, repl...)
	n.i = j
}

// compose writes the NFC composition of the character at src[i:] and the
// marks after it.
func (n *normalizer) compose() {
	n.i, n.b, n.tmp, n.edits = composeCluster(n.src, n.i, n.b, n.tmp, n.edits)
	n.scanAll = true
}

// other does the work for the byte at src[i:] that is neither plain ASCII
// nor a letter of Vietnamese. It returns the width of a rune to keep as
// it is, or 0 when it has written what the rune becomes.
func (n *normalizer) other() int {
	src, i := n.src, n.i
	if src[i] < utf8.RuneSelf {
		n.otherASCII()
		return 0
	}
	r, w := utf8.DecodeRuneInString(src[i:])
	if r == utf8.RuneError && w == 1 {
		if n.invalid == 0 {
			n.invalid = i + 1
		}
		n.replace(i+1, "\uFFFD")
		return 0
	}
	// Map spaces, dashes and quotes before composing, so that a mark
	// after a no-break space does not keep the space unmapped.
	if repl, ok := simpleMap(r); ok {
		n.replace(i+w, repl)
		return 0
	}
	if clusterEnd(src, i+w) > i+w {
		n.compose()
		return 0
	}
	// A rune with a singleton decomposition, or a mark left without
	// its base by a replacement above ("\xff\u0343"), still gets its
	// NFC form, so that Normalize is idempotent.
	if !norm.NFC.IsNormalString(src[i : i+w]) {
		n.replace(i+w, norm.NFC.String(src[i:i+w]))
		n.scanAll = true
		return 0
	}
	return w
}

// otherASCII does the work for an ASCII byte that plainSpan stopped at:
// line ends become "\n", tabs and form feeds ' ', a byte that a mark
// follows is composed with it, and any other byte is kept.
func (n *normalizer) otherASCII() {
	src, i := n.src, n.i
	switch src[i] {
	case '\r':
		if i+1 < len(src) && src[i+1] == '\n' {
			n.replace(i+2, "\n")
		} else {
			n.replace(i+1, "\n")
		}
		return
	case '\t', '\v', '\f':
		n.replace(i+1, " ")
		return
	}
	if composesAfter(src, i+1) {
		n.compose()
		return
	}
	n.keep(1)
}

// setText sets d.Text and its edits from the pass n, then moves the
// old-style tones at the offsets in tones (everywhere when n.scanAll), and
// reports whether it moved any. When the tone moves made a second copy,
// the first is returned as spare.
func (d *Doc) setText(n *normalizer, tones []int) (spare []byte, moved bool) {
	out := n.src
	if n.b != nil {
		out = unsafeString(n.b)
	}
	d.Text, d.edits = out, n.edits
	if !n.scanAll && len(tones) == 0 {
		return nil, false
	}
	if n.scanAll {
		tones = nil
	}
	d.Text, d.toneEdits = fixTones(out, tones)
	if unsafe.StringData(d.Text) == unsafe.StringData(out) {
		return nil, false
	}
	return n.b, true // out was made from b, and Text is a new copy
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
	if c, ok := nfcOfNFD[src[i:j]]; ok {
		tmp = append(tmp[:0], c...)
	} else {
		tmp = norm.NFC.AppendString(tmp[:0], src[i:j])
	}
	if len(tmp) != j-i {
		edits = addEdit(edits, edit{text: len(b), textEnd: len(b) + len(tmp), src: i, srcEnd: j}, len(src))
	}
	b = append(b, tmp...)
	return j, b, tmp, edits
}

// nfcOfNFD maps the decomposed form of each precomposed Latin letter
// (U+00C0–U+024F, U+1E00–U+1EFF: every letter of Vietnamese) to the letter,
// as norm.NFC composes it. composeCluster looks a cluster up here before
// asking norm, which allocates a buffer of some 400 bytes a call: a text
// typed in NFD has a cluster in every other word.
var nfcOfNFD = func() map[string]string {
	m := make(map[string]string)
	for _, rng := range [...][2]rune{{0xC0, 0x250}, {0x1E00, 0x1F00}} {
		for r := rng[0]; r < rng[1]; r++ {
			s := string(r)
			if d := norm.NFD.String(s); d != s && norm.NFC.String(d) == s {
				m[d] = s
			}
		}
	}
	return m
}()

// widths returns the Text and Src widths of each change of the run e.
func (e edit) widths() (tw, sw int) {
	return (e.textEnd - e.text - e.more*e.gap) / (e.more + 1), (e.srcEnd - e.src - e.more*e.gap) / (e.more + 1)
}

// unit returns the change of the run e that holds Text offset i, or that
// the gap holding i follows.
func (e edit) unit(i int) edit {
	tw, sw := e.widths()
	u := (i - e.text) / (tw + e.gap)
	t, s := e.text+u*(tw+e.gap), e.src+u*(sw+e.gap)
	return edit{text: t, textEnd: t + tw, src: s, srcEnd: s + sw}
}

// addEdit appends e, a change of a source of n bytes. A deletion (an edit
// with no Text) is merged with the edit it touches, so that no two edits
// start at one Text offset; a change of the widths of the run before it
// extends the run; other edits stay apart and keep their spans exact.
func addEdit(edits []edit, e edit, n int) []edit {
	k := len(edits)
	if k == 0 || edits[k-1].textEnd != e.text || edits[k-1].srcEnd != e.src {
		return append(growth.Room(foldEdit(edits), e.src, n), e)
	}
	last := &edits[k-1]
	switch tw, sw := last.widths(); {
	case last.more == 0 && (e.text == e.textEnd || last.text == last.textEnd):
		last.textEnd, last.srcEnd = e.textEnd, e.srcEnd
	case tw > 0 && sw > 0 && e.textEnd-e.text == tw && e.srcEnd-e.src == sw:
		last.textEnd, last.srcEnd = e.textEnd, e.srcEnd
		last.more++
	default:
		return append(growth.Room(edits, e.src, n), e)
	}
	return edits
}

// foldEdit folds the last of edits, final once an edit that does not
// touch it follows, into the run before it when it is a change of the
// run's widths as far after it as the run's changes are apart (Text and
// Src advance together between edits): "12%\u00a0" or "\xff " repeated
// take one edit, not one a unit.
func foldEdit(edits []edit) []edit {
	k := len(edits)
	if k < 2 {
		return edits
	}
	p, l := &edits[k-2], edits[k-1]
	gap := l.text - p.textEnd
	tw, sw := p.widths()
	if l.more != 0 || gap <= 0 || l.src-p.srcEnd != gap || p.more > 0 && p.gap != gap ||
		tw <= 0 || sw <= 0 || l.textEnd-l.text != tw || l.srcEnd-l.src != sw {
		return edits
	}
	p.textEnd, p.srcEnd, p.gap = l.textEnd, l.srcEnd, gap
	p.more++
	return edits[:k-1]
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

// unsafeString returns b as a string without copying; b must not be
// modified afterwards.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

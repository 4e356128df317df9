package meeting

import (
	"sync"

	"github.com/vnreport/vnreport/vntext"
)

// This file finds the people a report names. It reads the normalised text
// once into tokens, marks sentences and paragraphs, and finds every
// mention of a person: a full name with the titles around it ("Ủy viên Ban
// Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân Bùi Huyền Mai"), a short
// name ("ông Nghĩa", "Bí thư Thọ"), a title alone ("Phó Bí thư Thường trực
// Thành ủy Hà Nội") or a bare pronoun ("ông"). Short names and titles are
// then resolved to the person named in full, before if possible. The roles
// (chair, attendee, issuer) are read from these mentions in people.go and
// directive.go.
//
// newScan goes down the floors in the order of its files:
//   - people_tokens.go: tokens and sentences (tokenize), marking the
//     tokens where a mention, a directive or a role verb may start
//     (people_cands.go), for the passes below and in people.go and
//     directive.go;
//   - people_captions.go: captions and past sentences (markCaptions);
//   - people_mentions.go: the mentions of each sentence (findMentions),
//     which read titles in people_titles.go and names in people_names.go;
//   - people_coref.go: who each mention is (resolve), and Person values.
//
// people_words.go holds the token readers all of them share.

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
)

// A token is a word or one punctuation character of Doc.Text, in 12
// bytes: a text of one-letter words ("a a a …") holds a token every two
// bytes, so its size is the scan's cost per byte.
type token struct {
	s, e int32
	lex  uint16  // the word's entry in lexFlags: what the lexicons hold of it (0: nothing)
	bits tokBits // kind, case and digits
}

// tokBits are the kind and the case of a token.
type tokBits uint8

const (
	tbPunct tokBits = 1 << iota // a punctuation character (else a word)
	tbUpper                     // the first letter is upper case
	tbTitle                     // upper-case first letter, the rest lower case ("Nguyễn", "K'Ré")
	tbAcro                      // two or more letters, all upper case ("HĐND")
	tbDigit                     // holds a digit
)

// kind tells a word from a punctuation character.
func (tk token) kind() tokKind {
	if tk.bits&tbPunct != 0 {
		return tPunct
	}
	return tWord
}

// upper, title, acro and digit report the token's case and content bits
// (tbUpper, tbTitle, tbAcro, tbDigit).
func (tk token) upper() bool { return tk.bits&tbUpper != 0 }
func (tk token) title() bool { return tk.bits&tbTitle != 0 }
func (tk token) acro() bool  { return tk.bits&tbAcro != 0 }
func (tk token) digit() bool { return tk.bits&tbDigit != 0 }

// first returns the lexicons with a phrase opening with the word (flags).
func (tk token) first() uint64 { return lexFlags[tk.lex&lexMask].first }

// self returns the lexicons holding the word as a phrase.
func (tk token) self() uint64 { return lexFlags[tk.lex&lexMask].self }

// maxN returns the most words of a phrase the word opens.
func (tk token) maxN() uint8 { return lexFlags[tk.lex&lexMask].maxN }

// tail reports whether the word stands after the first in some phrase.
func (tk token) tail() bool { return lexFlags[tk.lex&lexMask].tail }

// A sentence is the tokens [ts, te); para numbers the paragraph.
type sentence struct {
	ts, te  int
	para    int
	caption bool // a photo caption or a line of page furniture
	noPast  bool // known to hold none of pastCues (markCaptions)
}

type mentionKind uint8

const (
	mFull    mentionKind = iota // a full name
	mShort                      // a given name only: "ông Nghĩa"
	mTitle                      // titles alone: "Bí thư Quận ủy"
	mPronoun                    // "ông", "bà", "đồng chí"
)

// A mention is one place where the text points at a person.
type mention struct {
	ts, te int         // tokens of the whole mention, titles included
	ns, ne int         // tokens of the name (or short name); ns == ne if none
	titles []textSpan  // the titles, as spans of Doc.Text
	kind   mentionKind //
	plural bool        // "các đồng chí": a list follows
	person int         // index in scan.persons; -1 when unresolved
}

type textSpan struct{ s, e int }

// A known is a person named in full somewhere in the text.
type known struct {
	name   string     // as written (normalised)
	key    string     // lower case
	titles []textSpan // as first given with titles
	all    []textSpan // every title given, for resolving titles
	last   int        // index of the latest full mention seen so far (while resolving)
	first  textSpan   // the first full mention, titles included
}

// A scan holds the tokens, sentences, mentions and people of one text.
type scan struct {
	d       *vntext.Doc
	t, l    string          // Doc.Text, Doc.Lower
	article *vntext.Article // the report among the site's furniture
	toks    []token
	cands   [nCand][]uint64 // bitmaps of the tokens that may open a mention, a directive or a role verb
	puncts  []int32         // tokenize: the punctuation tokens of the line being read
	sents   []sentence
	ments   []mention
	persons []known

	// scratch space kept with the scan so that a pooled scan reuses it
	byKey    map[string]int // resolve: full name key → person
	two      map[string]int // resolve: the first two syllables of a three-syllable name → person
	ints     []int          // resolve: redirect; roles: the mention naming each person
	chairs   []int          // roles: person indexes in order
	attend   []int          //
	seen     []uint8        // roles: roleChair and roleAttend bits of each person
	issuers  []int          // directives: the issuers of one sentence
	spans    []textSpan     // the titles of the mentions (addTitle)
	allSpans []textSpan     // the titles of the people (known.all)
	dirs     []Directive    // directives: the directives read so far
	level    string         // roles: the level of the body that met (Body.Level)

	// The values handed out hold slices of these arrays, so they are the
	// parse's own and never pooled: one allocation serves many values.
	strs       []string // Person.Titles, Directive.Addressees and Items (addStr)
	issuerVals []Person // Directive.Issuer
}

// scanPool keeps the slices of finished scans: the tokens alone take about
// two bytes per input byte, so reusing them keeps a parse's garbage small.
var scanPool = sync.Pool{New: func() any { return new(scan) }}

// newScan reads d. The caller may hand the scan back with release once no
// value read from it refers to its slices.
func newScan(d *vntext.Doc, a *vntext.Article) *scan {
	sc := scanPool.Get().(*scan)
	sc.d, sc.t, sc.l, sc.article = d, d.Text, d.Lower, a
	sc.tokenize()
	sc.markCaptions()
	for i := range sc.sents {
		sc.findMentions(i)
	}
	sc.resolve()
	return sc
}

// release returns sc to scanPool. Very large scans are left to the
// garbage collector rather than held.
func (sc *scan) release() {
	if cap(sc.toks) > 1<<20 {
		return
	}
	clear(sc.ments[:cap(sc.ments)]) // drop the titles they point to
	clear(sc.persons[:cap(sc.persons)])
	clear(sc.byKey) // drop the strings of the text
	clear(sc.two)
	*sc = scan{toks: sc.toks[:0], cands: sc.cands, puncts: sc.puncts[:0], sents: sc.sents[:0], ments: sc.ments[:0], persons: sc.persons[:0],
		byKey: sc.byKey, two: sc.two, ints: sc.ints[:0], chairs: sc.chairs[:0], attend: sc.attend[:0],
		seen: sc.seen[:0], issuers: sc.issuers[:0],
		spans: sc.spans[:0], allSpans: sc.allSpans[:0], dirs: sc.dirs[:0]}
	scanPool.Put(sc)
}

// outStrings returns the strings appended to sc.strs from start on, or nil
// if none, capped so that appending to them cannot write over the next.
func (sc *scan) outStrings(start int) []string {
	if len(sc.strs) == start {
		return nil
	}
	return sc.strs[start:len(sc.strs):len(sc.strs)]
}

// addStr appends s to sc.strs, making room for a few dozen at first.
func (sc *scan) addStr(s string) {
	if sc.strs == nil {
		sc.strs = make([]string, 0, 32)
	}
	sc.strs = append(sc.strs, s)
}

// grow returns s resized to n elements, all zero, reusing its array when
// it is large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

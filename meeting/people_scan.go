package meeting

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
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

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
)

// A token is a word or one punctuation character of Doc.Text.
type token struct {
	s, e  int32
	first uint32 // the lexicons with a phrase opening with the word (flags)
	self  uint32 // the lexicons holding the word as a phrase
	kind  tokKind
	upper bool  // the first letter is upper case
	title bool  // upper-case first letter, the rest lower case ("Nguyễn", "K'Ré")
	acro  bool  // two or more letters, all upper case ("HĐND")
	digit bool  // holds a digit
	maxN  uint8 // the most words of a phrase the word opens
	tail  bool  // the word stands after the first in some phrase
}

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

	// The values handed out hold slices of these arrays, so they are the
	// parse's own and never pooled: one allocation serves many values.
	strs       []string // Person.Titles, Directive.Addressees and Items (addStr)
	issuerVals []Person // Directive.Issuer
}

// scanPool keeps the slices of finished scans: the tokens alone take about
// four bytes per input byte, so reusing them keeps a parse's garbage small.
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
	*sc = scan{toks: sc.toks[:0], sents: sc.sents[:0], ments: sc.ments[:0], persons: sc.persons[:0],
		byKey: sc.byKey, two: sc.two, ints: sc.ints[:0], chairs: sc.chairs[:0], attend: sc.attend[:0],
		seen: sc.seen[:0], issuers: sc.issuers[:0],
		spans: sc.spans[:0], allSpans: sc.allSpans[:0], dirs: sc.dirs[:0]}
	scanPool.Put(sc)
}

// tokenize splits the report into tokens and sentences, line by line,
// leaving out the site's furniture.
func (sc *scan) tokenize() {
	t, l := sc.t, sc.l
	if n := len(t)/5 + 8; cap(sc.toks) < n {
		sc.toks = make([]token, 0, n)
	}
	para := 0
	for ls := 0; ls < len(t); {
		le := strings.IndexByte(t[ls:], '\n')
		if le < 0 {
			le = len(t)
		} else {
			le += ls
		}
		if ls >= sc.article.End {
			break
		}
		if strings.TrimSpace(l[ls:le]) != "" && !sc.article.Furniture(ls) {
			sc.line(ls, le, para)
			para++
		}
		ls = le + 1
	}
}

// line tokenizes the paragraph t[s:e] and splits it into sentences.
func (sc *scan) line(s, e, para int) {
	t := sc.t
	first := len(sc.toks)
	for i := s; i < e; {
		c := t[i]
		if c == ' ' {
			i++
			continue
		}
		// the first character: a word's, or a punctuation token
		cls := uint8(0) // asciiClass bits of the word's ASCII characters
		w := 1
		if c < utf8.RuneSelf {
			cls = asciiClass[c]
			if cls == 0 {
				sc.addPunct(i, i+1)
				i++
				continue
			}
		} else if w = vietLetterLen(t[i:e]); w == 0 {
			var r rune
			r, w = utf8.DecodeRuneInString(t[i:])
			if !textscan.IsWordRune(r) {
				sc.addPunct(i, i+w)
				i += w
				continue
			}
		}
		j := i + w
		for j < e {
			c := t[j]
			if c < utf8.RuneSelf {
				if k := asciiClass[c]; k != 0 {
					cls |= k
					j++
					continue
				}
				// "đ/c", "TP.HCM", "3.666", "K'Ré", "TN&MT": joiners between word characters
				if (c == '/' || c == '.' || c == '\'' || c == '&') && j > i && j+1 < e {
					r2, _ := utf8.DecodeRuneInString(t[j+1:])
					if textscan.IsWordRune(r2) {
						j++
						continue
					}
				}
				break
			}
			if w := vietLetterLen(t[j:e]); w > 0 {
				j += w
				continue
			}
			r, w := utf8.DecodeRuneInString(t[j:])
			if !textscan.IsWordRune(r) {
				break
			}
			j += w
		}
		// classified in place: cheaper than copying a token in
		sc.toks = append(roomForOne(sc.toks), token{s: int32(i), e: int32(j), kind: tWord, digit: cls&asciiDigit != 0})
		sc.classify(&sc.toks[len(sc.toks)-1])
		i = j
	}
	// sentences
	ts := first
	for k := first; k < len(sc.toks); k++ {
		if sc.toks[k].kind != tPunct || !sc.endsSentence(k, first) {
			continue
		}
		sc.addSentence(ts, k+1, para)
		ts = k + 1
	}
	if ts < len(sc.toks) {
		sc.addSentence(ts, len(sc.toks), para)
	}
}

// addPunct adds the punctuation character t[i:j] as a token. A run of one
// character ("......", "_____") takes three tokens at most, the last
// extended over the rest, so that the tokens of a text never outnumber its
// words and short runs of punctuation.
func (sc *scan) addPunct(i, j int) {
	ch, n := sc.t[i:j], len(sc.toks)
	if n >= 3 && sc.punctRun(n-1, i, ch) && sc.punctRun(n-2, int(sc.toks[n-1].s), ch) &&
		sc.punctRun(n-3, int(sc.toks[n-2].s), ch) {
		sc.toks[n-1].e = int32(j)
		return
	}
	sc.toks = append(roomForOne(sc.toks), token{s: int32(i), e: int32(j), kind: tPunct})
}

// punctRun reports whether token k is punctuation that ends at i and
// repeats ch.
func (sc *scan) punctRun(k, i int, ch string) bool {
	tk := sc.toks[k]
	return tk.kind == tPunct && int(tk.e) == i && strings.HasPrefix(sc.t[tk.s:], ch)
}

// vietLetterLen returns the length of the letter s opens when it is one
// of the common non-ASCII letters of Vietnamese, which isWordRune accepts
// (U+00C0–U+01BF but × and ÷, U+1E00–U+1EFF), read from its bytes alone;
// else 0. It is small enough to be inlined in the tokenizer's loop: the
// byte differences wrap around, so x-lo <= n tests lo <= x <= lo+n.
func vietLetterLen(s string) int {
	if len(s) >= 3 && s[0] == 0xE1 && s[1]-0xB8 <= 3 && s[2]&0xC0 == 0x80 {
		return 3
	}
	if len(s) >= 2 && s[0]-0xC3 <= 3 && s[1]&0xC0 == 0x80 && (s[0] != 0xC3 || s[1] != 0x97 && s[1] != 0xB7) {
		return 2
	}
	return 0
}

// asciiWord tells the ASCII characters of words.
var asciiWord = func() (a [utf8.RuneSelf]bool) {
	for c := range a {
		a[c] = asciiClass[c] != 0
	}
	return a
}()

// asciiClass tells the ASCII characters of words: letters and digits.
var asciiClass = func() (a [utf8.RuneSelf]uint8) {
	for c := range a {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			a[c] = asciiLetter
		case '0' <= c && c <= '9':
			a[c] = asciiDigit
		}
	}
	return a
}()

const (
	asciiLetter uint8 = 1 << iota
	asciiDigit
)

// classify sets the case and flags of a word token whose digit field is
// set. Text and Lower are aligned, so a letter is upper case exactly where
// they differ.
func (sc *scan) classify(tk *token) {
	w, lw := sc.t[tk.s:tk.e], sc.l[tk.s:tk.e]
	var same bool // w == lw: the word is in lower case
	if len(lw) <= 12 {
		// the keys of short words compare them without a call
		a, b := wordKey(lw)
		f := flagSlot(a, b).flags
		tk.first, tk.self, tk.maxN, tk.tail = f.first, f.self, f.maxN, f.tail
		wa, wb := wordKey(w)
		same = wa == a && wb == b
	} else {
		same = w == lw // too long for any lexicon: no flags
	}
	if same {
		return
	}
	_, n := utf8.DecodeRuneInString(w)
	tk.upper = w[:n] != lw[:n]
	if w[n:] == lw[n:] || strings.IndexByte(w, '\'') > 0 && !tk.digit && tk.upper {
		tk.title = tk.upper && !tk.digit
		if tk.title && strings.IndexByte(w, '\'') > 0 {
			// K'Ré: upper case only at the start and after the apostrophe
			tk.title = titleApos(w, lw)
		}
		if tk.title || !tk.upper {
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
	tk.acro = letters >= 2 && uppers == letters
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
	for n < len(sc.toks) && n <= k+4 && sc.toks[n].kind == tPunct && (t[sc.toks[n].s] == '"' || t[sc.toks[n].s] == ')' || t[sc.toks[n].s] == '.') {
		n++
	}
	if n >= len(sc.toks) {
		return true
	}
	nx := sc.toks[n]
	if nx.kind == tWord && !nx.upper {
		return false
	}
	if p := sc.t[nx.s]; nx.kind == tPunct && (p == ',' || p == ';' || p == ':') {
		return false // "… này?", ông nói
	}
	if c == '.' && k > first && sc.toks[k-1].kind == tWord && sc.toks[k-1].e == tk.s {
		if abbrevWord[sc.l[sc.toks[k-1].s:sc.toks[k-1].e]] {
			return false
		}
	}
	return true
}

var abbrevWord = map[string]bool{"tp": true, "q": true, "p": true, "tx": true, "ths": true, "ts": true,
	"pgs": true, "gs": true, "bs": true, "ks": true, "đ/c": true, "đc": true, "tt": true}

// captionCues mark a paragraph as a photo caption. The first, "ảnh:",
// makes one by itself.
var captionCues = [...]string{"ảnh:", "(ảnh", "- ảnh", "ảnh minh họa", "chụp ảnh", "tặng hoa", "trao quyết định", "phát biểu tại", "phát biểu kết luận", "phát biểu chỉ đạo", "phát biểu khai mạc", "kết luận tại"}

// pastCues mark a sentence that tells of an earlier meeting.
var pastCues = [...]string{"năm trước", "trước đây", "trước đó", "tháng trước", "tuần trước", "đã từng", "hồi tháng", "hồi năm"}

// scan.cues looks for all the cues at once rather than for each in turn:
// cues lists them all, one bit each.
var cues = append(captionCues[:len(captionCues):len(captionCues)], pastCues[:]...)

const (
	cueCredit  uint32 = 1                                           // "ảnh:"
	cueCaption uint32 = 1<<len(captionCues) - 1                     // captionCues
	cuePast    uint32 = (1<<len(pastCues) - 1) << len(captionCues)  // pastCues
	_          uint32 = 1 << (len(captionCues) + len(pastCues) - 1) // no more than 32 cues
)

// Every cue holds a letter of Latin Extended Additional (U+1E80–U+1EFF:
// "ả", "ớ", "ồ" …), written E1 BA xx or E1 BB xx, far rarer in the text
// than the cue's first byte. cueAnchor maps the last two bytes of such a
// letter to the cues whose first one it is; cueAnchorAt holds where in
// each cue that letter stands.
var cueAnchor, cueAnchorAt = func() (anchor [2][64]uint32, at []int) {
	for k, c := range cues {
		i := 0
		for i+2 < len(c) && !(c[i] == 0xE1 && (c[i+1] == 0xBA || c[i+1] == 0xBB)) {
			i++
		}
		if i+2 >= len(c) {
			panic("meeting: cue without a letter of U+1E80–U+1EFF: " + c)
		}
		anchor[c[i+1]-0xBA][c[i+2]&0x3F] |= 1 << k
		at = append(at, i)
	}
	return anchor, at
}()

// cues returns which of the cues in the set (cue bits) occur within the
// lower-case text l[s:e]. It reads the text once, stopping at the anchor
// letters only.
func (sc *scan) cues(s, e int, set uint32) (found uint32) {
	l := sc.l[:e]
	for i := s; i+2 < len(l); i++ {
		// the next lead byte of a three-byte letter, found by the
		// vectorised IndexByte
		k := strings.IndexByte(l[i:len(l)-2], 0xE1)
		if k < 0 {
			break
		}
		if i += k; l[i+1] != 0xBA && l[i+1] != 0xBB {
			continue
		}
		for m := cueAnchor[l[i+1]-0xBA][l[i+2]&0x3F] & set; m != 0; m &= m - 1 {
			k := bits.TrailingZeros32(m)
			if cs := i - cueAnchorAt[k]; cs >= s && strings.HasPrefix(l[cs:], cues[k]) {
				found |= 1 << k
			}
		}
	}
	return found
}

func (sc *scan) addSentence(ts, te, para int) {
	sc.sents = append(roomForOne(sc.sents), sentence{ts: ts, te: te, para: para})
}

// markCaptions flags the paragraphs that are photo captions: short, and
// either credited ("Ảnh: …"), left without a final stop, or the same
// sentence printed twice, and telling what someone does in the picture.
func (sc *scan) markCaptions() {
	for a := 0; a < len(sc.sents); {
		b := a
		for b < len(sc.sents) && sc.sents[b].para == sc.sents[a].para {
			b++
		}
		ps, pe := sc.toks[sc.sents[a].ts].s, sc.toks[sc.sents[b-1].te-1].e
		words := 0 // up to 41: enough to tell
		for k := sc.sents[a].ts; k < sc.sents[b-1].te && words <= 40; k++ {
			if sc.toks[k].kind == tWord {
				words++
			}
		}
		low := sc.l[ps:pe]
		cap := false
		if words <= 40 {
			last := sc.t[pe-1]
			noStop := last != '.' && last != '!' && last != '?' && last != ':' && last != '"'
			twice := b-a == 2 && sc.sentText(a) == sc.sentText(a+1)
			// the past cues are looked for too, to spare past a second pass
			found := sc.cues(int(ps), int(pe), cueCaption|cuePast)
			cued, credit := found&cueCaption != 0, found&cueCredit != 0
			for k := a; k < b; k++ {
				sc.sents[k].noPast = found&cuePast == 0
			}
			if cued && introClause(low) {
				// "Phát biểu chỉ đạo, đồng chí X yêu cầu …" reports a speech;
				// a caption names its subject first.
				cued = false
			}
			cap = credit || twice || noStop && cued || b-a == 1 && cued && words <= 25
		}
		for k := a; k < b; k++ {
			sc.sents[k].caption = cap
		}
		a = b
	}
}

// introClause reports whether a paragraph opens on a clause like
// "Phát biểu tại kỳ họp," or "Kết luận hội nghị,": running text, whose
// subject follows the comma.
func introClause(low string) bool {
	if !strings.HasPrefix(low, "phát biểu") && !strings.HasPrefix(low, "kết luận") {
		return false
	}
	k := strings.IndexByte(low, ',')
	return k > 0 && k <= 60 && !strings.Contains(low[:k], ".")
}

// past reports whether sentence si tells of an earlier meeting ("Đúng
// một năm trước, …").
func (sc *scan) past(si int) bool {
	s := sc.sents[si]
	return !s.noPast && sc.cues(int(sc.toks[s.ts].s), int(sc.toks[s.te-1].e), cuePast) != 0
}

// pastBefore reports whether sentence s tells of an earlier meeting
// before token v: the directive a verb there gives was not given at this
// one, while "… so với năm trước" after the verb is part of what it says.
func (sc *scan) pastBefore(s *sentence, v int) bool {
	return !s.noPast && v > s.ts && sc.cues(int(sc.toks[s.ts].s), int(sc.toks[v].s), cuePast) != 0
}

func (sc *scan) sentText(i int) string {
	s := sc.sents[i]
	return sc.t[sc.toks[s.ts].s:sc.toks[s.te-1].e]
}

// word returns token i in lower case, or "" when it is not a word.
func (sc *scan) word(i int) string {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind != tWord {
		return ""
	}
	return sc.l[sc.toks[i].s:sc.toks[i].e]
}

// punct returns the punctuation character of token i, or 0.
func (sc *scan) punct(i int) byte {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind != tPunct {
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
		if sc.toks[k].kind != tWord {
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
	if i < 0 || i >= len(sc.toks) || sc.toks[i].first&lex.bit == 0 {
		return 0
	}
	tk := &sc.toks[i]
	// the phrase can only run on over words that stand in phrases
	m := 1
	for m < int(tk.maxN) && i+m < end && sc.toks[i+m].tail && sc.toks[i+m].s == sc.toks[i+m-1].e+1 {
		m++
	}
	// tokens i to i+m-1 are words one space apart (sc.phrase's test)
	for n := m; n > 1; n-- {
		if phraseLex[sc.l[tk.s:sc.toks[i+n-1].e]]&lex.bit != 0 {
			return n
		}
	}
	if tk.self&lex.bit != 0 && i < end {
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
	if i < 0 || i >= len(sc.toks) || sc.toks[i].first&lex.bit == 0 {
		return false
	}
	p := sc.phrase(i, n, end)
	return p != "" && phraseLex[p]&lex.bit != 0
}

// in reports whether the word at token i is one of the one-word phrases of lex.
func (sc *scan) in(lex lexicon, i int) bool {
	return i >= 0 && i < len(sc.toks) && sc.toks[i].self&lex.bit != 0
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

// isSurname reports whether token i can open a personal name.
func (sc *scan) isSurname(i int) bool {
	if i < 0 || i >= len(sc.toks) {
		return false
	}
	tk := sc.toks[i]
	if !tk.title {
		return false
	}
	if tk.first&surnames.bit != 0 {
		return true
	}
	w := sc.l[tk.s:tk.e]
	if a, _, ok := strings.Cut(w, "'"); ok { // H'Hen, K'Ré
		return a == "h" || a == "k" || a == "y"
	}
	return false
}

// nameStop lists words that never stand in a personal name.
var nameStop = wordSet("đảng", "ban", "hội", "sở", "phòng", "quận", "huyện", "tỉnh", "xã", "phường",
	"ủy", "bộ", "chương", "nghị", "tp", "ương")

// capRun returns the end of the run of title-case words starting at i.
func (sc *scan) capRun(i, end int) int {
	j := i
	for j < end && sc.toks[j].kind == tWord && sc.toks[j].title {
		if j > i && sc.toks[j].s != sc.toks[j-1].e+1 {
			break
		}
		j++
	}
	return j
}

// carveName finds the personal name inside the title-case run [a, b): the
// rightmost syllable at or after min that opens a name of three to five
// syllables, else one of two at the end, after any place name at the
// front ("Hà Nội Hoàng Trung Hải"). With marker set (the run follows
// "ông", "đồng chí" …) the run itself is the name.
func (sc *scan) carveName(a, b, min int, marker bool) (ns, ne int, ok bool) {
	if b-a > 8 {
		a = b - 8
		if min < a {
			min = a
		}
	}
	// a place name at the front
	for k := a; k < b; {
		n := 0
		for m := 3; m >= 1; m-- {
			if sc.isPhrase(places, k, m, b) {
				n = m
				break
			}
		}
		if n == 0 {
			break
		}
		k += n
		if k > min {
			min = k
		}
	}
	if marker && min == a && b-a >= 2 && (sc.isSurname(a) || b-a >= 3) {
		ne = b
		if ne-a > 5 {
			ne = a + 5
		}
		return a, ne, sc.nameOK(a, ne)
	}
	for k := b - 3; k >= min; k-- {
		if b-k <= 5 && sc.isSurname(k) && sc.nameOK(k, b) {
			// a double surname ("Phan Nguyễn Như Khuê", "Công Tôn Nữ
			// Thanh Hà") when the syllable before opens the run: a
			// capitalised word before a name is otherwise a place's
			// (after a level word a place of two syllables comes first)
			if k-1 == min && k-1 >= a && b-(k-1) <= 5 && !(min > a && k-1 < a+2) && sc.leadSurname(k-1) && sc.nameOK(k-1, b) {
				k--
			}
			return k, b, true
		}
	}
	if k := b - 2; k >= min && sc.isSurname(k) && sc.nameOK(k, b) {
		return k, b, true
	}
	return 0, 0, false
}

// leadSurname reports whether token i is a Kinh surname that may stand
// before another one (double surnames), or the "Công" of "Công Tôn".
func (sc *scan) leadSurname(i int) bool {
	if !sc.isSurname(i) {
		return sc.word(i) == "công" && sc.word(i+1) == "tôn" && sc.toks[i].title
	}
	w := sc.word(i)
	return len(w) > 1 && !sc.in(ethnicOpeners, i)
}

// ethnicOpeners open an ethnic-minority name ("Y Biêr Niê", "Điểu K'Ré")
// and never stand before another surname.
var ethnicOpeners = wordSet("y", "k", "h", "điểu", "ksor", "ksơr", "rơ", "siu", "nay", "rah", "kpă",
	"niê", "byă", "mlô", "êban", "hwing")

// nameOK rejects runs that are places or organs.
func (sc *scan) nameOK(a, b int) bool {
	if p := sc.phrase(a, b-a, b); p == "" || sc.toks[a].first&places.bit != 0 && places.set[p] {
		return false
	}
	for k := a; k < b; k++ {
		if sc.toks[k].digit {
			return false
		}
		if sc.in(nameStop, k) {
			// "Nghị", "Hội", "Phòng" … are given names too ("Phạm
			// Quang Nghị", "Trần Văn Hội"), but open the words "Nghị
			// quyết", "Hội Nông dân", "Phòng Nội vụ": only as the last
			// syllable of a full name of three or more.
			if k == b-1 && k >= a+2 && sc.in(givenStop, k) && !sc.numberedPlace(k) {
				continue
			}
			return false
		}
	}
	return true
}

// givenStop are the words of nameStop that may end a name as its given
// name. The level words among them ("Trần Đức Quận", "Ngô Văn Huyện") are
// a place's only when the place name follows: a capitalised one runs on in
// the same run of capitals, so the level word does not end it, and a
// number ("Quận 3") is checked by numberedPlace.
var givenStop = wordSet("nghị", "chương", "hội", "phòng", "đảng", "quận", "huyện", "tỉnh", "xã", "phường")

// numberedPlace reports whether the level word at token k names a place
// by its number: "Quận 3", "Phường 12".
func (sc *scan) numberedPlace(k int) bool {
	return sc.in(levelWords, k) && k+1 < len(sc.toks) && sc.toks[k+1].digit && sc.toks[k+1].s == sc.toks[k].e+1
}

// mentionOpeners are the lexicons whose words may open a mention other than
// a name: a person marker or a title (its head, or a prefix before it).
var mentionOpeners = personMarkers.bit | titleHeads.bit | titlePrefixes.bit

// findMentions finds the mentions in sentence si.
func (sc *scan) findMentions(si int) {
	s := sc.sents[si]
	var pending []textSpan // titles before "- ông X"
	pendingEnd := -1
	for i := s.ts; i < s.te; {
		tk := sc.toks[i]
		if tk.kind != tWord || tk.first&mentionOpeners == 0 && !tk.title {
			i++ // no marker, title or name starts here
			continue
		}
		var m mention
		next := i + 1
		found := false
		if n := sc.match(personMarkers, i, s.te); n > 0 && !(n == 1 && sc.word(i) == "bà" && sc.word(i+1) == "con") && sc.titleAt(i, s.te) <= n {
			m, next, found = sc.afterMarker(i, i+n, s.te)
		} else if sc.titleAt(i, s.te) > 0 {
			m, next, found = sc.titleMention(i, s.te)
		} else if tk.title && sc.isSurname(i) {
			b := sc.capRun(i, s.te)
			if ns, ne, ok := sc.carveName(i, b, i, false); ok && ns == i && (ne-ns >= 3 || sc.appositiveAt(ne, s.te)) {
				m = mention{ts: i, te: ne, ns: ns, ne: ne, kind: mFull, person: -1}
				m.te = sc.appositive(&m, ne, s.te)
				next, found = m.te, true
			} else {
				next = b
			}
		}
		if found {
			if pendingEnd >= 0 && m.kind == mFull && pendingEnd == m.ts {
				m.titles = append(pending, m.titles...)
				m.ts = sc.ments[len(sc.ments)-1].ts
				sc.ments = sc.ments[:len(sc.ments)-1] // the title-only mention was this person
			}
			pending, pendingEnd = nil, -1
			if m.kind == mTitle && m.ns == m.ne {
				// "Bí thư Thành ủy … - ông Đinh La Thăng": the titles belong to the name after the dash
				if p := sc.punct(m.te); (p == '-' || p == ',') && m.te+1 < s.te {
					if sc.match(personMarkers, m.te+1, s.te) > 0 || sc.toks[m.te+1].title && sc.isSurname(m.te+1) {
						pending, pendingEnd = m.titles, m.te+1
						if sc.match(personMarkers, m.te+1, s.te) > 0 {
							pendingEnd = m.te + 1
						}
					}
				}
			}
			sc.ments = append(sc.ments, m)
			if next <= i {
				next = i + 1
			}
		}
		i = next
	}
}

// afterMarker reads what follows a person marker at tokens [i, j).
func (sc *scan) afterMarker(i, j, end int) (mention, int, bool) {
	m := mention{ts: i, person: -1}
	if i > 0 && sc.in(pluralWords, i-1) {
		m.plural = true
	}
	marker := sc.phrase(i, j-i, end)
	if sc.punct(j) == ':' {
		j++
	}
	if j >= end {
		return m, j, false
	}
	if sc.titleAt(j, end) > 0 { // "đồng chí Bí thư Quận ủy"
		tm, next, ok := sc.titleMention(j, end)
		tm.ts, tm.plural = i, m.plural
		return tm, next, ok
	}
	tk := sc.toks[j]
	if !tk.title {
		if m.plural || marker == "đại biểu" || marker == "anh" || marker == "chị" {
			return m, j, false
		}
		m.te, m.kind = j, mPronoun
		return m, j, true
	}
	b := sc.capRun(j, end)
	if ns, ne, ok := sc.carveName(j, b, j, true); ok && ns == j {
		m.ns, m.ne, m.kind = ns, ne, mFull
		m.te = sc.appositive(&m, ne, end)
		return m, m.te, true
	}
	if b-j <= 2 {
		m.ns, m.ne, m.te, m.kind = j, b, b, mShort
		m.te = sc.appositive(&m, b, end)
		return m, m.te, true
	}
	return m, b, false
}

// titleAt returns the number of words of a title head (with any prefix
// such as "nguyên") at token i, or 0.
func (sc *scan) titleAt(i, end int) int {
	p := 0
	if sc.in(titlePrefixes, i) {
		p = 1
	}
	if n := sc.match(titleHeads, i+p, end); n > 0 {
		return p + n
	}
	return 0
}

// appositiveAt reports whether a title follows token k after a comma or dash.
func (sc *scan) appositiveAt(k, end int) bool {
	p := sc.punct(k)
	return (p == ',' || p == '-' || p == '(') && sc.titleAt(k+1, end) > 0
}

// appositive reads titles after a name ("Nguyễn Văn Nam - Thành ủy viên,
// Bí thư Quận ủy") into m and returns the end of the mention.
func (sc *scan) appositive(m *mention, k, end int) int {
	if !sc.appositiveAt(k, end) {
		return k
	}
	k0, n0 := k, len(m.titles)
	k++
	for {
		ts, te, nameAt := sc.titleSpan(k, end)
		if te <= ts {
			break
		}
		if nameAt >= 0 && nameAt == te {
			// "A, Chủ tịch UBND TP B dự": a title is written before its
			// holder, so titles that run into a full name are that name's
			if _, ne, ok := sc.carveName(nameAt, sc.capRun(nameAt, end), nameAt, false); ok && ne-nameAt >= 3 {
				sc.cutTitles(m, n0)
				return k0
			}
		}
		sc.addTitle(m, sc.span(ts, te))
		k = te
		if nameAt >= 0 {
			break
		}
		if p := sc.punct(k); p == ',' && sc.titleAt(k+1, end) > 0 {
			k++
			continue
		}
		if p := sc.punct(k); p == ')' || p == '-' && sc.closesAside(k0, k, end) {
			k++
		}
		break
	}
	return k
}

// closesAside reports whether the dash at token k closes the titles that
// the dash at k0 opened: "ông X - Chủ tịch HĐND tỉnh - chủ trì" sets them
// off as brackets or a pair of commas do, and the name is the subject of
// the verb after them. A dash before a title chains another title or a
// new holder instead, so the aside closes only before a lower-case word.
func (sc *scan) closesAside(k0, k, end int) bool {
	return sc.punct(k0) == '-' && k+1 < end && sc.toks[k+1].kind == tWord && !sc.toks[k+1].upper
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

// addTitle appends sp to the titles of m, the mention being read. The
// titles of all mentions share one array, sc.spans, kept with the pooled
// scan; those of the mention being read are at its end, where they grow.
func (sc *scan) addTitle(m *mention, sp textSpan) {
	n := len(m.titles)
	if n > 0 && !sc.titlesAtEnd(m.titles) {
		m.titles = append(m.titles[:n:n], sp)
		return
	}
	sc.spans = append(sc.spans, sp)
	m.titles = sc.spans[len(sc.spans)-n-1 : len(sc.spans) : len(sc.spans)]
}

// cutTitles drops the titles of m after the first n.
func (sc *scan) cutTitles(m *mention, n int) {
	if len(m.titles) > n && sc.titlesAtEnd(m.titles) {
		sc.spans = sc.spans[:len(sc.spans)-len(m.titles)+n]
	}
	m.titles = m.titles[:n:n]
}

// titlesAtEnd reports whether the titles ts, not empty, are the last
// spans of sc.spans.
func (sc *scan) titlesAtEnd(ts []textSpan) bool {
	k := len(sc.spans) - len(ts)
	return k >= 0 && &sc.spans[k] == &ts[0]
}

func (sc *scan) span(ts, te int) textSpan {
	return textSpan{int(sc.toks[ts].s), int(sc.toks[te-1].e)}
}

// titleSpan reads one title from token i: its head, then organ words,
// acronyms and capitalised words up to a personal name. It returns the
// tokens [ts, te) of the title and, when a name follows, where it starts
// (else -1).
func (sc *scan) titleSpan(i, end int) (ts, te, nameAt int) {
	n := sc.titleAt(i, end)
	if n == 0 {
		return i, i, -1
	}
	j := i + n
	level := false
	for j < end {
		tk := sc.toks[j]
		if tk.kind != tWord && sc.abbrevStop(j, end) {
			j++ // "Chủ tịch HĐND TP. HCM": the stop of an abbreviation
			continue
		}
		if tk.kind != tWord {
			// "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh": a committee
			// named by two fields joined with a dash
			// "Sở Văn hóa, Thể thao và Du lịch": three fields, the last after và
			if k := sc.match(titleWords, j+1, end); (sc.punct(j) == '-' || sc.punct(j) == ',' && sc.word(j+1+k) == "và") &&
				j > i+n && k > 0 && sc.toks[j+1].title &&
				!sc.isPhrase(levelWords, j+1, k, end) && sc.titleAt(j+1, end) == 0 && !sc.isSurname(j+1) {
				j++
				continue
			}
			break
		}
		if tk.s != sc.toks[j-1].e+1 && sc.toks[j-1].kind == tWord {
			break
		}
		if tk.acro {
			level = sc.word(j) == "tp"
			j++
			continue
		}
		if w := sc.word(j); tk.digit && (level || strings.HasPrefix(w, "q.") || strings.HasPrefix(w, "p.")) {
			// "Bí thư Quận ủy quận 12", "Q.1", "phường 5": a numbered place
			level = false
			j++
			continue
		}
		if tk.title {
			if sc.word(j-1) == "ban" && sc.isWords(j, "bí", "thư") {
				j += 2 // the organ "Ban Bí thư"
				continue
			}
			if sc.titleAt(j, end) > 0 && j > i+n { // a new title without a comma: "Thành ủy viên Bí thư"
				break
			}
			b := sc.capRun(j, end)
			min := j
			if level {
				min = j + 1
			}
			// "Thành ủy", "Tỉnh ủy": organ words written with a capital;
			// "Nông nghiệp", "Nông dân" open with a surname, but a name
			// has no syllable in lower case
			if k := sc.match(titleWords, j, end); k > 0 && (!sc.isSurname(j) || k >= 2 && !sc.toks[j+1].upper) {
				level = sc.isPhrase(levelWords, j, k, end)
				j += k
				continue
			}
			// "UBND tỉnh Dương Tất Thắng": three capitalised words after
			// a level word are a full name more often than a place of
			// one syllable and a name of two
			if ns, ne, ok := sc.carveName(j, b, j, false); level && ok && ns == j && ne == b && b-j == 3 {
				return i, j, ns
			}
			if ns, _, ok := sc.carveName(j, b, min, false); ok {
				if ns > j {
					return i, ns, ns
				}
				return i, j, ns
			}
			// "HĐND thành phố Nguyễn Thị Quyết Tâm": a level word before a full name and no place
			if ns, ne, ok := sc.carveName(j, b, j, false); level && ok && ns == j && ne == b && b-j >= 3 {
				return i, j, ns
			}
			j = b
			level = false
			continue
		}
		if k := sc.match(titleWords, j, end); k > 0 {
			level = sc.isPhrase(levelWords, j, k, end)
			j += k
			continue
		}
		if sc.word(j) == "và" && j+1 < end && sc.toks[j+1].title && sc.titleAt(j+1, end) == 0 && !sc.isSurname(j+1) && sc.match(personMarkers, j+1, end) == 0 {
			j++ // "Sở Kế hoạch và Đầu tư"
			continue
		}
		break
	}
	return i, j, -1
}

// abbrevStop reports whether the punctuation token j is the stop of an
// abbreviated city ("TP. HCM", "TP. Cần Thơ") inside a title: right
// after the word, and before the place it abbreviates, in upper case.
func (sc *scan) abbrevStop(j, end int) bool {
	if sc.punct(j) != '.' || j+1 >= end || sc.toks[j-1].kind != tWord || sc.toks[j-1].e != sc.toks[j].s {
		return false
	}
	return sc.word(j-1) == "tp" && sc.toks[j+1].kind == tWord && sc.toks[j+1].upper
}

// titleMention reads a chain of titles from token i, and the name after it
// if there is one.
func (sc *scan) titleMention(i, end int) (mention, int, bool) {
	m := mention{ts: i, person: -1}
	k := i
	for {
		ts, te, nameAt := sc.titleSpan(k, end)
		if te <= ts {
			break
		}
		sc.addTitle(&m, sc.span(ts, te))
		k = te
		if nameAt >= 0 {
			b := sc.capRun(nameAt, end)
			_, ne, ok := sc.carveName(nameAt, b, nameAt, false)
			if !ok {
				// read from its own start, the run opens on a place
				// ("A Thái Bình A"): the titles stand alone
				break
			}
			m.ns, m.ne, m.kind = nameAt, ne, mFull
			m.te = sc.appositive(&m, ne, end)
			return m, m.te, true
		}
		if p := sc.punct(k); p == ',' && sc.titleAt(k+1, end) > 0 {
			k++
			continue
		}
		break
	}
	if len(m.titles) == 0 {
		return m, i + 1, false
	}
	// a short name right after a bare head ("Bí thư Thọ") was read into
	// the title; resolveTitle splits it off
	m.te, m.kind = k, mTitle
	return m, k, true
}

// resolve collects the people named in full and points every short name,
// title and pronoun at one of them.
func (sc *scan) resolve() {
	if sc.byKey == nil {
		sc.byKey = map[string]int{}
	}
	byKey := sc.byKey
	counts := sc.ints[:0] // how many titles each person's all will hold
	for mi := range sc.ments {
		m := &sc.ments[mi]
		if m.kind != mFull {
			continue
		}
		key := sc.l[sc.toks[m.ns].s:sc.toks[m.ne-1].e]
		pi, ok := byKey[key]
		if !ok {
			pi = len(sc.persons)
			byKey[key] = pi
			sc.persons = append(sc.persons, known{name: sc.t[sc.toks[m.ns].s:sc.toks[m.ne-1].e], key: key, last: -1,
				first: sc.mentionSpan(m)})
			counts = append(counts, 0)
		}
		if len(sc.persons[pi].titles) == 0 {
			sc.persons[pi].titles = m.titles
		}
		if counts[pi] < 8 {
			counts[pi] += len(m.titles)
		}
		m.person = pi
	}
	if len(sc.persons) == 0 {
		return
	}
	// every title each person is given, until there are eight or more: the
	// counts tell where each person's run starts in one array
	total := 0
	for _, n := range counts {
		total += n
	}
	all := slices.Grow(sc.allSpans[:0], total)
	for pi, n := range counts {
		sc.persons[pi].all = all[len(all) : len(all) : len(all)+n]
		all = all[:len(all)+n]
	}
	sc.allSpans, sc.ints = all, counts
	for mi := range sc.ments {
		if m := &sc.ments[mi]; m.kind == mFull && len(sc.persons[m.person].all) < 8 {
			sc.persons[m.person].all = append(sc.persons[m.person].all, m.titles...)
		}
	}
	// a name cut short ("Võ Công", where the text misprints "Võ Công trí")
	// is the person whose full name it opens
	if sc.two == nil {
		sc.two = map[string]int{}
	}
	two := sc.two
	for pi := range sc.persons {
		if key := sc.persons[pi].key; strings.Count(key, " ") == 2 {
			two[key[:strings.LastIndexByte(key, ' ')]] = pi
		}
	}
	redirect := grow(sc.ints, len(sc.persons))
	sc.ints = redirect
	for pi := range sc.persons {
		redirect[pi] = pi
		if pj, ok := two[sc.persons[pi].key]; ok {
			redirect[pi] = pj
		}
	}
	for mi := range sc.ments {
		if p := sc.ments[mi].person; p >= 0 {
			sc.ments[mi].person = redirect[p]
		}
	}
	// walk in order so that "before" means before; recent holds the people
	// last named in full, latest first, so that a lookup stays short
	var recentBuf [recentMax]int
	recent := recentBuf[:0]
	seen := 0 // people[:seen] have been named so far
	for mi := range sc.ments {
		m := &sc.ments[mi]
		switch m.kind {
		case mFull:
			recent = touch(recent, m.person)
			if m.person >= seen {
				seen = m.person + 1
			}
			continue
		case mShort:
			m.person = sc.bestPerson(recent, seen, func(p *known) bool {
				return nameEnds(p.key, sc.l[sc.toks[m.ns].s:sc.toks[m.ne-1].e])
			})
		case mTitle:
			m.person = sc.resolveTitle(mi, recent, seen)
		}
	}
}

// recentMax bounds how far back a short name or title is looked up.
const recentMax = 32

// touch moves person pi to the front of recent.
func touch(recent []int, pi int) []int {
	for k, x := range recent {
		if x == pi {
			copy(recent[1:k+1], recent[:k])
			recent[0] = pi
			return recent
		}
	}
	if len(recent) < recentMax {
		recent = append(recent, 0)
	}
	copy(recent[1:], recent[:len(recent)-1])
	recent[0] = pi
	return recent
}

// bestPerson returns the person satisfying ok who was named in full last
// (among the recent ones), else one of the next people named after, else -1.
func (sc *scan) bestPerson(recent []int, seen int, ok func(*known) bool) int {
	for _, pi := range recent {
		if ok(&sc.persons[pi]) {
			return pi
		}
	}
	for pi := seen; pi < len(sc.persons) && pi < seen+16; pi++ {
		if ok(&sc.persons[pi]) {
			return pi
		}
	}
	return -1
}

// nameEnds reports whether the full name key ends with the given name(s) short.
func nameEnds(key, short string) bool {
	return key == short || strings.HasSuffix(key, short) && key[len(key)-len(short)-1] == ' '
}

// resolveTitle points a title-only mention at the person who holds that
// title. The last title may end in a short name ("Bí thư Thọ") or stand
// for the person alone ("Bí thư Thành ủy Đà Nẵng").
func (sc *scan) resolveTitle(mi int, recent []int, seen int) int {
	m := &sc.ments[mi]
	last := m.titles[len(m.titles)-1]
	lt := sc.l[last.s:last.e]
	// a short name at the end of the title: one or two title-case words
	if sp := strings.LastIndexByte(lt, ' '); sp > 0 {
		for _, cut := range []int{sp, strings.LastIndexByte(lt[:sp], ' ')} {
			if cut <= 0 {
				continue
			}
			short := lt[cut+1:]
			head := lt[:cut]
			if !titleHeads.set[strings.TrimPrefix(strings.TrimPrefix(head, "nguyên "), "tân ")] || !sc.upperAt(last.s+cut+1) {
				continue
			}
			if pi := sc.bestPerson(recent, seen, func(p *known) bool { return nameEnds(p.key, short) }); pi >= 0 {
				return pi
			}
		}
	}
	if strings.HasPrefix(lt, "người đứng đầu ") {
		organ := strings.TrimPrefix(lt, "người đứng đầu ")
		holds := func(organ string) func(p *known) bool {
			return func(p *known) bool {
				for _, t := range p.all {
					if strings.Contains(sc.l[t.s:t.e], organ) {
						return true
					}
				}
				return false
			}
		}
		if pi := sc.bestPerson(recent, seen, holds(organ)); pi >= 0 {
			return pi
		}
		head, _, _ := strings.Cut(organ, " ") // "HĐND thành phố" → any title in the HĐND
		return sc.bestPerson(recent, seen, holds(head))
	}
	return sc.bestPerson(recent, seen, func(p *known) bool {
		for _, t := range p.all {
			pt := sc.l[t.s:t.e]
			for _, mt := range m.titles {
				if titleMatch(pt, sc.l[mt.s:mt.e]) {
					return true
				}
			}
		}
		return false
	})
}

func (sc *scan) upperAt(i int) bool {
	r, _ := utf8.DecodeRuneInString(sc.t[i:])
	return unicode.IsUpper(r)
}

// titleMatch reports whether two titles name the same office, one being
// the other or the other with more words after it ("Bí thư Tỉnh ủy" and
// "Bí thư Tỉnh ủy Đồng Nai").
func titleMatch(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	return a == b || strings.HasPrefix(a, b) && a[len(b)] == ' '
}

// mentionSpan is the span of mention m in Doc.Text, after a colon that
// ends an introduction before the name ("các đồng chí: Lê Văn A").
func (sc *scan) mentionSpan(m *mention) textSpan {
	ts := m.ts
	for k := m.ts; k < m.ns && k+1 < m.te; k++ {
		if sc.punct(k) == ':' {
			ts = k + 1
		}
	}
	return textSpan{int(sc.toks[ts].s), int(sc.toks[m.te-1].e)}
}

// personValue builds the Person of mention mi: the full name, the titles
// given there or, failing that, where the person was first named, and the
// span of that first full mention.
func (sc *scan) personValue(mi int) Person {
	m := &sc.ments[mi]
	p := &sc.persons[m.person]
	ts := m.titles
	if m.kind != mFull || len(ts) == 0 {
		ts = p.titles
	}
	start := len(sc.strs)
	for _, t := range ts {
		if s := strings.Trim(sc.t[t.s:t.e], " ,-;:"); s != "" {
			sc.addStr(s)
		}
	}
	out := Person{Name: p.name, Titles: sc.outStrings(start)}
	out.Start, out.End = sc.d.SrcSpan(p.first.s, p.first.e)
	return out
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

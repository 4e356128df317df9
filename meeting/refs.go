package meeting

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// A refNum is a document number found in the text.
type refNum struct {
	start, end int    // in Text
	number     string // spaces removed
	coded      bool   // has letters: "14-NQ/QU", not "26"
	hasSo      bool   // written after "số"
}

// parseReferences fills the cited documents: every document named by its
// kind and a number, such as "Nghị quyết số 14-NQ/QU, ngày 25/4/2022 của
// Quận ủy về "…"". Each document is listed once, at its first mention:
// later mentions of the same kind and number add nothing.
//
// A coded number ("14-NQ/QU", "98/2023/QH15", "42/NQ-CP") always makes a
// reference. A bare number ("Quyết định 703") makes one only when it is
// clearly a document's: written after "số", or followed by "của" or
// "ngày" ("Kết luận 34 của Bộ Chính trị"); this keeps "Kế hoạch 1" in a
// slogan and "kỷ luật 11 đảng viên" out. Laws are taken only with a coded
// number. Documents that share a kind in a list ("Nghị quyết số 01-NQ/TU
// và 02-NQ/TU") each make a reference. A document named between its kind
// and a coded number ("Luật Đất đai số 31/2024/QH15") has that name as its
// title.
func (p *parser) parseReferences(m *Meeting) {
	d := p.doc
	lower := d.Lower
	// A document is known by its kind and its number in upper case. The
	// canonical kinds fold to distinct keys, so the kind itself serves
	// (TestRefKindsFoldApart).
	type refKey struct{ kind, number string }
	seen := map[refKey]bool{}
	// The references are gathered on the stack and copied at their final
	// number: a report cites a few.
	var buf [8]DocRef
	refs := buf[:0]
	// A kind's name makes a reference only when a digit follows it across
	// letters, spaces and colons alone (refNumberAhead): only the words
	// between a digit and the last other punctuation (a "stop") before it
	// can, and of those only the ones within refReach of the digit. The
	// scan goes from digit to digit; the rest is skipped.
	sc := refScan{lower: lower}
	for i := 0; ; {
		if i = sc.next(i); i == len(lower) {
			break
		}
		kind, kEnd := refKindAt(d, i)
		if kind == "" {
			i++ // refWordAt goes on to the next word start
			continue
		}
		if !refNumberAhead(lower, kEnd) {
			i = kEnd // what refsAfterKind returns when it finds no number
			continue
		}
		n := len(refs)
		var end int
		refs, end = p.refsAfterKind(refs, i, kind, kEnd)
		// Keep the new ones not seen before, in place.
		kept := refs[:n]
		for _, r := range refs[n:] {
			key := refKey{r.Kind, strings.ToUpper(r.Number)}
			if seen[key] {
				continue
			}
			seen[key] = true
			kept = append(kept, r)
		}
		refs = kept
		if end <= i {
			end = kEnd
		}
		i = end
		if i < len(lower) && refLetterBefore(lower, i) {
			i = refWordEnd(lower, i) // what was read ended inside a word
		}
	}
	if len(refs) > 0 {
		m.References = slices.Clone(refs)
	}
}

// A refScan finds the places where a kind's name may begin. It keeps the
// stretch where it found the last one, from after the last stop (or from
// its reach) to the digit ending it: every word start in it is a
// candidate, so the next ones are read from it without finding its digit
// and stop again.
type refScan struct {
	lower  string
	lo, dg int // no stop in lower[lo:dg], a digit at dg; 0, 0 at first
}

// next returns the first place at i or after it where a kind's name may
// begin: a word start whose first bytes may start one (refWordAt), with
// a digit after it, no stop between (refStopBefore), and within the
// digit's reach (refReach); len(lower) when there is none. It goes from digit to digit. Its answer depends on
// i alone, not on what was asked before.
func (s *refScan) next(i int) int {
	lower := s.lower
	if s.lo <= i && i < s.dg {
		if w := refWordAt(lower, i, s.dg); w < s.dg {
			return w
		}
		i = s.dg + 1
	}
	for i < len(lower) {
		dg := textscan.NextDigit(lower, i)
		if dg == len(lower) {
			break
		}
		lo := refStopBefore(lower, refReach(lower, i, dg), dg) + 1
		if w := refWordAt(lower, lo, dg); w < dg {
			s.lo, s.dg = lo, dg
			return w
		}
		// The digits after dg end empty stretches: skip them.
		for i = dg + 1; i < len(lower) && isASCIIDigit(lower[i]); i++ {
		}
	}
	return len(lower)
}

// refReach returns the first offset at i or after it where a kind's name
// may begin that refsAfterKind can read the number at dg after: any when
// "số" comes before the number, as a title or qualifier may come between
// ("Luật Đất đai số 31/2024/QH15"); else only one that ends right before
// it, across spaces and a colon ("Quyết định 703", "Nghị quyết: 26"),
// which begins at most refKindMaxLen bytes back, and none when no name
// ends in the two bytes before it (refEndPairs: "ngày 5", "đạt 90"). The
// scan reads the rest of a long stretch before a number ("tổng vốn đầu tư
// 150") no more. It returns dg when no name can begin.
func refReach(lower string, i, dg int) int {
	e := textscan.SkipSpacesBack(lower, dg)
	if e > 0 && lower[e-1] == ':' {
		e = textscan.SkipSpacesBack(lower, e-1)
	}
	if strings.HasSuffix(lower[:e], "số") {
		return i
	}
	if e >= 2 {
		c, c1 := lower[e-2], lower[e-1]
		if refEndPairs[int(c)<<2|int(c1>>6)]&(1<<(c1&63)) == 0 {
			return dg
		}
	}
	return max(i, e-refKindMaxLen)
}

// refStopBefore returns the offset of the last byte in lower[lo:hi] that
// ends a stretch refNumberAhead reads across (refClass 2), or lo-1. Read
// back eight bytes at a time, it cost more (3.1M Ir against 2.9M over 400
// articles): the stop is mostly a few bytes back.
func refStopBefore(lower string, lo, hi int) int {
	for hi--; hi >= lo && refClass[lower[hi]] != 2; hi-- {
	}
	return hi
}

// refWordAt returns the first offset in lower[i:limit] where a word
// starts whose first bytes may start a kind's name (refMayStart), or
// limit when none does; limit is before the end of lower. It reads eight
// bytes at a time for the bytes a word may start after, as mentionHits
// does.
func refWordAt(lower string, i, limit int) int {
	if i < limit && refPairAt(lower, i) && refHeadAt(lower, i) && (i == 0 || !refLetterBefore(lower, i)) {
		return i
	}
	for base := i; base < limit; base += 8 {
		x := uint64(0)
		if base+8 <= len(lower) {
			x = textscan.Load8(lower, base)
		} else {
			x = textscan.Head8(lower, base)
		}
		punct, last := afterWordBytes(x)
		for m := punct | last; m != 0; m &= m - 1 {
			k := bits.TrailingZeros64(m)
			j := base + k>>3 + 1
			if j >= limit {
				return limit
			}
			if !refPairAt(lower, j) || !refHeadAt(lower, j) || last&(1<<k) != 0 && refLetterBefore(lower, j) {
				continue
			}
			return j
		}
	}
	return limit
}

// refMayStart reports whether lower[i:], i+1 within lower, may start a
// kind's name: its first two bytes may (refPairAt) and so do its first
// eight (refHeadAt). It errs towards true: refKindAt finds a kind only
// where it is true.
func refMayStart(lower string, i int) bool {
	return refPairAt(lower, i) && refHeadAt(lower, i)
}

// refPairAt reports whether the two bytes at lower[i:], i+1 within lower,
// may start a kind's name (refPairs). It rejects most words at one
// look-up, and is inlined where refMayStart is not.
func refPairAt(lower string, i int) bool {
	c, c1 := lower[i], lower[i+1]
	return refPairs[int(c)<<2|int(c1>>6)]&(1<<(c1&63)) != 0
}

// refHeadAt reports whether lower[i:] begins as one of refHeads does.
func refHeadAt(lower string, i int) bool {
	var x uint64
	if i+8 <= len(lower) {
		x = textscan.Load8(lower, i) // inlined, where Head8 is not
	} else {
		x = textscan.Head8(lower, i)
	}
	hs := refHeads[lower[i]]
	for k := range hs {
		h := &hs[k]
		if x&h.mask != h.head {
			continue
		}
		// An abbreviation is a whole word: an ASCII letter or digit after
		// it rules it out; a rune's first byte may not, so it passes.
		if e := i + h.end; h.end == 0 || e == len(lower) || lower[e] >= utf8.RuneSelf || !asciiWord[lower[e]] {
			return true
		}
	}
	return false
}

// refClass sorts bytes for refStopBefore: 1 for digits, 2 for the ASCII
// bytes refNumberAhead stops at, 0 for the rest.
var refClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case isASCIIDigit(byte(c)):
			t[c] = 1
		case c != ' ' && c != ':' && !asciiWord[c]:
			t[c] = 2
		}
	}
	return t
}()

// refNumberAhead reports whether a digit may follow lower[:i] across only
// spaces, colons and words, as a number refsAfterKind can read must; it
// errs towards true, so that skipping the call when false changes nothing.
func refNumberAhead(lower string, i int) bool {
	for ; i < len(lower); i++ {
		c := lower[i]
		switch {
		case isASCIIDigit(c):
			return true
		case c == ' ' || c == ':' || c >= utf8.RuneSelf || asciiWord[c]:
		default:
			return false
		}
	}
	return false
}

// refsAfterKind reads the number or list of numbers after a kind's name at
// Text[start:kEnd], with their dates, issuers and titles. It appends the
// references to refs and returns them and the end of what it read.
func (p *parser) refsAfterKind(refs []DocRef, start int, kind string, kEnd int) ([]DocRef, int) {
	d := p.doc
	lower := d.Lower
	abbreviated := !hasLowerCase(d.Text[start:kEnd])
	j := textscan.SkipSpaces(lower, kEnd)
	if j < len(lower) && lower[j] == ':' {
		j = textscan.SkipSpaces(lower, j+1) // "các Nghị quyết: số 01-NQ/TU, số 02-NQ/TU"
	}
	hasSo := false
	title := ""
	crossed := false // the gap holds another kind's name
	if g, kd, ok := refQualifierGap(d, j); ok {
		j = g // "Chương trình hành động số …", "Nghị quyết chuyên đề số …"
		crossed = kd
	} else if g, e, ok := refTitleGap(d, kind, abbreviated, j); ok {
		title = d.Text[j:e] // "Luật Đất đai số …"
		j = g
	}
	if w := refWord(lower, j); w == "số" {
		hasSo = true
		j = textscan.SkipSpaces(lower, j+len(w))
		if j < len(lower) && lower[j] == ':' {
			j = textscan.SkipSpaces(lower, j+1)
		}
	}
	gapped := refWord(lower, textscan.SkipSpaces(lower, kEnd)) != "" && refWord(lower, textscan.SkipSpaces(lower, kEnd)) != "số"
	var itemBuf [4]refItem // a list of numbers is short
	items := itemBuf[:0]
	end := kEnd
	for {
		n, ok := scanRefNumber(d.Text, j)
		if !ok || len(items) > 0 && n.coded != items[0].n.coded || gapped && !refCodeFits(kind, n) ||
			crossed && refCodeKind(n) != kind {
			// Across another kind's name, the number is that kind's
			// unless its code names this one: "kế hoạch thực hiện luật
			// số 72/2025/QH15" cites the law, "Chương trình hành động
			// thực hiện Chỉ thị số 05-CT/TW" the directive, "Thông báo
			// về Kết luận số 155-TB/TW" the notice.
			break
		}
		n.hasSo = n.hasSo || hasSo
		it := refItem{n: n, ref: DocRef{Kind: kind, Number: n.number}, s: n.start}
		if len(items) == 0 {
			it.s = start
			it.ref.Title = title
		} else if n.coded && !refCodeFits(kind, n) {
			// "Nghị quyết số 14-NQ/QU, 05-KH/QU": the code names the kind.
			if k := refCodeKind(n); k != "" {
				it.ref.Kind = k
			}
		}
		end = p.refDetails(&it.ref, n.end)
		it.e = end
		items = append(items, it)
		// More numbers sharing the kind: ", 12-CT/TW", " và 02-NQ/TU".
		k := textscan.SkipSpaces(lower, end)
		switch {
		case k < len(lower) && (lower[k] == ',' || lower[k] == ';'):
			k = textscan.SkipSpaces(lower, k+1)
		case refWord(lower, k) == "và":
			k = textscan.SkipSpaces(lower, k+len("và"))
		default:
			k = -1
		}
		if k < 0 {
			break
		}
		if refWord(lower, k) == "số" {
			k = textscan.SkipSpaces(lower, k+len("số"))
			hasSo = true
		}
		j = k
	}
	if len(items) == 0 {
		return refs, kEnd
	}
	return p.keepRefs(refs, items, kind, abbreviated), end
}

// A refItem is one number read after a kind's name, with its reference.
type refItem struct {
	n   refNum
	ref DocRef
	s   int // start in Text
	e   int // end of the number and its details in Text
}

// keepRefs appends to refs the references of the numbers read after one
// kind's name that make a reference: every coded one, and a bare one
// written after "số" or vouched for by a date or issuer. A date or issuer
// after a list of bare numbers vouches for all of them ("Nghị quyết 26,
// 27, 28 của Hội nghị Trung ương 7"), and an issuer after a list applies
// to every document in it.
func (p *parser) keepRefs(refs []DocRef, items []refItem, kind string, abbreviated bool) []DocRef {
	d := p.doc
	bareOK := false
	issuer := ""
	for k := len(items) - 1; k >= 0; k-- {
		r := &items[k].ref
		if r.Issuer != "" || !r.Date.IsZero() {
			bareOK = true
		}
		if r.Issuer != "" {
			issuer = r.Issuer
		} else {
			r.Issuer = issuer
		}
	}
	for _, it := range items {
		n, r := it.n, it.ref
		if !n.coded {
			if abbreviated || kind == "Luật" || !n.hasSo && !bareOK {
				continue
			}
			if !n.hasSo && len(n.number) == 4 && (n.number[:2] == "19" || n.number[:2] == "20") {
				continue // a year: "Chương trình 2030 của …"
			}
		}
		r.Start, r.End = d.SrcSpan(it.s, it.e)
		r.Text = d.Src[r.Start:r.End]
		refs = append(refs, r)
	}
	return refs
}

// hasLowerCase reports whether strings.ToUpper would change s, which is
// valid UTF-8, without making the upper-case copy.
func hasLowerCase(s string) bool {
	for _, r := range s {
		if unicode.ToUpper(r) != r {
			return true
		}
	}
	return false
}

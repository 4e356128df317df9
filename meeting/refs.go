package meeting

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// refKinds maps the lower-case name of each kind of document to its
// canonical spelling. Longer names come first where one is a prefix of
// another.
var refKinds = []struct{ lower, kind string }{
	{"nghị quyết liên tịch", "Nghị quyết liên tịch"},
	{"thông tư liên tịch", "Thông tư liên tịch"},
	{"nghị quyết", "Nghị quyết"},
	{"nghị định", "Nghị định"},
	{"chỉ thị", "Chỉ thị"},
	{"kết luận", "Kết luận"},
	{"quy định", "Quy định"},
	{"quyết định", "Quyết định"},
	{"kế hoạch", "Kế hoạch"},
	{"đề án", "Đề án"},
	{"thông tư", "Thông tư"},
	{"chương trình", "Chương trình"},
	{"hướng dẫn", "Hướng dẫn"},
	{"công văn", "Công văn"},
	{"thông báo kết luận", "Thông báo"}, // a notice of conclusions is a notice
	{"thông báo", "Thông báo"},
	{"tờ trình", "Tờ trình"},
	{"báo cáo", "Báo cáo"},
	{"luật", "Luật"},
	{"pháp lệnh", "Pháp lệnh"},
	{"quy chế", "Quy chế"},
	{"văn bản", "Văn bản"},
}

// refAbbrevKinds maps abbreviated kinds, matched case-sensitively in the
// text, to the canonical kind. They are taken only before a coded number.
var refAbbrevKinds = map[string]string{
	"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quyết định",
	"KH": "Kế hoạch", "ĐA": "Đề án", "NĐ": "Nghị định", "TT": "Thông tư",
	"CV": "Công văn", "TB": "Thông báo", "HD": "Hướng dẫn",
}

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
	// letters, spaces and colons alone (refNumberAhead): in a stretch up to
	// the next other punctuation (a "stop"), only the words before its last
	// digit can. limit is that digit, stop the stop; the rest is skipped.
	limit, stop := 0, 0
	for i := 0; i < len(lower); {
		if i >= stop {
			limit, stop = refStretch(lower, i)
		}
		if i >= limit {
			i = stop + 1 // no number ahead before the stop, which is no word
			continue
		}
		// Only word starts can begin a kind's name: step over non-word
		// characters, and over the rest of a word once its start is tried.
		r, w := rune(lower[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(lower[i:])
		}
		if !textscan.IsWordRune(r) {
			i += w
			continue
		}
		kind, kEnd := "", 0
		if refFirstByte[lower[i]] && (i == 0 || !refLetterBefore(lower, i)) {
			kind, kEnd = refKindAt(d, i)
		}
		if kind == "" {
			i = refWordEnd(lower, i+w)
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

// refStretch returns, for the stretch of lower from i up to the next
// byte refNumberAhead stops at (or the end), the offset of its last digit
// (i when it has none) and of that stop.
func refStretch(lower string, i int) (limit, stop int) {
	limit = i
	for stop = i; stop < len(lower); stop++ {
		switch refClass[lower[stop]] {
		case 1:
			limit = stop
		case 2:
			return limit, stop
		}
	}
	return limit, stop
}

// refClass sorts bytes for refStretch: 1 for digits, 2 for the ASCII
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

// refWordEnd returns the end of the word characters at lower[i:].
func refWordEnd(lower string, i int) int {
	for i < len(lower) {
		c := lower[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			i++
			continue
		}
		// Fast paths for the letters of Vietnamese: U+0100–U+01BF
		// (ă, đ, ơ, ư) and U+1E00–U+1EFF (ạ … ỹ).
		if 0xC4 <= c && c <= 0xC6 && i+1 < len(lower) && lower[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		if c == 0xE1 && i+2 < len(lower) && 0xB8 <= lower[i+1] && lower[i+1] <= 0xBB && lower[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(lower[i:])
		if !textscan.IsWordRune(r) {
			break
		}
		i += w
	}
	return i
}

// refFirstByte marks the bytes that can start a kind's name in Lower, in
// full or abbreviated, and refPairs (a bit set indexed by the first two
// bytes) the pairs that can; refKindsBy lists refKinds by their first
// byte, in their order. They reject most words before any comparison.
var refFirstByte, refPairs, refKindsBy = func() (f [256]bool, pairs [1024]uint64, by [256][]struct{ lower, kind string }) {
	add := func(name string) {
		f[name[0]] = true
		pairs[int(name[0])<<2|int(name[1]>>6)] |= 1 << (name[1] & 63)
	}
	for _, rk := range refKinds {
		add(rk.lower)
		by[rk.lower[0]] = append(by[rk.lower[0]], rk)
	}
	for a := range refAbbrevKinds {
		add(strings.ToLower(a))
	}
	return f, pairs, by
}()

// refLetterBefore reports whether lower[:i] ends in a letter or digit, so
// that i is not a word start.
func refLetterBefore(lower string, i int) bool {
	if c := lower[i-1]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeLastRuneInString(lower[:i])
	return textscan.IsWordRune(r)
}

// refKindAt returns the canonical kind of document named at Text[i:] and
// the end of its name, or "".
func refKindAt(d *vntext.Doc, i int) (string, int) {
	lower := d.Lower
	if i+1 < len(lower) && refPairs[int(lower[i])<<2|int(lower[i+1]>>6)]&(1<<(lower[i+1]&63)) == 0 {
		return "", 0
	}
	for _, k := range refKindsBy[lower[i]] {
		if !strings.HasPrefix(lower[i:], k.lower) {
			continue
		}
		end := i + len(k.lower)
		if end < len(lower) && refIsWordRune(lower[end:]) {
			continue
		}
		if k.kind == "Luật" && strings.HasSuffix(lower[:i], "kỷ ") {
			return "", 0
		}
		return k.kind, end
	}
	// Abbreviated kinds: upper case as written, a whole word.
	if c := d.Text[i]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
		return "", 0
	}
	j := i
	for j < len(d.Text) {
		r, w := utf8.DecodeRuneInString(d.Text[j:])
		if !unicode.IsUpper(r) {
			break
		}
		j += w
	}
	if j-i < 2 || j-i > 3 {
		return "", 0 // every abbreviation is two letters: "NQ", "QĐ"
	}
	if k, ok := refAbbrevKinds[d.Text[i:j]]; ok && (j == len(d.Text) || !refIsWordRune(d.Text[j:])) {
		return k, j
	}
	return "", 0
}

// refLetterRune reports whether the non-ASCII rune r is a letter or a
// mark, with fast paths for the Latin letters Vietnamese is written with.
func refLetterRune(r rune) bool {
	switch {
	case r < 0x100:
		return unicode.IsLetter(r)
	case r < 0x250, 0x1E00 <= r && r <= 0x1EFF, 0x300 <= r && r <= 0x36F:
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// refIsWordRune reports whether s starts with a letter, digit or mark.
func refIsWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return textscan.IsWordRune(r)
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

// refCodeFits reports whether the coded number n can be a document of the
// given kind: its kind code ("TB" in "155-TB/TW", "NQ" in "42/NQ-CP") is
// the kind's, or unknown. It tells "Thông báo kết luận số 155-TB/TW" (a
// notice) from "Báo cáo kết luận số 12-KL/TW" (the conclusion).
func refCodeFits(kind string, n refNum) bool {
	if !n.coded {
		return false
	}
	code := refCode(n.number)
	k, ok := refCodeKinds[code]
	return !ok || k == kind || refCodeAlso[code] == kind
}

// refCodeAlso maps the kind codes that abbreviate two kinds to the kind
// refCodeKinds does not give them: "QĐ" is a Quy định's code as well as
// a Quyết định's, and "CT" a Chương trình's ("Chương trình hành động số
// 32-CT/TU") as well as a Chỉ thị's.
var refCodeAlso = map[string]string{"QĐ": "Quy định", "CT": "Chương trình"}

// refCodeKind returns the kind the code of the coded number n names, or "".
func refCodeKind(n refNum) string { return refCodeKinds[refCode(n.number)] }

// refCode returns the kind code of a document number: "TB" in Party
// numbers such as "155-TB/TW", "NQ" in state numbers such as "42/NQ-CP"
// and "73/2023/NĐ-CP".
func refCode(num string) string {
	if i := strings.IndexByte(num, '-'); i >= 0 && i < strings.IndexByte(num+"/", '/') {
		code := num[i+1:]
		if j := strings.IndexByte(code, '/'); j >= 0 {
			code = code[:j]
		}
		return code
	}
	code := num[strings.LastIndexByte(num, '/')+1:]
	if j := strings.IndexByte(code, '-'); j >= 0 {
		code = code[:j]
	}
	return code
}

// refCodeKinds maps the kind codes of document numbers to kinds.
var refCodeKinds = map[string]string{
	"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quyết định",
	"KH": "Kế hoạch", "ĐA": "Đề án", "NĐ": "Nghị định", "TT": "Thông tư",
	"TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "TTr": "Tờ trình",
	"BC": "Báo cáo", "QC": "Quy chế",
}

// refGapStop lists words that cannot qualify a kind's name.
var refGapStop = map[string]bool{"và": true, "của": true, "các": true, "theo": true,
	"về": true, "ngày": true, "số": true, "đã": true, "được": true, "tại": true, "này": true}

// refQualifierGap reports whether Text[j:] is one to three lower-case words
// qualifying a kind's name, then "số": it returns the offset of "số", and
// whether one of the words opens another kind's name ("kết luận" in
// "Thông báo kết luận số …").
func refQualifierGap(d *vntext.Doc, j int) (so int, crossed, ok bool) {
	lower := d.Lower
	k := j
	for n := 0; n < 3; n++ {
		w := refWord(lower, k)
		if w == "" || refGapStop[w] && !refDigitalAt(lower, k) || d.Text[k:k+len(w)] != w {
			return 0, false, false
		}
		k = textscan.SkipSpaces(lower, k+len(w))
		if refWord(lower, k) == "số" && !refDigitalAt(lower, k) {
			for g := j; g < k; g = textscan.SkipSpaces(lower, g+len(refWord(lower, g))) {
				if !refFirstByte[lower[g]] {
					continue
				}
				if kd, _ := refKindAt(d, g); kd != "" {
					return k, true, true
				}
			}
			return k, false, true
		}
	}
	return 0, false, false
}

// refTitled reports whether a document of the kind may be named before
// its number: "Luật Đất đai số 31/2024/QH15", "Đề án Phát triển du lịch
// số …"; not letters and reports such as "Công văn", "Báo cáo".
func refTitled(kind string) bool {
	switch kind {
	case "Luật", "Pháp lệnh", "Nghị quyết", "Nghị quyết liên tịch", "Nghị định", "Quyết định",
		"Chỉ thị", "Kết luận", "Quy định", "Kế hoạch", "Đề án", "Chương trình", "Thông tư",
		"Thông tư liên tịch", "Quy chế", "Hướng dẫn":
		return true
	}
	return false
}

// refTitleWords bounds the words of a document's name before its number.
const refTitleWords = 12

// refTitleGap reports whether Text[j:] is the name of a document of the
// given kind, written out before its number: a word in upper case, then up
// to refTitleWords words in all, with no punctuation, digits or clause
// words, then "số" ("Luật Tổ chức chính quyền địa phương số …"). It
// returns the offset of "số" and the end of the name. A kind's name
// written in upper case inside names another document, whose number it
// is ("Kế hoạch Triển khai Luật Đất đai số …"); one in lower case is a
// common noun of the name ("Luật Ban hành văn bản quy phạm pháp luật").
func refTitleGap(d *vntext.Doc, kind string, abbreviated bool, j int) (so, end int, ok bool) {
	lower := d.Lower
	if abbreviated || j >= len(lower) || d.Text[j] == lower[j] && lower[j] < utf8.RuneSelf {
		return 0, 0, false // no name, or one in lower case
	}
	if w := refWord(lower, j); w == "" || d.Text[j:j+len(w)] == w || !refTitled(kind) {
		return 0, 0, false
	}
	k := j
	for range refTitleWords {
		w := refWord(lower, k)
		if w == "" || refGapStop[w] && w != "và" && !refDigitalAt(lower, k) {
			return 0, 0, false
		}
		if refFirstByte[lower[k]] && d.Text[k:k+len(w)] != w {
			if kd, _ := refKindAt(d, k); kd != "" {
				return 0, 0, false // another document: "Kế hoạch Thực hiện Luật …"
			}
		}
		end = k + len(w)
		if end < len(lower) && lower[end] != ' ' {
			return 0, 0, false // a word that runs on into digits or punctuation
		}
		k = textscan.SkipSpaces(lower, end)
		if refWord(lower, k) == "số" && !refDigitalAt(lower, k) {
			return k, end, true
		}
	}
	return 0, 0, false
}

// refDigitalAt reports whether the word at lower[k:] is "số" followed by
// "số": the first is then the name's "digital" ("Kế hoạch chuyển đổi số
// số …"), the second the one before the number.
func refDigitalAt(lower string, k int) bool {
	return refWord(lower, k) == "số" && refWord(lower, textscan.SkipSpaces(lower, k+len("số"))) == "số"
}

// refWord returns the word of letters at lower[i:], or "".
func refWord(lower string, i int) string {
	j := i
	for j < len(lower) {
		r, w := rune(lower[j]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(lower[j:])
		} else if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			break
		}
		if r >= utf8.RuneSelf && !refLetterRune(r) {
			break
		}
		j += w
	}
	return lower[i:j]
}

// scanRefNumber reads a document number at t[i:]: a digit first, then
// digits and letters joined by '-' and '/' ("14-NQ/QU", "98/2023/QH15",
// "1234/QĐ-UBND"), with spaces around the joiners allowed as rejoined text
// has them ("14 - NQ / QU"). Letters must be upper case, except the ASCII
// lower case of codes such as TTg and TTr.
func scanRefNumber(t string, i int) (refNum, bool) {
	if i >= len(t) || !isASCIIDigit(t[i]) {
		return refNum{}, false
	}
	j := i
	end := i
	letters := false
	joined := false // a '-' or '/' has been read
	for j < len(t) {
		r, w := utf8.DecodeRuneInString(t[j:])
		switch {
		case isASCIIDigit(t[j]):
		case unicode.IsUpper(r) || 'a' <= r && r <= 'z':
			if !letters && !joined {
				// "5ha", "3tỷ": a quantity, not a code.
				return refNum{}, false
			}
			letters = true
		case r == '-' || r == '/':
			// A joiner, possibly with spaces, must be followed by a code part.
			k := textscan.SkipSpaces(t, j+1)
			if k >= len(t) {
				goto done
			}
			r2, _ := utf8.DecodeRuneInString(t[k:])
			if !isASCIIDigit(t[k]) && !unicode.IsUpper(r2) {
				goto done
			}
			joined = true
			j = k
			continue
		case r == ' ':
			k := textscan.SkipSpaces(t, j)
			if k < len(t) && (t[k] == '-' || t[k] == '/') {
				j = k
				continue
			}
			goto done
		default:
			goto done
		}
		j += w
		end = j
	}
done:
	// What was read is the number but for the spaces around its joiners;
	// a joiner that led nowhere is past end.
	number := t[i:end]
	if strings.IndexByte(number, ' ') >= 0 {
		number = strings.ReplaceAll(number, " ", "") // "14 - NQ / QU" in rejoined text
	}
	n := refNum{start: i, end: end, number: number, coded: letters}
	if !letters {
		for k := 0; k < len(n.number); k++ {
			if !isASCIIDigit(n.number[k]) {
				return n, false // "2021-2025", "6/2024": not a document number
			}
		}
	}
	return n, true
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// refDetails reads what may follow a document number at Text[i:]: its
// date ("ngày 25/4/2022"), its issuer ("của Quận ủy") and its title ("về
// "…"" or "về việc …"), and returns the end of what it read.
func (p *parser) refDetails(r *DocRef, i int) int {
	d := p.doc
	t, lower := d.Text, d.Lower
	end := i
	for step := 0; step < 3; step++ {
		k := textscan.SkipSpaces(lower, end)
		if k < len(lower) && (lower[k] == ',' || lower[k] == '(') {
			k = textscan.SkipSpaces(lower, k+1)
		}
		switch refWord(lower, k) {
		case "ngày":
			if !r.Date.IsZero() {
				return end
			}
			date, e, ok := vntext.DateAt(lower, textscan.SkipSpaces(lower, k+len("ngày")))
			if !ok {
				return end
			}
			r.Date = date
			end = e
			if end < len(lower) && lower[end] == ')' {
				end++
			}
		case "của":
			if r.Issuer != "" {
				return end
			}
			s := textscan.SkipSpaces(lower, k+len("của"))
			e := refIssuerEnd(t, lower, s)
			if e <= s {
				return end
			}
			r.Issuer = strings.TrimSpace(t[s:e])
			end = e
		case "về":
			s := textscan.SkipSpaces(lower, k+len("về"))
			if s < len(t) && t[s] == '"' {
				q := strings.IndexAny(t[s+1:], "\"\n")
				if q < 0 || t[s+1+q] != '"' {
					return end
				}
				r.Title = strings.TrimSpace(t[s+1 : s+1+q])
				return s + 1 + q + 1
			}
			if refWord(lower, s) == "việc" {
				e := s
				for e < len(t) && strings.IndexByte(",;.\n(\"", t[e]) < 0 {
					e++
				}
				r.Title = strings.TrimSpace(t[s:e])
				return textscan.SkipSpacesBack(t, e)
			}
			return end
		default:
			return end
		}
	}
	return end
}

// refIssuerStop lists words that end an issuer's name.
var refIssuerStop = map[string]bool{
	"về": true, "ngày": true, "và": true, "để": true, "nhằm": true, "trong": true,
	"đã": true, "là": true, "thì": true, "số": true, "theo": true, "với": true,
	"đến": true, "tại": true, "cho": true, "được": true, "đối": true, "gắn": true,
	"trên": true, "qua": true, "khi": true, "tiếp": true, "nay": true, "này": true,
}

// refIssuerEnd returns the end of the issuer's name at Text[s:]: at most
// ten words, up to punctuation or a word that starts another clause.
func refIssuerEnd(t, lower string, s int) int {
	e := s
	words := 0
	for words < 10 {
		k := textscan.SkipSpaces(lower, e)
		w := refWord(lower, k)
		if w == "" {
			// A Roman or Arabic number ends a word run: "khóa XII", "Trung ương 6".
			j := k
			for j < len(t) && (isASCIIDigit(t[j]) || strings.IndexByte("IVXLCDM", t[j]) >= 0) {
				j++
			}
			if j == k || words == 0 {
				break
			}
			e = j
			words++
			continue
		}
		if refIssuerStop[w] || w == "đồng" && refWord(lower, textscan.SkipSpaces(lower, k+len(w))) == "thời" {
			break
		}
		// The issuer starts with a capital or an abbreviation: "Quận ủy",
		// "Ban Thường vụ Thành ủy", "UBND thành phố".
		if words == 0 {
			r, _ := utf8.DecodeRuneInString(t[k:])
			if !unicode.IsUpper(r) {
				return s
			}
		}
		e = k + len(w)
		words++
	}
	return e
}

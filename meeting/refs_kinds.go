package meeting

// This file holds the kinds of documents a reference names (Nghị quyết,
// Chỉ thị …), how their names are found in the text, and the codes
// written in document numbers (NQ, CT …) that tell a kind.

import (
	"maps"
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

// refKindMaxLen is the length in Lower of the longest kind's name, full
// or abbreviated, and refEndPairs (indexed as refPairs) the last two bytes
// any ends with.
var refKindMaxLen, refEndPairs = func() (n int, pairs [1024]uint64) {
	add := func(name string) {
		n = max(n, len(name))
		c, c1 := name[len(name)-2], name[len(name)-1]
		pairs[int(c)<<2|int(c1>>6)] |= 1 << (c1 & 63)
	}
	for _, rk := range refKinds {
		add(rk.lower)
	}
	for a := range refAbbrevKinds {
		add(strings.ToLower(a))
	}
	return n, pairs
}()

// A refHead is how a kind's name begins in Lower: its first eight bytes
// or fewer (head, under mask) as textscan.Head8 reads them. An
// abbreviation is two letters that no ASCII letter or digit follows: end
// is its length, 0 for a full name.
type refHead struct {
	head, mask uint64
	end        int
}

// refHeads lists, by first byte, the heads of the kinds' names, full and
// abbreviated. Many words share a name's first two bytes ("th" in "thực",
// "ch" in "chúng"); few share its first eight, so refMayStart lets the
// scan pass them without asking refKindAt.
var refHeads = func() (by [256][]refHead) {
	add := func(name string, end int) {
		n := min(len(name), 8)
		h := refHead{textscan.Head8(name[:n], 0), ^uint64(0) >> (64 - 8*n), end}
		if !slices.Contains(by[name[0]], h) {
			by[name[0]] = append(by[name[0]], h)
		}
	}
	for _, rk := range refKinds {
		add(rk.lower, 0)
	}
	for _, a := range slices.Sorted(maps.Keys(refAbbrevKinds)) {
		add(strings.ToLower(a), len(a))
	}
	return by
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

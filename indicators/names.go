package indicators

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// Numbers that name a thing rather than count: the number of a road, a
// congress or a document (see countContextOK and countUnit).

// namedNumber reports whether the number that low[:j] leads to is the
// number of a name of namesBeforeNumber, or the one listed right after it
// with ",", "và" or "-" ("vành đai 3, 4", "Đại hội 18 và 19"); a list
// goes on to counts ("vành đai 3 - 4, 3 đường trục dọc").
func namedNumber(low string, j int) bool {
	for range 2 {
		if hasSuffixAnyWord(low[:j], namesBeforeNumber[:]) {
			return true
		}
		k := trimRightSpaces(low, j)
		switch {
		case k > 0 && (low[k-1] == ',' || low[k-1] == '-'):
			k--
		case hasSuffixWord(low[:k], "và"):
			k -= len("và")
		default:
			return false
		}
		k = trimRightSpaces(low, k)
		n := k
		for n > 0 && (textscan.IsDigit(low[n-1]) || low[n-1] == ',' && n > 1 && textscan.IsDigit(low[n-2])) {
			n--
		}
		if n == k {
			return false
		}
		j = n
	}
	return false
}

// docNumber reports whether the bare number q is the number of a document
// that a kind of docNamesBeforeNumber names: no noun of countUnits
// follows it.
func docNumber(low string, q vntext.Quantity) bool {
	if q.Unit != "" {
		return false
	}
	j := trimRightSpaces(low, q.NumStart)
	if !hasSuffixAnyWord(low[:j], docNamesBeforeNumber[:]) {
		return false
	}
	i := q.End + 1
	if i >= len(low) || low[q.End] != ' ' {
		return true
	}
	_, we := wordAt(low, i)
	return !(countUnitEnd(low, i, we) > we || knownCountEnd(low, i, we) || measureUnits[low[i:we]])
}

// measuredAfterName reports whether the number at low[ns:] that a word
// ending a document's name precedes ("Kế hoạch 124", "Quyết định 703")
// is a measure all the same, because a unit of measurement follows it at
// low[u:]: "quy hoạch 600 ha", "thu hoạch 17.000 tấn", "giao thông 4,1 km".
// An identifier is never so many hectares.
func measuredAfterName(low string, ns, u int) bool {
	j := trimRightSpaces(low, ns)
	ws := textscan.WordStart(low, j)
	if !nameEnds[low[ws:j]] || u >= len(low) {
		return false
	}
	w, _ := wordAt(low, u)
	return measureUnits[w] && !scaleWords[w] && w != "lượt"
}

// countedAfterName reports whether the number at t[ns:] that a name of
// two or more Title-case words precedes counts all the same, because a
// noun of placeCounts or countUnits follows it at low[u:]: a breakdown by
// place or person ("Đông Anh 14 dự án; Gia Lâm 9 dự án", "xã Tân
// Phước 420 hộ", "Long Điền 1.200 ha"). A name's own number ("Quận 12",
// "Sư đoàn 9", "Mỹ Đình 1") follows one Title-case word, or is followed by
// no such noun; a distance ("cách Biên Hòa 30 km") is no count.
func countedAfterName(t, low string, ns, u int) bool {
	if u >= len(low) {
		return false
	}
	j := trimRightSpaces(t, ns)
	for range 2 {
		ws := textscan.WordStart(t, j)
		if ws == j || !titleWord(t[ws:j]) {
			return false
		}
		j = ws
		if j == 0 || t[j-1] != ' ' {
			return false
		}
		j--
	}
	if w := low[textscan.WordStart(low, trimRightSpaces(low, ns)):trimRightSpaces(low, ns)]; notBeforeCount[w] || yearDigits(t[ns:trimRightSpaces(t, u)]) {
		return false // "Điều 19", "Đồ Sơn 2007"
	}
	if w, _ := wordAt(low, u); placeCounts[w] {
		return true
	}
	for _, p := range placeCountPhrases {
		if textscan.HasWordAt(low, u, p) {
			return true
		}
	}
	return false
}

// placeCountPhrases are the nouns of two words a breakdown by place
// counts, lower case: not "tổ chức", which is a verb as often.
var placeCountPhrases = [...]string{"dự án", "trường hợp", "thí sinh", "đảng viên", "cá nhân", "hộ dân", "học sinh", "phiếu bầu", "doanh nghiệp"}

// titleWord reports whether w is written in Title case: a capital, then
// a small letter ("Thành", not "UBND" nor "TP").
func titleWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}

// placeCounts are the nouns of one word, lower case, that a breakdown by
// place counts (see countedAfterName): areas, weights, households, people.
var placeCounts = map[string]bool{
	"ha": true, "hecta": true, "héc": true, "tấn": true, "m2": true, "m3": true, "km2": true, "hộ": true, "người": true,
	"con": true, "xã": true, "phòng": true, "vụ": true, "trường": true,
}

// nameEnds are the words that end the name of a document or a sector
// before its number ("kế hoạch", "quyết định", "thông tư", "văn bản"):
// notBeforeCount holds them too.
var nameEnds = map[string]bool{"hoạch": true, "định": true, "thông": true, "thị": true, "văn": true, "luận": true, "quyết": true}

// kindNumber reports whether the number of q, before the noun unit, gives
// a thing's feature rather than counts: a head of kindAttributes[unit]
// comes right before it, or before its bound ("xe dưới 9 chỗ"), or before
// the "từ" or "đến" of a class's limit ("ô tô từ 16 chỗ", "xe đến 9 chỗ").
func kindNumber(low string, q vntext.Quantity, unit string) bool {
	heads := kindAttributes[unit]
	if heads == nil {
		return false
	}
	j := trimRightSpaces(low, q.Start)
	for _, w := range [...]string{"từ", "đến"} {
		if s, ok := endsWithWordAt(low, j, w); ok {
			j = trimRightSpaces(low, s)
			break
		}
	}
	return hasSuffixAnyWord(low[:j], heads)
}

// seriesNumber reports whether the bare number of q, after an acronym,
// numbers a meeting of a series or names a thing rather than counts: the
// acronym follows "hội nghị" ("Hội nghị SOM 2", "Hội nghị MRT 23"), or
// the word after the number, w, is in capitals too ("SOM 2 APEC"), and
// is no unit of measure. An acronym before a count stays its object
// ("GPMB 14 hộ").
func seriesNumber(t, low string, q vntext.Quantity, w string) bool {
	j := trimRightSpaces(t, q.Start)
	ws := textscan.WordStart(t, j)
	if j-ws < 2 || !allCaps(t[ws:j]) {
		return false
	}
	if hasSuffixWord(low[:trimRightSpaces(low, ws)], "hội nghị") {
		return true
	}
	return allCaps(w) && !measureUnits[textscan.Lower(w)]
}

// allCaps reports whether the word w is written in capitals alone: "SOM",
// "APEC", "TS": no rune changes in upper case and some rune does in lower
// case. It reads the runes in place, for it is asked of every count after
// a word of two letters or more, and strings.ToUpper allocated each time.
func allCaps(w string) bool {
	upper := false
	for _, r := range w {
		if r == utf8.RuneError || unicode.ToUpper(r) != r {
			return false
		}
		upper = upper || unicode.ToLower(r) != r
	}
	return upper
}

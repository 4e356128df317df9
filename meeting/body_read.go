package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/roman"
	"github.com/vnreport/vnreport/vntext"
)

// A place is a mention of a body or of a place: an organ ("Quận ủy"), a
// level word ("quận") and a locality ("Thanh Xuân"), each optional but not
// all at once, followed by what the text says of it there.
type place struct {
	start, end int       // span in Doc.Text, tails included
	organ      *organDef // nil when the mention names none
	locality   string
	province   string
	tail
	level   level
	fam     family
	generic bool // "HĐND các cấp": no one body
	coming  bool // named as a congress will elect it (comingCues): its tenure is the next
	former  bool // in a post held before: "nguyên Bí thư Tỉnh ủy Cao Bằng" (formerCues)
}

// A tail is what may follow an event or a body: its number, term, tenure
// and "(mở rộng)". It holds them as small numbers, not as the Term and
// Tenure of the output, so that places and events, which embed it, stay
// small and point to nothing on the heap (a report is far shorter than
// 2 GB, and a tenure's years have four digits).
type tail struct {
	termText    string // the term as written ("VI", "25"); "" when none is stated
	termNumber  int32
	session     int32
	tenurePos   int32 // offset of the tenure's years, for voting
	tenureStart int16 // the tenure's years; 0 when none is stated
	tenureEnd   int16
	expanded    bool
}

func (t *tail) hasTerm() bool   { return t.termText != "" }
func (t *tail) hasTenure() bool { return t.tenureStart != 0 }

// term returns the term as the output gives it.
func (t *tail) term() Term { return Term{Number: int(t.termNumber), Text: t.termText} }

// tenure returns the tenure as the output gives it.
func (t *tail) tenure() Tenure { return Tenure{Start: int(t.tenureStart), End: int(t.tenureEnd)} }

// setTenure records the tenure start–end read at pos, unless one is.
func (t *tail) setTenure(start, end, pos int) {
	if !t.hasTenure() {
		t.tenureStart, t.tenureEnd, t.tenurePos = int16(start), int16(end), int32(pos)
	}
}

// readPlace reads a body or place mention at Lower[i:], with its tail.
func (p *parser) readPlace(i int) (place, bool) {
	lo, tx := p.doc.Lower, p.doc.Text
	pl := place{start: i}
	j := i
	var starting []*organDef
	if 0 <= i && i < len(lo) {
		starting = organsBy[lo[i]]
	}
	for _, o := range starting {
		if textscan.PrefixWordAt(lo, i, o.key) {
			pl.organ, pl.fam, pl.level = o, o.fam, o.level
			j = i + len(o.key)
			break
		}
	}
	if pl.organ != nil {
		// "Hội đồng nhân dân (HĐND) Thành phố Hồ Chí Minh": the organ's
		// short name in brackets before the place.
		if k := textscan.SkipSpaces(lo, j); k < len(lo) && lo[k] == '(' {
			if c := strings.IndexByte(tx[k:min(len(tx), k+12)], ')'); c > 1 && upperWord(tx[k+1:k+c]) {
				j = k + c + 1
			}
		}
	} else {
		// "các huyện Chương Mỹ, Mỹ Đức, …": many places, no one body.
		ws, we := prevWord(lo, i)
		pl.generic = lo[ws:we] == "các" || lo[ws:we] == "những"
	}
	k := textscan.SkipSpaces(lo, j)
	if textscan.PrefixWordAt(lo, k, "các cấp") || textscan.PrefixWordAt(lo, k, "cơ sở") || p.centreAt(k) {
		pl.generic = true
		pl.end = k
		return pl, pl.organ != nil
	}
	// A level word: "quận Thanh Xuân", or "Quận ủy quận Bình Tân".
	if lv, e, ok := p.levelAt(k); ok && (pl.level == noLevel || pl.level == lv) {
		pl.level = lv
		k, j = e, e
	}
	loc, le := p.readLocality(textscan.SkipSpaces(tx, j))
	if loc != "" && pl.level == levelProvince && !knownProvince(loc) {
		return pl, false // "tỉnh Phúc Kiến", "tỉnh Gangwon": a province abroad
	}
	if loc != "" && foreignName(loc) {
		return pl, false // "thành phố Hamburg": a city abroad
	}
	if len(loc) == 1 && !isDigits(loc) && le < len(tx) && tx[le] == '.' {
		return pl, false // "cô giáo P. T.V. H.": a person's initials, no "phường T"
	}
	if loc != "" {
		pl.locality = loc
		j = le
		if pl.level == noLevel {
			switch {
			case centralCities[loc]:
				pl.level = levelCity
			case provinces[loc]:
				pl.level = levelProvince
			}
		}
		j = p.readProvince(&pl, j)
	}
	if pl.organ == nil && pl.locality == "" {
		return pl, false
	}
	if pl.organ == nil && pl.level == noLevel {
		return pl, false
	}
	pl.end = p.readTail(&pl.tail, j)
	if pl.end == j && pl.organ != nil && pl.locality != "" {
		pl.end = p.locatedTail(&pl, j)
	}
	return pl, true
}

// locatedTail reads the tail of a body whose name is followed by the
// places above it: "HĐND xã Tân Hòa, huyện Củ Chi, TP.HCM khóa X" — the
// term belongs to the council of the lowest place, not to the city. It
// returns j unchanged when no tail follows the chain.
func (p *parser) locatedTail(pl *place, j int) int {
	tx, lo := p.doc.Text, p.doc.Lower
	rank := levelRank[pl.level]
	if rank == 0 {
		return j
	}
	e := j
	province := ""
	for steps := 0; steps < 3; steps++ {
		k := textscan.SkipSpaces(tx, e)
		if k >= len(tx) || tx[k] != ',' {
			break
		}
		lv, le, ok := p.levelAt(textscan.SkipSpaces(lo, k+1))
		if !ok || levelRank[lv] <= rank {
			break
		}
		name, ne := p.readLocality(textscan.SkipSpaces(tx, le))
		if name == "" {
			break
		}
		if provinces[name] || centralCities[name] {
			province = name
		}
		rank, e = levelRank[lv], ne
	}
	if e == j {
		return j
	}
	var t tail
	if end := p.readTail(&t, e); end > e && (t.hasTerm() || t.hasTenure()) {
		pl.tail = t
		if pl.province == "" {
			pl.province = province
		}
		return end
	}
	return j
}

// readLocality reads a place name at Text[i:]: capitalised words or a
// number ("Quận 9"), stopping before a person's name.
func (p *parser) readLocality(i int) (string, int) {
	tx := p.doc.Text
	// Hồ Chí Minh City in its short forms: "TP.HCM", "TP HCM", "TPHCM".
	if e := textscan.WordEnd(tx, i); e > i && isHCMAlias(tx[i:e]) {
		return "Hồ Chí Minh", e
	}
	words, n := p.localityWords(i)
	if n == 0 {
		return "", i
	}
	return p.cutLocality(i, words[:n])
}

// localityWords returns the spans of the capitalised words (or the
// district number) that may make a place name at Text[i:], and how many
// there are; it stops at an acronym, a word that opens no place, and a
// word that begins a person ("Đồng chí").
func (p *parser) localityWords(i int) (words [6][2]int, n int) {
	tx := p.doc.Text
	j := i
	for n < len(words) {
		e := textscan.WordEnd(tx, j)
		if e == j || !isUpperStart(tx, j) {
			break
		}
		// "Cư M'gar", "Ea H'leo": a letter and an apostrophe open a
		// syllable of a Central Highlands name.
		if e-j == 1 && e+1 < len(tx) && tx[e] == '\'' {
			if e2 := textscan.WordEnd(tx, e+1); e2 > e+1 {
				e = e2
			}
		}
		w := tx[j:e]
		if n == 0 && notPlace[w] && !strings.HasPrefix(tx[j:], "Bà Rịa") && !p.nameSyllable(w, e) && !p.placeOpener(w, e) {
			break
		}
		if n > 0 && placeStop[w] && p.stopsPlace(w, e) && !p.nameSyllable(w, e) {
			break // "Đồng chí …" begins a person; "Lâm Đồng" goes on
		}
		if upperWord(w) && len(w) > 1 && !isDigits(w) {
			break // an acronym: UBND, HĐND
		}
		if isDigits(w) && (n > 0 || !p.districtNumber(e)) {
			break
		}
		words[n] = [2]int{j, e}
		n++
		if isDigits(w) {
			break
		}
		// "Bà Rịa - Vũng Tàu", "Phan Rang - Tháp Chàm", "Thừa Thiên - Huế":
		// two names joined by a dash, when what follows is no province or
		// city of its own ("quận Hoàn Kiếm - Hà Nội" is a place and its city).
		if e+3 < len(tx) && tx[e:e+3] == " - " && n <= 2 && p.dashJoins(i, e, e+3) {
			j = e + 3
			continue
		}
		if e < len(tx) && tx[e] == ' ' && isUpperStart(tx, e+1) {
			j = e + 1
			continue
		}
		break
	}
	return words, n
}

// cutLocality returns the place name the words, which start at Text[i],
// make and its end: up to a known province or city name, else before a
// person's name; none when they are too long for a place or read as a
// person.
func (p *parser) cutLocality(i int, words [][2]int) (string, int) {
	tx := p.doc.Text
	n := len(words)
	for k := n; k >= 1; k-- {
		name := tx[i:words[k-1][1]]
		if c := strings.Replace(name, " - ", " ", 1); c != name && provinces[c] {
			return name, words[k-1][1] // "Thừa Thiên - Huế", the old spelling, as written
		}
		if provinces[name] || centralCities[name] {
			if k < n && !nameStarts[tx[words[k][0]:words[k][1]]] {
				break // the name goes on: "Hà Nam" is not "Hà Nam Ninh"
			}
			return name, words[k-1][1]
		}
	}
	for k := 1; k < n; k++ {
		if nameStarts[tx[words[k][0]:words[k][1]]] && n-k >= 2 && n-k <= 4 {
			if k == 1 && nameStarts[tx[words[0][0]:words[0][1]]] {
				// "huyện Nguyễn Văn Thắng" after a title: a family name
				// and then a middle name is a person, not a place.
				return "", i
			}
			n = k
			break
		}
	}
	if n > 4 || n >= 3 && nameStarts[tx[words[0][0]:words[0][1]]] && !strings.Contains(tx[i:words[n-1][1]], " - ") {
		return "", i // too long for a place, or a person: "Cao Tiến Dũng"
	}
	return tx[i:words[n-1][1]], words[n-1][1]
}

// dashJoins reports whether the name at Text[i:e] goes on past the dash
// at e with the capitalised name at k: "Bà Rịa - Vũng Tàu" and "Thừa Thiên -
// Huế" are provinces, and "Phan Rang - Tháp Chàm" is a city, where
// "Hoàn Kiếm - Hà Nội" and "Thanh Xuân - Nguyễn Văn A" are two things.
func (p *parser) dashJoins(i, e, k int) bool {
	tx := p.doc.Text
	var ends [3]int
	n := 0
	for j := k; n < len(ends); {
		we := textscan.WordEnd(tx, j)
		if we == j || !isUpperStart(tx, j) || (notPlace[tx[j:we]] || placeStop[tx[j:we]]) && !p.nameSyllable(tx[j:we], we) || upperWord(tx[j:we]) && we-j > 1 {
			break
		}
		ends[n] = we
		n++
		if we+1 < len(tx) && tx[we] == ' ' && isUpperStart(tx, we+1) {
			j = we + 1
			continue
		}
		break
	}
	if n == 0 {
		return false
	}
	for c := n; c >= 1; c-- {
		if provinces[tx[i:e]+" - "+tx[k:ends[c-1]]] || provinces[tx[i:e]+" "+tx[k:ends[c-1]]] {
			return true
		}
	}
	second := tx[k:ends[n-1]]
	return n == 2 && !provinces[second] && !centralCities[second] && !nameStarts[tx[k:textscan.WordEnd(tx, k)]] && e-i > 0 && strings.Count(tx[i:e], " ") == 1
}

// districtNumber reports whether a number ending at Text[e] can be a
// district's ("Quận 9 có …"), not a count ("quận 6 tháng đầu năm").
func (p *parser) districtNumber(e int) bool {
	lo := p.doc.Lower
	if e < len(lo) && (lo[e] == '%' || lo[e] == '/' || lo[e] == '.' && e+1 < len(lo) && lo[e+1] >= '0' && lo[e+1] <= '9') {
		return false
	}
	k := textscan.SkipSpaces(lo, e)
	for _, w := range [...]string{"tháng", "năm", "ngày", "tuần", "quý", "giờ", "người", "đơn vị"} {
		if textscan.PrefixWordAt(lo, k, w) {
			return false
		}
	}
	return true
}

// readProvince reads "(Gia Lai)", ", tỉnh Gia Lai" or " - Hà Nội" after a
// locality.
func (p *parser) readProvince(pl *place, j int) int {
	tx, lo := p.doc.Text, p.doc.Lower
	k := textscan.SkipSpaces(tx, j)
	if k < len(tx) && tx[k] == '(' {
		// "(Gia Lai)", "(thành phố Hà Nội)", or "( Sơn La )" in rejoined text.
		m := textscan.SkipSpaces(tx, k+1)
		for _, key := range [...]string{"tỉnh", "thành phố", "tp"} {
			if textscan.PrefixWordAt(lo, m, key) {
				m = textscan.SkipSpaces(tx, m+len(key))
				break
			}
		}
		if name, e := p.readLocality(m); name != "" && (provinces[name] || centralCities[name]) {
			if e = textscan.SkipSpaces(tx, e); e < len(tx) && tx[e] == ')' {
				pl.province = name
				return e + 1
			}
		}
	}
	if k+1 < len(tx) && tx[k] == '-' && tx[k+1] == ' ' {
		// "quận Hoàn Kiếm - Hà Nội khóa XXV"
		if name, e := p.readLocality(textscan.SkipSpaces(tx, k+1)); name != "" && (provinces[name] || centralCities[name]) && name != pl.locality {
			pl.province = name
			return e
		}
	}
	if k < len(tx) && tx[k] == ',' {
		m := textscan.SkipSpaces(lo, k+1)
		for _, key := range [...]string{"tỉnh", "thành phố", "tp"} {
			if textscan.PrefixWordAt(lo, m, key) {
				if name, e := p.readLocality(textscan.SkipSpaces(tx, m+len(key))); name != "" && (provinces[name] || centralCities[name]) && name != pl.locality {
					pl.province = name
					return e
				}
			}
		}
	}
	return j
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// readNumber reads a session or term number at Text[i:]: digits, a Roman
// numeral or an ordinal word.
func (p *parser) readNumber(i int, words bool) (n int, text string, end int, ok bool) {
	tx, lo := p.doc.Text, p.doc.Lower
	e := textscan.WordEnd(tx, i)
	if e == i {
		return 0, "", i, false
	}
	w := tx[i:e]
	if v, good := atoiSpan(w, 0, len(w)); good && v > 0 && v < 1000 {
		return v, w, e, true
	}
	if v, err := roman.Parse(w); err == nil && v < 200 {
		return v, w, e, true
	}
	if words {
		if n, e, ok := vntext.OrdinalWordsAt(lo, i); ok && n > 0 {
			return n, tx[i:e], e, true
		}
	}
	return 0, "", i, false
}

// readTail reads, after an event or a body, any of "lần thứ 6", "thứ 4",
// "(mở rộng)", "khóa VI", "(khóa V)", "nhiệm kỳ 2020 - 2025" and
// "(2016-2021)", separated by spaces, commas and dashes. It returns the end
// of what it read.
func (p *parser) readTail(t *tail, i int) int {
	lo := p.doc.Lower
	end := i
	j := i
	for steps := 0; steps < 8; steps++ {
		k := skipSpacePunct(lo, j, ",-()") // ")" too: "( mở rộng ) , khóa XXV" in rejoined text
		switch {
		case textscan.PrefixWordAt(lo, k, "lần thứ") || textscan.PrefixWordAt(lo, k, "lần"):
			m := k + len("lần")
			if textscan.PrefixWordAt(lo, k, "lần thứ") {
				m = k + len("lần thứ")
			}
			n, _, e, ok := p.readNumber(textscan.SkipSpaces(lo, m), true)
			if !ok {
				return end
			}
			if t.session == 0 {
				t.session = int32(n)
			}
			j, end = e, e
		case textscan.PrefixWordAt(lo, k, "thứ"):
			n, _, e, ok := p.readNumber(textscan.SkipSpaces(lo, k+len("thứ")), true)
			if !ok {
				return end
			}
			if t.session == 0 {
				t.session = int32(n)
			}
			j, end = e, e
		case textscan.PrefixWordAt(lo, k, "mở rộng"):
			t.expanded = true
			j = k + len("mở rộng")
			if j < len(lo) && lo[j] == ')' {
				j++
			}
			end = j
		case textscan.PrefixWordAt(lo, k, "khóa"):
			n, txt, e, ok := p.readNumber(textscan.SkipSpaces(lo, k+len("khóa")), false)
			if !ok {
				return end
			}
			if !t.hasTerm() {
				t.termText, t.termNumber = txt, int32(n)
			}
			j, end = e, e
			if j < len(lo) && lo[j] == ')' {
				j++
				end = j
			}
		case textscan.PrefixWordAt(lo, k, "nhiệm kỳ"), textscan.PrefixWordAt(lo, k, "nk") && p.doc.Text[k:k+2] == "NK":
			w := len("nhiệm kỳ")
			if lo[k] == 'n' && lo[k+1] == 'k' {
				w = len("nk") // "khóa XII, NK 2021-2026"
			}
			s, e, pos, ok := p.readYears(textscan.SkipSpaces(lo, k+w))
			if !ok {
				return end
			}
			t.setTenure(s, e, pos)
			j, end = p.after(pos), p.after(pos)
		case k > 0 && lo[k-1] == '(' && k < len(lo) && '0' <= lo[k] && lo[k] <= '9':
			s, e, pos, ok := p.readYears(k)
			if !ok {
				return end
			}
			t.setTenure(s, e, pos)
			j, end = p.after(pos), p.after(pos)
		default:
			return end
		}
		if j < len(lo) && lo[j] == ')' {
			j++
			end = j
		}
	}
	return end
}

// after returns the end of a year range found by readYears at pos.
func (p *parser) after(pos int) int {
	lo := p.doc.Lower
	j := digitsAt(lo, pos)
	j = skipSpacePunct(lo, j, "-/")
	return digitsAt(lo, j)
}

// readYears reads "2020 - 2025", "2020-2025" or "2020 -2025" at i.
func (p *parser) readYears(i int) (start, end, pos int, ok bool) {
	lo := p.doc.Lower
	e1 := digitsAt(lo, i)
	if e1-i != 4 {
		return 0, 0, 0, false
	}
	k := textscan.SkipSpaces(lo, e1)
	if k >= len(lo) || (lo[k] != '-' && lo[k] != '/') {
		return 0, 0, 0, false
	}
	k = textscan.SkipSpaces(lo, k+1)
	e2 := digitsAt(lo, k)
	if e2-k != 4 || !textscan.AtWordEnd(lo, e2) {
		return 0, 0, 0, false
	}
	a, _ := atoiSpan(lo, i, e1)
	b, _ := atoiSpan(lo, k, e2)
	if b <= a || b-a > 6 || a < 1945 {
		return 0, 0, 0, false
	}
	return a, b, i, true
}

// sameBody reports whether two mentions can be of the same body: the same
// family, and no contradicting level or locality.
func sameBody(a, b *place) bool {
	if a.fam != b.fam {
		return false
	}
	if a.level != noLevel && b.level != noLevel && a.level != b.level {
		return false
	}
	if a.locality != "" && b.locality != "" && !strings.EqualFold(a.locality, b.locality) {
		return false
	}
	return true
}

// placeStopPhrases are the placeStop words that end a place only before
// the word that makes their phrase: "Đồng chí", "Bí thư" begin a person,
// while "Lâm Đồng", "Uông Bí" are places.
var placeStopPhrases = map[string]string{"Đồng": "chí", "Bí": "thư"}

// stopsPlace reports whether the placeStop word w, which ends at Text[e],
// ends the place name before it: "Ban" only before the board's name
// ("Ban Thường vụ"), not in "thị trấn Nam Ban (Lâm Hà)".
func (p *parser) stopsPlace(w string, e int) bool {
	k := textscan.SkipSpaces(p.doc.Text, e)
	if next, ok := placeStopPhrases[w]; ok {
		return textscan.PrefixWordAt(p.doc.Lower, k, next)
	}
	if w == "Ban" {
		return textscan.WordEnd(p.doc.Text, k) > k
	}
	return true
}

// centreShort are the capitals that abbreviate "Trung ương", the Centre:
// "Ban Chấp hành T.Ư", "BCH TW", "Hội nghị TƯ".
var centreShort = []string{"T.Ư", "T.W", "TƯ", "TW"}

// centreAt reports whether the Centre is named at Text[k:], in words or
// in its capitals (case tells "TƯ" from "tư vấn").
func (p *parser) centreAt(k int) bool {
	if textscan.PrefixWordAt(p.doc.Lower, k, "trung ương") {
		return true
	}
	for _, c := range centreShort {
		if strings.HasPrefix(p.doc.Text[k:], c) && textscan.AtWordEnd(p.doc.Text, k+len(c)) {
			return true
		}
	}
	return false
}

package vntext

// This file holds PeriodPhraseEnd, the reader of the phrases that name
// the period of a figure in running text, as a row per opening word
// (periodPhrases). It is wider than the grammar of ParsePeriod and
// FindPeriods (period_parse.go): it takes the periods a report names
// relative to itself ("năm nay", "9 tháng qua", "cuối năm", "tính đến
// nay") and reads only their extent, not a Period.

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// PeriodPhraseEnd returns the end of the period phrase at lower[i:], or i
// when none starts there. lower is normal lower-case text, as a [Doc]'s
// Lower is. The phrase opens on a word at a word start and reads:
//
//   - a count of months: "6 tháng đầu năm 2024", "9 tháng qua", "3 tháng
//     cuối năm", "6 tháng", "bốn tháng đầu năm 2017";
//   - a quarter: "quý I/2021", "quý IV năm 2020", "quý II-2015", "quý
//     1/2017", "quý 3";
//   - a span of years: "giai đoạn 2021-2025", "giai đoạn 2021", "năm
//     2016-2020";
//   - a year named with words: "năm 2020", "cả năm 2023", "nửa đầu năm
//     2024", "cuối năm", "đầu năm 2025", "năm nay";
//   - a date or "nay" it runs to: "tính đến ngày 31/12/2020", "tính đến
//     ngày 31.12.2016", "tính đến hết tháng 8/2017", "tính đến cuối năm
//     2016", "tính đến nay";
//
// each perhaps after "trong" ("trong 6 tháng đầu năm"), and after quotes
// between its words. The phrases a report names relative to itself are
// read by rules (periodPhrases), the periods of the calendar by the
// grammar of [ParsePeriod]; where both read, the longer reading wins.
// Unlike [FindPeriods] it does not say which period the phrase names,
// and it takes phrases FindPeriods leaves out because they name none by
// themselves ("năm nay", "9 tháng qua"): a caller that quotes the phrase
// as the period of a figure wants them. A bare range of years is not
// taken ("(1907 - 1988)" is a life), nor a term ("nhiệm kỳ 2020-2025").
func PeriodPhraseEnd(lower string, i int) int {
	if i < 0 || i >= len(lower) {
		return i
	}
	if textscan.IsDigit(lower[i]) {
		if textscan.WordRuneBefore(lower, i) {
			return i
		}
		return monthsPhraseEnd(lower, i, i) // a count in digits is the rules' alone
	}
	if i+1 >= len(lower) || !periodStartPairs.has(lower[i], lower[i+1]) || textscan.WordRuneBefore(lower, i) {
		return i // most words: none of the words below starts with these two bytes
	}
	opening := periodOpeningAt(lower, i)
	if !opening && !countedMonthsAt(lower, i) {
		return i
	}
	j := i
	if textscan.HasWordAt(lower, j, "trong") {
		j = textscan.SkipSpacesQuotes(lower, j+len("trong"))
	}
	e := i
	if opening {
		e = rulePhraseEnd(lower, i, j)
	}
	if j == i || j < len(lower) && !textscan.IsDigit(lower[j]) && (periodOpeningAt(lower, j) || countedMonthsAt(lower, j)) {
		if g := calendarPhraseEnd(lower, j); g > j {
			e = max(e, g)
		}
	}
	return e
}

// countedMonthsAt is a quick test for a count of months in words at
// lower[j:], "bốn tháng đầu năm", "mười hai tháng": its first two bytes
// may start a number word and "tháng" follows soon. It keeps the grammar
// off the many words that open no period.
func countedMonthsAt(lower string, j int) bool {
	return j+1 < len(lower) && pdStarts.has(lower[j], lower[j+1]) && strings.Contains(lower[j:min(j+24, len(lower))], " tháng")
}

// rulePhraseEnd reads the phrase at lower[i:], its opening word at j
// (past "trong"), by the first of periodPhrases that fits, and returns
// its end, or i.
func rulePhraseEnd(lower string, i, j int) int {
	if j < len(lower) && textscan.IsDigit(lower[j]) {
		return monthsPhraseEnd(lower, i, j)
	}
	for _, r := range periodPhrases {
		if textscan.HasWordAt(lower, j, r.words) {
			return r.end(lower, i, j+len(r.words))
		}
	}
	return i
}

// calendarPhraseEnd returns the end of a period of the calendar at
// lower[j:], as FindPeriods reads it, or j: the phrase rules read the
// periods relative to the report, the grammar of ParsePeriod those it
// reads in full ("quý 1/2017", "quý II-2015", "bốn tháng đầu năm 2017",
// "tính đến ngày 31.12.2016", "năm 2015-2016"). A range is taken only
// after "năm" or "giai đoạn": "(1907 - 1988)" is a life, "nhiệm kỳ
// 2020-2025" a term.
func calendarPhraseEnd(lower string, j int) int {
	p := pdParser{dtScanner: dtScanner{s: lower}}
	per, e, ok := p.period(j)
	if !ok || !pdAccept(lower, j, e, per) {
		return j
	}
	switch per.Kind {
	case PeriodAsOf, PeriodQuarter, PeriodFirstMonths, PeriodLastMonths:
		return e
	case PeriodRange:
		if w, _, ok := pdTermCue(lower, j); textscan.IsDigit(lower[j]) || ok && w != "giai đoạn" {
			return j
		}
		return e
	}
	return j
}

// periodPhrases are the phrases a period opens on, in the order they are
// tried, each with the rule that reads what follows it (at k) for the
// phrase that starts at i; a count of months opens on its digits.
var periodPhrases = [...]struct {
	words string
	end   func(lower string, i, k int) int
}{
	{"tính đến", asOfPhraseEnd},
	{"quý", quarterPhraseEnd},
	{"giai đoạn", yearSpanPhraseEnd},
	{"nửa đầu năm", yearPhraseEnd},
	{"nửa cuối năm", yearPhraseEnd},
	{"nửa năm", yearPhraseEnd},
	{"cuối năm", yearPhraseEnd},
	{"đầu năm", yearPhraseEnd},
	{"năm nay", func(_ string, _, k int) int { return k }},
	{"cả năm", yearPhraseEnd},
	{"năm", namedYearPhraseEnd},
}

// periodOpenings are the words a period phrase may open on: "trong" and
// the first word of each of periodPhrases.
var periodOpenings = func() []string {
	ws := []string{"trong"}
	for _, r := range periodPhrases {
		w, _, _ := strings.Cut(r.words, " ")
		if !containsString(ws, w) {
			ws = append(ws, w)
		}
	}
	return ws
}()

// periodOpeningsBy lists periodOpenings by their first byte; a byte no
// phrase starts with has none.
var periodOpeningsBy = func() (m [256][]string) {
	for _, w := range periodOpenings {
		m[w[0]] = append(m[w[0]], w)
	}
	return m
}()

// periodOpeningAt reports whether one of periodOpenings stands at
// lower[i], not followed by a letter, digit or any non-ASCII byte.
func periodOpeningAt(lower string, i int) bool {
	for _, w := range periodOpeningsBy[lower[i]] {
		e := i + len(w)
		if e <= len(lower) && lower[i:e] == w && (e == len(lower) || !textscan.IsWordByte(lower[e]) && lower[e] < 0x80) {
			return true
		}
	}
	return false
}

func containsString(ws []string, w string) bool {
	for _, v := range ws {
		if v == w {
			return true
		}
	}
	return false
}

// asOfPhraseEnd reads what follows "tính đến" at lower[k:], "[ngày]
// 31/12/2020" or "nay", for the phrase that starts at i, and returns its
// end, or i.
func asOfPhraseEnd(lower string, i, k int) int {
	k = textscan.SkipSpacesQuotes(lower, k)
	if textscan.HasWordAt(lower, k, "ngày") {
		k = textscan.SkipSpacesQuotes(lower, k+len("ngày"))
	}
	if textscan.HasWordAt(lower, k, "nay") {
		return k + len("nay")
	}
	e := k
	for e < len(lower) && (textscan.IsDigit(lower[e]) || (lower[e] == '/' && e+1 < len(lower) && textscan.IsDigit(lower[e+1]))) {
		e++
	}
	if e > k {
		return e
	}
	return i
}

// monthsPhraseEnd reads a count of months at lower[j:], "6 tháng đầu năm
// 2024", "9 tháng qua", for the phrase that starts at i, and returns its
// end, or i.
func monthsPhraseEnd(lower string, i, j int) int {
	_, n, e := dtDigits(lower, j)
	if n > 2 || !textscan.HasWordAt(lower, textscan.SkipSpacesQuotes(lower, e), "tháng") {
		return i
	}
	e = textscan.SkipSpacesQuotes(lower, e) + len("tháng")
	for _, w := range [...]string{" đầu năm", " cuối năm", " năm", " đầu", " cuối", " qua"} {
		if textscan.HasWordAt(lower, e+1, w[1:]) {
			e += len(w)
			break
		}
	}
	return periodYearAfter(lower, e)
}

// quarterPhraseEnd reads the quarter in Roman numerals after "quý" at
// lower[k:], "I/2021", "IV năm 2020", for the phrase that starts at i, and
// returns its end, or i.
func quarterPhraseEnd(lower string, i, k int) int {
	k = textscan.SkipSpacesQuotes(lower, k)
	e := textscan.WordEnd(lower, k)
	if e == k || textscan.IsDigit(lower[k]) || strings.Trim(lower[k:e], "ivx") != "" {
		return i
	}
	if e+1 < len(lower) && lower[e] == '/' && textscan.IsDigit(lower[e+1]) {
		_, _, e = dtDigits(lower, e+1)
		return e
	}
	return periodYearAfter(lower, e)
}

// yearSpanPhraseEnd reads the years after "giai đoạn" at lower[k:],
// "2021-2025" or "2021", for the phrase that starts at i, and returns its
// end, or i.
func yearSpanPhraseEnd(lower string, i, k int) int {
	k = textscan.SkipSpacesQuotes(lower, k)
	y, n, ye := dtDigits(lower, k)
	if n != 4 || y < 1900 {
		return i
	}
	j := ye
	for j < len(lower) && (lower[j] == ' ' || lower[j] == '-') {
		j++
	}
	if y2, n2, ye2 := dtDigits(lower, j); n2 == 4 && y2 >= y {
		return ye2
	}
	return ye
}

// yearPhraseEnd reads the year, if any, after a phrase that names a part
// of a year ending at lower[k:], "nửa đầu năm 2024", "cuối năm", "cả năm
// 2023"; the phrase stands without it.
func yearPhraseEnd(lower string, _, k int) int { return periodYearAfter(lower, k) }

// namedYearPhraseEnd reads the year after "năm" at lower[k:], "năm
// 2020", for the phrase that starts at i: "năm" alone is none.
func namedYearPhraseEnd(lower string, i, k int) int {
	if e := periodYearAfter(lower, k); e > k {
		return e
	}
	return i
}

// periodYearAfter extends a period ending at e by " năm 2024", " 2024"
// or "/2024", a year of 1900–2100.
func periodYearAfter(lower string, e int) int {
	k := e
	if k < len(lower) && (lower[k] == ' ' || lower[k] == '/') {
		k++
	}
	if textscan.HasWordAt(lower, k, "năm") {
		k = textscan.SkipSpacesQuotes(lower, k+len("năm"))
	}
	y, n, ye := dtDigits(lower, k)
	if n == 4 && y >= 1900 && y <= 2100 {
		return ye
	}
	return e
}

package indicators

// This file finds the period a figure is given for: the phrase that names
// it (periodAt and its rules) and the one nearest before the figure.

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// periodAt returns the end of a period phrase at low[i:] ("6 tháng đầu
// năm 2024", "quý I/2021", "năm 2020", "tính đến ngày 31/12/2020"), or i.
// The word that opens the phrase picks the rule that reads it.
func periodAt(low string, i int) int {
	if i >= len(low) || !isDigit(low[i]) && !periodWordAt(low, i) {
		return i
	}
	if i > 0 && textscan.WordRuneBefore(low, i) {
		return i
	}
	j := i
	if textscan.HasWordAt(low, j, "trong") {
		j = skipSpacesQuotes(low, j+len("trong"))
	}
	switch {
	case textscan.HasWordAt(low, j, "tính đến"):
		return asOfEnd(low, i, skipSpacesQuotes(low, j+len("tính đến")))
	case j < len(low) && isDigit(low[j]):
		return monthsEnd(low, i, j)
	case textscan.HasWordAt(low, j, "quý"):
		return quarterEnd(low, i, skipSpacesQuotes(low, j+len("quý")))
	case textscan.HasWordAt(low, j, "giai đoạn"):
		return yearSpanEnd(low, i, skipSpacesQuotes(low, j+len("giai đoạn")))
	}
	return yearWordsEnd(low, i, j)
}

// periodWordAt reports whether one of the few words that open a period
// phrase is at low[i] (periodStart lists their first bytes): it is asked
// before the rules, which are dearer.
func periodWordAt(low string, i int) bool {
	switch low[i] {
	case 't':
		return isWordBytesAt(low, i, "trong") || isWordBytesAt(low, i, "tính")
	case 'q':
		return isWordBytesAt(low, i, "quý")
	case 'n':
		return isWordBytesAt(low, i, "năm") || isWordBytesAt(low, i, "nửa")
	case 'c':
		return isWordBytesAt(low, i, "cả") || isWordBytesAt(low, i, "cuối")
	case 'g':
		return isWordBytesAt(low, i, "giai")
	case 0xC4:
		return isWordBytesAt(low, i, "đầu")
	}
	return false
}

// asOfEnd reads what follows "tính đến" at low[k:], "[ngày] 31/12/2020" or
// "nay", for the phrase that starts at i, and returns its end, or i.
func asOfEnd(low string, i, k int) int {
	if textscan.HasWordAt(low, k, "ngày") {
		k = skipSpacesQuotes(low, k+len("ngày"))
	}
	if textscan.HasWordAt(low, k, "nay") {
		return k + len("nay")
	}
	e := k
	for e < len(low) && (isDigit(low[e]) || (low[e] == '/' && e+1 < len(low) && isDigit(low[e+1]))) {
		e++
	}
	if e > k {
		return e
	}
	return i
}

// monthsEnd reads a count of months at low[j:], "6 tháng đầu năm 2024",
// "9 tháng qua", for the phrase that starts at i, and returns its end, or i.
func monthsEnd(low string, i, j int) int {
	_, e := digitsAfter(low, j)
	if e-j > 2 || !textscan.HasWordAt(low, skipSpacesQuotes(low, e), "tháng") {
		return i
	}
	e = skipSpacesQuotes(low, e) + len("tháng")
	for _, w := range [...]string{" đầu năm", " cuối năm", " năm", " đầu", " cuối", " qua"} {
		if textscan.HasWordAt(low, e+1, w[1:]) {
			e += len(w)
			break
		}
	}
	return yearAfter(low, e)
}

// quarterEnd reads the quarter in Roman numerals after "quý" at low[e:],
// "I/2021", "IV năm 2020", for the phrase that starts at i, and returns its
// end, or i.
func quarterEnd(low string, i, e int) int {
	w, we := wordAt(low, e)
	if w == "" || strings.Trim(w, "ivx") != "" {
		return i
	}
	e = we
	if e+1 < len(low) && low[e] == '/' && isDigit(low[e+1]) {
		_, e = digitsAfter(low, e+1)
		return e
	}
	return yearAfter(low, e)
}

// yearSpanEnd reads the years after "giai đoạn" at low[e:], "2021-2025" or
// "2021", for the phrase that starts at i, and returns its end, or i.
func yearSpanEnd(low string, i, e int) int {
	y, ye := digitsAfter(low, e)
	if ye-e != 4 || y < 1900 {
		return i
	}
	k := ye
	for k < len(low) && (low[k] == ' ' || low[k] == '-') {
		k++
	}
	if y2, ye2 := digitsAfter(low, k); ye2-k == 4 && y2 >= y {
		return ye2
	}
	return ye
}

// yearWordsEnd reads a year named with words at low[j:], "nửa đầu năm
// 2024", "cuối năm", "cả năm 2023", "năm nay", "năm 2020", for the phrase
// that starts at i, and returns its end, or i.
func yearWordsEnd(low string, i, j int) int {
	switch {
	case textscan.HasWordAt(low, j, "nửa đầu năm") || textscan.HasWordAt(low, j, "nửa cuối năm"):
		return yearAfter(low, j+len("nửa đầu năm"))
	case textscan.HasWordAt(low, j, "nửa năm"):
		return yearAfter(low, j+len("nửa năm"))
	case textscan.HasWordAt(low, j, "cuối năm") || textscan.HasWordAt(low, j, "đầu năm"):
		return yearAfter(low, j+len("cuối năm"))
	case textscan.HasWordAt(low, j, "năm nay"):
		return j + len("năm nay")
	case textscan.HasWordAt(low, j, "cả năm"):
		return yearAfter(low, j+len("cả năm"))
	case textscan.HasWordAt(low, j, "năm"):
		if e := yearAfter(low, j+len("năm")); e > j+len("năm") {
			return e
		}
	}
	return i
}

// periodStart marks the bytes a period phrase may start with: digits and
// the first bytes of the words periodAt looks for.
var periodStart = func() (m [256]bool) {
	for _, c := range []byte("0123456789tqncg\xc4") {
		m[c] = true
	}
	return m
}()

// yearAfter extends a period ending at e by " năm 2024", " 2024" or "/2024".
func yearAfter(low string, e int) int {
	k := e
	if k < len(low) && (low[k] == ' ' || low[k] == '/') {
		k++
	}
	if textscan.HasWordAt(low, k, "năm") {
		k = skipSpacesQuotes(low, k+len("năm"))
	}
	y, ye := digitsAfter(low, k)
	if ye-k == 4 && y >= 1900 && y <= 2100 {
		return ye
	}
	return e
}

// period returns the period phrase nearest before the figure at pos: in
// its own clause (from cl), or else in the sentence up to the end of the
// measure's phrase (mEnd), so that a period inside an aside between the
// measure and its verb does not count. A period after "so với" is a
// baseline and does not count either.
func (x *extractor) period(sent, cl, mEnd, pos int) string {
	if p := x.periodIn(cl, pos); p != "" {
		return p
	}
	if mEnd > pos || mEnd < sent {
		mEnd = pos
	}
	return x.periodIn(sent, mEnd)
}

func (x *extractor) periodIn(from, to int) string {
	ps := x.periodsUpTo(from, to)
	for k := len(ps) - 1; k >= 0; k-- {
		p := ps[k]
		if p.s < from {
			break
		}
		if p.e > to || p.baseline {
			continue
		}
		s := x.t[p.s:p.e]
		if strings.HasPrefix(x.low[p.s:], "trong ") {
			s = s[len("trong "):]
		}
		return strings.TrimSpace(s)
	}
	return ""
}

// A periodSpan is a period phrase found in the text; baseline marks one
// after "so với", which is what a change is measured against.
type periodSpan struct {
	s, e     int
	baseline bool
}

// periodsUpTo returns the period phrases that start before to, scanning
// each stretch of text once: figures are visited in order, so the scan
// resumes where the last one stopped unless from goes back before it.
func (x *extractor) periodsUpTo(from, to int) []periodSpan {
	low := x.low
	if from < x.pFrom || x.pFrom < 0 {
		x.pFrom, x.pScanned, x.periods = from, from, x.periods[:0]
	}
	k, pFrom := x.pScanned, x.pFrom
	scan := low[:max(to, k)] // periods start before to
	for k < to {
		if scan[k] == ' ' || (k > pFrom && !wordStartByte(scan, k)) {
			k++
			continue
		}
		if !periodStart[scan[k]] {
			// periodAt would return k: skip the call.
		} else if e := periodAt(low, k); e > k {
			pre := strings.TrimRight(low[pFrom:k], " ")
			base := strings.HasSuffix(pre, "so với") || strings.HasSuffix(pre, "cùng kỳ") || strings.HasSuffix(pre, "so")
			x.periods = append(x.periods, periodSpan{k, e, base})
			k = e
			continue
		}
		// No period starts inside a word: skip to its end.
		for k++; k < to && wordByte[scan[k-1]]; k++ {
		}
	}
	if k > x.pScanned {
		x.pScanned = k
	}
	return x.periods
}

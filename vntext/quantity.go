package vntext

import (
	"iter"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// A QuantityKind says what a [Quantity] measures.
type QuantityKind string

// The kinds of quantity.
const (
	// QuantityNumber is a bare number, possibly with a scale word
	// ("1,6 triệu"): a count, a year or anything else; the caller decides
	// from the words around it.
	QuantityNumber  QuantityKind = "number"
	QuantityPercent QuantityKind = "percent" // "8,2%", "8,2 phần trăm"
	QuantityMoney   QuantityKind = "money"   // "3.666 tỷ đồng", "1,2 triệu USD"
)

// Currencies of money quantities.
const (
	CurrencyVND = "VND"
	CurrencyUSD = "USD"
)

// A Quantity is a figure found in running text.
//
// Value is the number as written, in Unit: "3.666 tỷ đồng" has Value 3666
// and Unit "tỷ đồng". For money in đồng, VND holds the exact amount in
// đồng, computed from the digits rather than through Value, so that
// "4.863,4 tỷ đồng" is 4863400000000 exactly; VND is 0 when the amount does
// not fit an int64. The sign word "âm" before the number makes both
// negative: "âm 985 tỷ đồng" is -985 tỷ đồng.
type Quantity struct {
	Start, End int          // byte offsets of the figure, bound or sign word included
	NumStart   int          // byte offset where the number itself begins
	Kind       QuantityKind // number, percent or money
	Value      float64      // the number as written
	Unit       string       // as written: "%", "phần trăm", "tỷ đồng", "triệu USD", "nghìn"; "" for a bare number; "tỷ đồng" for "212 tỷ 800 triệu đồng", whose Value is 212.8
	Currency   string       // CurrencyVND or CurrencyUSD for money, else ""
	Bound      Bound        // "" when exact
	BoundWord  string       // the bound word as written: "hơn", "Khoảng", "trên dưới"
	VND        int64        // exact amount in đồng, for money in đồng
}

// A Money is an amount of money parsed by [ParseMoney].
type Money struct {
	Value    float64 // the number as written, in Unit
	Unit     string  // as written: "tỷ đồng", "triệu USD", "nghìn tỷ đồng", "tỷ"
	Currency string  // CurrencyVND or CurrencyUSD
	VND      int64   // exact amount in đồng when Currency is CurrencyVND
}

// ParseMoney parses an amount of money written the Vietnamese way: a number
// (see [ParseNumber]), then scale words (nghìn, ngàn, triệu, tỷ or tỉ, which
// multiply: "nghìn tỷ" is 10¹²) and a currency (đồng, VND, VNĐ, USD, đô la,
// đô la Mỹ, đô Mỹ, đô). Scale words alone ("1.000 tỷ") are the press's shorthand for đồng.
// "3.666 tỷ đồng" is Money{Value: 3666, Unit: "tỷ đồng", Currency: "VND",
// VND: 3666000000000}.
//
// The number may also be written in words (see [ParseWords]) before the
// currency: its scale words are then part of the number, so "hai trăm
// nghìn đồng" is Money{Value: 200000, Unit: "đồng", Currency: "VND", VND:
// 200000} and "mười đồng" is 10 đồng. A currency code may stand before the
// number, as tables write it: "USD1,23" is 1.23 USD.
//
// The errors ParseMoney returns have type [*NumError]: ErrSyntax when s is
// not exactly a number and a money unit, ErrRange when the number is too
// long, the scale words multiply past 2⁶² ("1 nghìn tỷ tỷ đồng") or an
// amount in đồng does not fit an int64.
func ParseMoney(s string) (Money, error) {
	n, end, err := scanNumber(s, 0)
	if err != nil {
		if m, ok := parseMoneyWords(s); ok {
			return m, nil
		}
		if m, ok := parseMoneyCodeFirst(s); ok {
			return m, nil
		}
		return Money{}, numError("ParseMoney", s, end, err)
	}
	u, ok := scanUnit(s, end)
	if !ok || u.kind != QuantityMoney || u.end != len(s) {
		pos := end
		if ok {
			pos = u.end
		}
		return Money{}, numError("ParseMoney", s, pos, ErrSyntax)
	}
	if u.scale == 0 {
		return Money{}, numError("ParseMoney", s, u.start, ErrRange)
	}
	m := Money{Value: n.Float(), Unit: s[u.start:u.end], Currency: u.currency}
	if u.currency == CurrencyVND {
		v, ok := exactAmount(n, u.scale)
		if !ok {
			return Money{}, numError("ParseMoney", s, 0, ErrRange)
		}
		m.VND = v
	}
	return m, nil
}

// ParsePercent parses a percentage: "8,2%", "8,2 %" or "8,2 phần trăm"
// is 8.2. The errors it returns have type [*NumError], as for [ParseNumber].
func ParsePercent(s string) (float64, error) {
	n, end, err := scanNumber(s, 0)
	if err != nil {
		return 0, numError("ParsePercent", s, end, err)
	}
	u, ok := scanUnit(s, end)
	if !ok || u.kind != QuantityPercent || u.end != len(s) {
		pos := end
		if ok {
			pos = u.end
		}
		return 0, numError("ParsePercent", s, pos, ErrSyntax)
	}
	return n.Float(), nil
}

// FindQuantities returns the numbers in text with their units and bounds,
// in text order. Offsets index text as given; words are matched without
// regard to case, and text should be normalised (see [Normalize]) for words
// written in NFD to be recognised — [Doc.FindQuantities] does that.
//
// Numbers that are parts of dates, ranges, codes or identifiers
// ("31/12/2020", "2020-2025", "14-NQ/QU", "4.0", "F0") are not quantities
// and are skipped. A bare number is reported with Kind QuantityNumber:
// telling a count from a year or a session number takes the words around
// it, which is the caller's business.
//
// The first end of a range joined by "đến", "tới", a spaced dash or "giữa
// … và" takes the percent or money unit written after the second: "từ 60
// đến 65 triệu đồng" gives 60 triệu đồng (its span the number alone) and
// 65 triệu đồng. So does the first end of a range written with a dash and
// no spaces, when a percentage or an amount of money no smaller ends it:
// "7,5-8%", "60-65 triệu đồng"; other numbers joined by a dash ("2020-2025",
// "26-3", "2-3 lần") are skipped.
//
// Amounts of money of a thousand or more written in words are quantities
// too, as [ParseMoney] reads them: "dưới bảy ngàn đồng" is 7000 đồng with
// BoundUnder, "hơn một tỷ đồng" 10⁹ đồng. So are amounts with the currency
// code before the number ("USD1,23", "VND1000-VND2000").
//
// The result holds a Quantity of some 120 bytes for each number, so a text
// of bare numbers ("1 1 1 …") costs about 60 bytes a byte;
// [Doc.TextQuantitiesSeq] yields the quantities one at a time instead, in
// memory that does not grow with the text.
func FindQuantities(text string) []Quantity {
	d := &Doc{Src: text}
	d.normalize(false)
	if d.Text != text { // NFD, no-break spaces…: match on the normal form, report source spans
		d.Lower = lower(d.Text, nil)
		return d.FindQuantities()
	}
	return findQuantities(text)
}

// findQuantities scans text that is already normal. It counts the
// quantities first, so that only the result, at its exact size, is
// allocated however many numbers the text holds.
func findQuantities(text string) []Quantity {
	n := 0
	for range quantities(text, nil) {
		n++
	}
	if n == 0 {
		return nil
	}
	out := make([]Quantity, 0, n)
	for q := range quantities(text, nil) {
		out = append(out, q)
	}
	return out
}

// quantities yields the quantities of text, which is already normal, in
// text order.
func quantities(text string, digits *textscan.Digits) iter.Seq[Quantity] {
	return func(yield func(Quantity) bool) {
		joined := false // text[i] is the second end of a dash range: "60-65"
		words := newWordMoney(text)
		last := 0 // the end of the last quantity
		// Numbers are few: the digits are sought eight bytes at a time.
		for i := nextDigit(text, digits, 0); ; i = nextDigit(text, digits, i) {
			for q, ok := words.before(i, last); ok; q, ok = words.before(i, last) {
				if !yield(q) {
					return
				}
				last = q.End
			}
			if i >= len(text) {
				return
			}
			q, end, ok := scanQuantity(text, i, joined)
			if ok {
				if !yield(q) {
					return
				}
				last = q.End
			}
			joined = ok && (text[end-1] == '-' || repeatedUnitRange(text, q, end))
			i = max(end, i+1)
		}
	}
}

// nextDigit is textscan.NextDigit, read from digits, the marks of the
// digits of text, when the caller has them (a Doc's).
func nextDigit(text string, digits *textscan.Digits, i int) int {
	if digits != nil {
		return digits.Next(i)
	}
	return textscan.NextDigit(text, i)
}

// repeatedUnitRange reports whether the money q, which ends at end, opens
// a range whose second end repeats the unit after a dash: "3.500 tỷ
// đồng-4.000 tỷ đồng", "VND1000-VND2000". The digits after "đồng-" are then no part of a code
// such as "COVID-19".
func repeatedUnitRange(text string, q Quantity, end int) bool {
	if q.Kind != QuantityMoney || end+1 >= len(text) || text[end] != '-' {
		return false
	}
	k := end + 1
	if strings.HasPrefix(text[k:], q.Unit) {
		k += len(q.Unit) // "VND1000-VND2000": the code first
	}
	return k < len(text) && textscan.IsDigit(text[k])
}

// TextQuantitiesSeq yields the quantities of [Doc.TextQuantities] one at
// a time, without gathering them: a caller that looks at each in turn
// holds none but the one at hand, however many numbers the text holds.
func (d *Doc) TextQuantitiesSeq() iter.Seq[Quantity] { return quantities(d.Text, d.digitMarks()) }

// TextQuantities is like [Doc.FindQuantities] but leaves the offsets as
// offsets of d.Text, for a caller that goes on matching the words around
// each quantity in d.Text and d.Lower (and maps its final spans with
// [Doc.SrcSpan]). It does not check or redo the normalisation.
func (d *Doc) TextQuantities() []Quantity { return findQuantities(d.Text) }

// FindQuantities is like the function [FindQuantities] on d.Text, with the
// offsets mapped back to d.Src.
func (d *Doc) FindQuantities() []Quantity {
	qs := findQuantities(d.Text)
	for k := range qs {
		q := &qs[k]
		s, e := d.SrcSpan(q.Start, q.End)
		q.NumStart = d.SrcOffset(q.NumStart)
		q.Start, q.End = s, e
	}
	return qs
}

// scanQuantity reads the quantity whose digits start at text[i]. It
// returns where scanning may resume, and ok=false for a number that is not
// a quantity (a date, a code, part of a word). joined is set for the
// second end of a range written with a dash, after its first.
func scanQuantity(text string, i int, joined bool) (q Quantity, end int, ok bool) {
	// The number must start a token, or follow a currency code ("USD1,23").
	cs, code, coded := codeBefore(text, i)
	coded = coded && (cs == 0 || text[cs-1] != '-' || joined) // "VND1000-VND2000", not "SP-USD12"
	if i > 0 && !coded {
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); textscan.IsWordRune(r) || r == '/' || r == '.' || r == ',' || r == '_' {
			return q, skipToken(text, i), false
		}
		if (text[i-1] == '-' || text[i-1] == '+') && i > 1 && textscan.IsWordByte(text[i-2]) && !joined {
			return q, skipToken(text, i), false
		}
	}
	n, end, err := scanNumber(text, i)
	if err != nil {
		// "7.5%" in English notation: accept a one- or two-digit
		// fraction after '.' when a percent sign follows.
		if n2, e2, ok2 := englishDecimal(text, i); ok2 {
			n, end, err = n2, e2, nil
		} else {
			return q, skipToken(text, i), false
		}
	}
	// The number must end a token: "31/12", "2020-2025", "10A", "4.0".
	if end < len(text) {
		c := text[end]
		switch {
		case c == '/' || c == '_':
			return q, skipToken(text, end), false
		case (c == '-' || c == '.' || c == ',' || c == ':') && end+1 < len(text) && textscan.IsDigit(text[end+1]):
			if q, e, ok := dashFirst(text, i, end, n); ok && c == '-' && !joined {
				return q, e, true // "7,5-8%", "60-65 triệu đồng"
			}
			return q, skipToken(text, end), false
		case c == '-' && coded && strings.HasPrefix(text[end+1:], text[cs:i]):
			// "VND1000-VND2000": a range, read as two amounts
		case c == '-' && end+1 < len(text) && textscan.IsWordByte(text[end+1]):
			return q, skipToken(text, end), false
		default:
			if r, _ := utf8.DecodeRuneInString(text[end:]); textscan.IsWordRune(r) {
				return q, skipToken(text, end), false
			}
		}
	}
	q = Quantity{Start: i, NumStart: i, End: end, Kind: QuantityNumber, Value: n.Float()}
	if cq, ok := compoundMoney(text, n, end); ok {
		q.Kind, q.Unit, q.Currency, q.Value, q.VND, q.End = cq.Kind, cq.Unit, cq.Currency, cq.Value, cq.VND, cq.End
	} else if u, ok := scanUnit(text, end); ok {
		q.End = u.end
		q.setUnit(text, n, u)
	} else if u, ok := rangeUnit(text, i, end); ok {
		q.setUnit(text, n, u) // "từ 1000 đến 2000 đồng": 1000 đồng
	} else if coded {
		q.setUnit(text, n, unit{start: cs, end: i, kind: QuantityMoney, currency: code, scale: 1})
		q.Start = cs
	}
	if coded && q.Start != cs {
		return q, skipToken(text, end), false // "USD1,2 triệu": the code and a unit after
	}
	i = q.Start
	if s, ok := signBefore(text, i); ok {
		q.Value, q.VND, q.Start = -q.Value, -q.VND, s
	} else if b, w, s := boundBefore(text, i); b != "" {
		q.Bound, q.BoundWord, q.Start = b, w, s
	} else if b, w, e := boundAfter(text, q.End); b != "" {
		q.Bound, q.BoundWord, q.End = b, w, e
	}
	return q, q.End, true
}

// setUnit gives q, whose number is n, the unit u of text.
func (q *Quantity) setUnit(text string, n number, u unit) {
	q.Kind = u.kind
	q.Unit = text[u.start:u.end]
	q.Currency = u.currency
	if u.currency == CurrencyVND {
		if v, ok := exactAmount(n, u.scale); ok {
			q.VND = v
		}
	}
}

// englishDecimal reads "7.5%" or "7.25 %", where '.' is a decimal point.
func englishDecimal(s string, i int) (number, int, bool) {
	var n number
	j := i
	for j < len(s) && textscan.IsDigit(s[j]) && j-i < 4 {
		n.Mant = n.Mant*10 + uint64(s[j]-'0')
		j++
	}
	if j == i || j >= len(s) || s[j] != '.' {
		return n, 0, false
	}
	j++
	k := j
	for j < len(s) && textscan.IsDigit(s[j]) && j-k < 2 {
		n.Mant = n.Mant*10 + uint64(s[j]-'0')
		n.Frac++
		j++
	}
	if n.Frac == 0 || (j < len(s) && textscan.IsDigit(s[j])) {
		return n, 0, false
	}
	u, ok := scanUnit(s, j)
	if !ok || u.kind != QuantityPercent {
		return n, 0, false
	}
	return n, j, true
}

// skipToken returns the end of the run of letters, digits and joiners at i.
func skipToken(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if textscan.IsWordByte(c) || c == '/' || c == '.' || c == ',' || c == '-' || c == '_' || c == ':' {
				if (c == '.' || c == ',' || c == '-' || c == ':') && (i+1 >= len(s) || !textscan.IsWordByte(s[i+1])) {
					return i
				}
				i++
				continue
			}
			return i
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !textscan.IsWordRune(r) {
			return i
		}
		i += w
	}
	return i
}

// A unit as scanned after a number.
type unit struct {
	start, end int
	kind       QuantityKind
	currency   string
	scale      uint64 // product of the scale words, 1 when none, 0 when it overflows
}

// Scale words and currencies, lower case; matched case-insensitively.
var (
	qScales = [...]struct {
		w string
		v uint64
	}{{"nghìn", 1e3}, {"ngàn", 1e3}, {"triệu", 1e6}, {"tỷ", 1e9}, {"tỉ", 1e9}}
	qCurrencies = [...]struct{ w, cur string }{
		{"đồng", CurrencyVND}, {"vnđ", CurrencyVND}, {"vnd", CurrencyVND},
		{"usd", CurrencyUSD}, {"đô la mỹ", CurrencyUSD}, {"đô-la mỹ", CurrencyUSD}, {"đô mỹ", CurrencyUSD},
		{"đô la", CurrencyUSD}, {"đô-la", CurrencyUSD}, {"đô", CurrencyUSD},
	}
)

// scanUnit reads the unit after a number ending at i: a percent, or scale
// words and a currency. A scale word alone before another word ("1,6
// triệu lượt") is a number with a scale; alone at a clause end ("1.000
// tỷ,") it is money in đồng.
func scanUnit(s string, i int) (u unit, ok bool) {
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j < len(s) && s[j] == '%' {
		return unit{start: j, end: j + 1, kind: QuantityPercent}, true
	}
	if j == i {
		return u, false // a unit word needs a space: "10km" was skipped
	}
	if j >= len(s) || !qUnitFirst[s[j]] {
		// No unit word starts with this byte in any case: what follows
		// below would find nothing.
		return unit{start: j, end: j, kind: QuantityNumber, scale: 1}, false
	}
	if e, ok := qWord(s, j, "phần trăm"); ok {
		return unit{start: j, end: e, kind: QuantityPercent}, true
	}
	u = unit{start: j, end: j, kind: QuantityNumber, scale: 1}
	k := j
	for qMayStart(&qScaleFirst, s, k) {
		matched := false
		for _, sc := range qScales {
			if e, ok := qWord(s, k, sc.w); ok {
				if hi, lo := bits.Mul64(u.scale, sc.v); hi == 0 && lo < 1<<62 {
					u.scale = lo
				} else {
					u.scale = 0 // too large: no exact amount ("1 nghìn tỷ tỷ đồng")
				}
				u.end, matched = e, true
				k = e
				for k < len(s) && s[k] == ' ' {
					k++
				}
				break
			}
		}
		if !matched {
			break
		}
	}
	if u.end == j {
		// "78 tr.đ/người/năm": triệu đồng as tables abbreviate it.
		for _, w := range [...]string{"tr.đ", "trđ"} {
			if e, ok := qWord(s, j, w); ok {
				return unit{start: j, end: e, kind: QuantityMoney, currency: CurrencyVND, scale: 1e6}, true
			}
		}
	}
	for _, c := range qCurrenciesAt(s, k) {
		if e, ok := qWord(s, k, c.w); ok {
			if c.w == "đô" && u.end == j && e < len(s) {
				// "đô" alone is too ambiguous in running text ("đô thị"
				// is caught by qWord, but "5 đô" is rare); it is the
				// currency where it ends the amount ParseMoney reads.
				continue
			}
			if c.w == "đồng" && notCurrencyAfter(s, e) {
				continue // "6 đồng chí", "đồng bào"
			}
			u.end, u.kind, u.currency = e, QuantityMoney, c.cur
			return u, true
		}
	}
	if u.end == j {
		return u, false
	}
	// Scale words alone: money in đồng unless a noun follows.
	if k >= len(s) || !startsWord(s, k) {
		u.kind, u.currency = QuantityMoney, CurrencyVND
	}
	return u, true
}

// notCurrencyAfter reports whether "đồng" ending at e begins another word
// ("đồng chí", "đồng bào", "đồng ý"), so that it is not the currency.
func notCurrencyAfter(s string, e int) bool {
	if e >= len(s) || s[e] != ' ' {
		return false
	}
	for _, w := range notCurrencyWords {
		if _, ok := qWord(s, e+1, w); ok {
			return true
		}
	}
	return false
}

// notCurrencyWords make "đồng" before them another word (notCurrencyAfter).
var notCurrencyWords = [...]string{"chí", "bào", "ý", "tình", "thời", "loạt", "hành", "lòng", "đội", "hương", "nghiệp", "bằng", "đều", "thuận", "hồ", "phục", "lúa"}

// startsWord reports whether a word (letters) starts at s[i].
func startsWord(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// qWordBefore reports whether the word w (lower case) ends one space
// before s[i], ignoring case, and returns where it starts.
func qWordBefore(s string, i int, w string) (int, bool) {
	st := i - 1 - len(w)
	if st < 0 || s[i-1] != ' ' || !foldEqual(s[st:i-1], w) {
		return i, false
	}
	if st > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:st]); textscan.IsWordRune(r) {
			return i, false // "tâm 4", "năm 2017"
		}
	}
	return st, true
}

// qWord reports whether the word w (lower case) is at s[i], ignoring case,
// and ends there: the next rune is not a letter or digit.
func qWord(s string, i int, w string) (int, bool) {
	e := i + len(w)
	if e > len(s) || !foldEqual(s[i:e], w) {
		return 0, false
	}
	if e < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[e:]); textscan.IsWordRune(r) {
			return 0, false
		}
	}
	return e, true
}

// exactAmount returns n × scale as an integer, rounding a fraction of a
// đồng half up; ok is false when it does not fit an int64 or the scale
// overflowed (scale 0).
func exactAmount(n number, scale uint64) (int64, bool) {
	hi, lo := bits.Mul64(n.Mant, scale)
	if hi != 0 || scale == 0 {
		return 0, false
	}
	v, frac := lo, n.Frac
	for ; frac > 19; frac-- { // 10^20 overflows: drop digits far below a đồng
		v /= 10
	}
	if frac > 0 {
		div := uint64(1)
		for range frac {
			div *= 10
		}
		q, r := v/div, v%div
		if 2*r >= div {
			q++
		}
		v = q
	}
	if v > 1<<63-1 {
		return 0, false
	}
	return int64(v), true
}

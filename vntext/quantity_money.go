package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// This file reads the forms of money that the number scan of quantity.go
// hands on: two scales in one amount, words, and a currency code first.

// compoundMoney reads an amount written in two scales after the whole
// number n ending at i: "212 tỷ 800 triệu đồng", "2 tỷ 100 triệu". It is
// one amount, given in the larger scale (212,8 tỷ đồng) with its exact
// number of đồng.
func compoundMoney(text string, n number, i int) (Quantity, bool) {
	var q Quantity
	if n.Frac != 0 {
		return q, false
	}
	j := i
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j == i || j >= len(text) || (text[j] != 't' && text[j] != 'T') {
		return q, false // the larger scale is tỷ
	}
	big := 0
	for _, w := range [...]string{"tỷ", "tỉ"} {
		if e, ok := qWord(text, j, w); ok {
			big = e
		}
	}
	if big == 0 || big+1 >= len(text) || text[big] != ' ' || !textscan.IsDigit(text[big+1]) {
		return q, false
	}
	m, me, err := scanNumber(text, big+1)
	if err != nil || m.Frac != 0 || m.Mant == 0 || m.Mant >= 1000 || me < len(text) && text[me] != ' ' {
		return q, false
	}
	u, ok := scanUnit(text, me)
	if !ok || u.scale != 1e6 && u.scale != 1e3 || u.currency != "" && u.currency != CurrencyVND {
		return q, false
	}
	whole, ok1 := exactAmount(n, 1e9)
	part, ok2 := exactAmount(m, u.scale)
	if !ok1 || !ok2 || whole > 1<<62-part {
		return q, false
	}
	unit := text[j:big]
	if w := text[u.start:u.end]; len(w) >= len("đồng") && strings.EqualFold(w[len(w)-len("đồng"):], "đồng") {
		unit += " " + w[len(w)-len("đồng"):]
	}
	return Quantity{Kind: QuantityMoney, Unit: unit, Currency: CurrencyVND, Value: float64(whole+part) / 1e9, VND: whole + part, End: u.end}, true
}

// Amounts of money written in words ("bảy ngàn đồng", "hai tỷ USD") are
// found from their currency: the words are common, the currencies after a
// number word are not, so the scan looks for the currency words and reads
// back from each over the number words before it. An amount under a
// thousand is left out: "một đồng minh" is an ally, "hai đồng chí" two
// comrades, and reports write small sums in digits.

// wordCurrencies are the currency words a number in words may stand
// before, as written after one, with the space before them; scanUnit reads
// the whole unit. ("đô la" is left out: "đô" opens đô thị, and amounts in
// words in dollars are written with USD.)
var wordCurrencies = [...]string{" đồng", " USD"}

// maxMoneyWords bounds the number words read back from a currency:
// "chín trăm chín mươi chín nghìn chín trăm chín mươi chín" has ten.
const maxMoneyWords = 12

// A wordMoney finds the amounts of money in words of a text in order, each
// once: it keeps, for each currency word, where it occurs next, so that
// the text is searched once whatever the number of calls.
type wordMoney struct {
	text string
	next [len(wordCurrencies)]int // next occurrence of each currency; -1 once none is left
	from int                      // where the next amount may start
}

func newWordMoney(text string) wordMoney {
	w := wordMoney{text: text}
	for k := range w.next {
		w.next[k] = w.find(k, 0)
	}
	return w
}

// find returns where the next occurrence of currency k at or after i
// starts, or -1.
func (w *wordMoney) find(k, i int) int {
	if j := strings.Index(w.text[i:], wordCurrencies[k]); j >= 0 {
		return i + j + 1 // the needle opens with the space before the word
	}
	return -1
}

// before returns the next amount in words that starts before limit (the
// next digit) and at or after skipped (the end of the last quantity
// read); ok is false when there is none before limit.
func (w *wordMoney) before(limit, skipped int) (Quantity, bool) {
	w.from = max(w.from, skipped)
	for {
		k, c := -1, limit
		for j, n := range w.next {
			if n >= 0 && n < c {
				k, c = j, n
			}
		}
		if k < 0 {
			return Quantity{}, false // the currency of an amount before limit is before it: no digit is in one
		}
		w.next[k] = w.find(k, c+1)
		if q, ok := moneyWordsBefore(w.text, c); ok && q.Start >= w.from {
			w.from = q.End
			return q, true
		}
	}
}

// moneyWordsBefore reads the amount whose currency word starts at
// text[c]: the run of number words before it ("bảy ngàn", "hai trăm năm
// mươi nghìn"), with the bound word before the run ("dưới bảy ngàn
// đồng").
func moneyWordsBefore(text string, c int) (Quantity, bool) {
	var q Quantity
	// The starts of up to maxMoneyWords number words before c, nearest
	// first, each after one space.
	var starts [maxMoneyWords]int
	n := 0
	for i := c - 1; n < len(starts) && i > 0 && text[i] == ' '; {
		s := i
		for s > 0 {
			r, w := utf8.DecodeLastRuneInString(text[:s])
			if !textscan.IsWordRune(r) {
				break
			}
			s -= w
		}
		if s == i || !isNumberWord(text[s:i]) {
			break
		}
		starts[n] = s
		n++
		i = s - 1
	}
	// The whole run must be one number: where it is not ("hai trăm năm
	// sáu tỷ", "dăm bảy triệu"), a part of it would be a wrong amount.
	if n == 0 {
		return q, false
	}
	s := starts[n-1]
	var buf [maxMoneyWords * 8]byte
	low := appendLower(buf[:0], text[s:c])
	if low == nil {
		return q, false
	}
	toks, _ := numTokens(string(low))
	if len(toks) == 0 || !toks[0].startsNumber() {
		return q, false
	}
	v, used, err := parseNumWords(toks, false)
	if err != nil || used != len(toks) || v < 1000 {
		// Under a thousand the words are more often a count of something
		// else: "một đồng minh", "hai đồng chí".
		return q, false
	}
	u, ok := scanUnit(text, s+toks[used-1].end)
	if !ok || u.kind != QuantityMoney || u.scale != 1 || u.start != c {
		return q, false
	}
	q = Quantity{Start: s, NumStart: s, End: u.end, Kind: QuantityMoney, Value: float64(v),
		Unit: text[u.start:u.end], Currency: u.currency}
	if u.currency == CurrencyVND {
		q.VND = v
	}
	if b, bw, bs := boundBefore(text, s); b != "" {
		q.Bound, q.BoundWord, q.Start = b, bw, bs
	}
	return q, true
}

// isNumberWord reports whether w, in any case, is a number word.
func isNumberWord(w string) bool {
	if len(w) > 16 {
		return false
	}
	var buf [16]byte
	low := appendLower(buf[:0], w)
	_, ok := numWords[string(low)]
	return ok
}

// appendLower appends s in lower case to b, or returns nil when s does not
// fit b's capacity, so that the look-ups above stay on the stack.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		if len(b)+utf8.RuneLen(r) > cap(b) {
			return nil
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// Currency codes are also written before the number, with no space:
// "USD1,23", "VND1000-VND2000". Reports write the code after the number;
// the forms here are read so that a table copied into a report keeps its
// amounts.

// codeBefore reports whether the digits at text[i] follow a currency code
// that starts a token ("USD", "VND", "VNĐ"), and returns the code's start
// and currency.
func codeBefore(text string, i int) (start int, currency string, ok bool) {
	for _, c := range [...]struct{ code, cur string }{{"USD", CurrencyUSD}, {"VND", CurrencyVND}, {"VNĐ", CurrencyVND}} {
		s := i - len(c.code)
		if s >= 0 && text[s:i] == c.code && !textscan.WordRuneBefore(text, s) {
			return s, c.cur, true
		}
	}
	return 0, "", false
}

// parseMoneyCodeFirst parses s as a currency code and a number with
// nothing after it: "USD1,23" is 1.23 USD.
func parseMoneyCodeFirst(s string) (Money, bool) {
	for i := 0; i < len(s) && i <= 4; i++ {
		if !textscan.IsDigit(s[i]) {
			continue
		}
		cs, cur, ok := codeBefore(s, i)
		if !ok || cs != 0 {
			return Money{}, false
		}
		n, end, err := scanNumber(s, i)
		if err != nil || end != len(s) {
			return Money{}, false
		}
		m := Money{Value: n.Float(), Unit: s[:i], Currency: cur}
		if cur == CurrencyVND {
			v, ok := exactAmount(n, 1)
			if !ok {
				return Money{}, false
			}
			m.VND = v
		}
		return m, true
	}
	return Money{}, false
}

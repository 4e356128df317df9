package vntext

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// A WordsMatch is a number written in words, found by [FindNumberWords].
// The words are text[Start:End] of the text as given.
type WordsMatch struct {
	Start, End int
	Value      int64
}

// numWord is the role a word plays in a number written in words.
type numWord struct {
	kind  uint8 // wDigit, wMuoi, wMuoiTen, wChuc, wTram, wLinh, wScale, wRuoi
	val   int64 // the digit, or the scale's multiplier
	after bool  // a digit only used after mươi or mười: mốt, tư, lăm, nhăm
}

const (
	wNone    uint8 = iota
	wDigit         // một … chín, không
	wMuoi          // mươi: the tens after a digit (hai mươi)
	wMuoiTen       // mười: ten
	wChuc          // chục: tens of the digit before (hai chục)
	wTram          // trăm
	wLinh          // linh, lẻ: no tens (một trăm linh năm)
	wScale         // nghìn, ngàn, triệu, tỷ, tỉ
	wRuoi          // rưỡi: and a half of the scale before it
)

// numWords maps each number word, in lower-case NFC, to its role.
var numWords = map[string]numWord{
	"không": {kind: wDigit, val: 0},
	"một":   {kind: wDigit, val: 1},
	"mốt":   {kind: wDigit, val: 1, after: true},
	"hai":   {kind: wDigit, val: 2},
	"ba":    {kind: wDigit, val: 3},
	"bốn":   {kind: wDigit, val: 4},
	"tư":    {kind: wDigit, val: 4, after: true},
	"năm":   {kind: wDigit, val: 5},
	"lăm":   {kind: wDigit, val: 5, after: true},
	"nhăm":  {kind: wDigit, val: 5, after: true},
	"sáu":   {kind: wDigit, val: 6},
	"bảy":   {kind: wDigit, val: 7},
	"bẩy":   {kind: wDigit, val: 7},
	"tám":   {kind: wDigit, val: 8},
	"chín":  {kind: wDigit, val: 9},
	"mười":  {kind: wMuoiTen, val: 10},
	"mươi":  {kind: wMuoi},
	"chục":  {kind: wChuc, val: 10},
	"trăm":  {kind: wTram, val: 100},
	"linh":  {kind: wLinh},
	"lẻ":    {kind: wLinh},
	"nghìn": {kind: wScale, val: 1e3},
	"ngàn":  {kind: wScale, val: 1e3},
	"triệu": {kind: wScale, val: 1e6},
	"tỷ":    {kind: wScale, val: 1e9},
	"tỉ":    {kind: wScale, val: 1e9},
	"rưỡi":  {kind: wRuoi},
}

// numWordFirst holds the first bytes of the number words, all ASCII
// lower-case letters, so that numberWordsAt passes over a word that
// opens with another ASCII byte without lower-casing it.
var numWordFirst = func() (t [256]bool) {
	for w := range numWords {
		t[w[0]] = true
	}
	return t
}()

// ParseWords parses a whole number written in Vietnamese words, such as
// "hai mươi tư" (24), "một trăm linh năm" (105), "mười lăm" (15),
// "hai chục" (20), "ba nghìn sáu trăm" (3600) or "hai nghìn tỷ"
// (2 000 000 000 000).
//
// It knows the digits không, một … chín (with bẩy for bảy), the forms used
// after mươi and mười (mốt = 1, tư = 4, lăm and nhăm = 5), mười, mươi,
// chục (tens of the digit before it), linh and lẻ (a zero tens digit),
// trăm, the scales nghìn or ngàn, triệu, tỷ or tỉ (which may be stacked:
// "nghìn tỷ"), and rưỡi after a scale ("hai triệu rưỡi" is 2 500 000).
// Words are separated by spaces; case, NFD and the old tone-mark placement
// do not matter. A unit right after trăm needs linh or lẻ, since "hai
// trăm năm" usually means two hundred years; ParseWords rejects it. A
// number that opens on trăm or a scale counts one of it: "trăm" is 100,
// "nghìn tỷ" 10¹² (in running text, [FindNumberWords] leaves such words
// alone: "hàng trăm" is "hundreds of").
//
// The number may also be written in digits (see [ParseNumber]) before its
// multiplier words, as the press writes round amounts: "5 nghìn" is 5000,
// "1,5 triệu" 1 500 000, "3 chục" 30. The value must then be whole; digits
// alone are not a number in words.
//
// The errors ParseWords returns have type [*NumError] with Func
// "ParseWords", Pos the byte offset in s of the first word that does not
// fit, and Err [ErrSyntax], or [ErrRange] when the value overflows int64.
func ParseWords(s string) (int64, error) {
	d := NewDoc(s)
	if i := textscan.SkipSpaces(d.Lower, 0); i < len(d.Lower) && textscan.IsDigit(d.Lower[i]) {
		return parseScaled(s, d, i)
	}
	toks, bad := numTokens(d.Lower)
	if bad >= 0 {
		return 0, numError("ParseWords", s, d.SrcOffset(bad), ErrSyntax)
	}
	if len(toks) == 0 {
		return 0, numError("ParseWords", s, len(s), ErrSyntax)
	}
	if k := toks[0].kind; k == wTram || k == wScale {
		// "trăm", "nghìn năm": a number that opens on trăm or a scale
		// counts one of it.
		toks = append([]numTok{{numWords["một"], toks[0].start, toks[0].start}}, toks...)
	}
	v, n, err := parseNumWords(toks, false)
	if err != nil {
		pos := len(d.Lower)
		if n < len(toks) {
			pos = toks[n].start
		}
		return 0, numError("ParseWords", s, d.SrcOffset(pos), err)
	}
	if n != len(toks) {
		return 0, numError("ParseWords", s, d.SrcOffset(toks[n].start), ErrSyntax)
	}
	return v, nil
}

// parseScaled reads the rest of d, from d.Lower[i], as a number in digits
// and its multiplier words: chục or trăm, then scales ("5 nghìn", "2 trăm
// triệu", "1,5 tỷ"), and returns its whole value for ParseWords.
func parseScaled(s string, d *Doc, i int) (int64, error) {
	lower := d.Lower
	n, end, err := scanNumber(lower, i)
	if err != nil {
		return 0, numError("ParseWords", s, d.SrcOffset(end), err)
	}
	mul := uint64(1)
	for j := end; ; {
		k := textscan.SkipSpaces(lower, j)
		if k == len(lower) {
			break
		}
		e := textscan.LetterEnd(lower, k)
		w, ok := numWords[lower[k:e]]
		lead := (w.kind == wChuc || w.kind == wTram) && mul == 1
		if k == j || e == k || !ok || w.kind != wScale && !lead {
			return 0, numError("ParseWords", s, d.SrcOffset(k), ErrSyntax)
		}
		hi, lo := bits.Mul64(mul, uint64(w.val))
		if hi != 0 || lo > 1<<62 {
			return 0, numError("ParseWords", s, d.SrcOffset(k), ErrRange)
		}
		mul, j = lo, e
	}
	if mul == 1 {
		return 0, numError("ParseWords", s, d.SrcOffset(i), ErrSyntax) // digits alone
	}
	hi, v := bits.Mul64(n.Mant, mul)
	for f := n.Frac; f > 0; f-- {
		if v%10 != 0 {
			return 0, numError("ParseWords", s, d.SrcOffset(i), ErrSyntax) // not whole
		}
		v /= 10
	}
	if hi != 0 || v > 1<<63-1 {
		return 0, numError("ParseWords", s, d.SrcOffset(i), ErrRange)
	}
	return int64(v), nil
}

// numberWordsAt reads the number in words at s[i:], in any case ("Ba",
// "mười hai"), and returns its value and end. afterThu reads a lone "tư"
// as 4, as after "thứ" and "tháng". err is ErrSyntax when no number starts
// at i, with end i, and ErrRange on overflow, with end at the offending
// word.
func numberWordsAt(s string, i int, afterThu bool) (v int64, end int, err error) {
	var buf [16]numTok
	toks := buf[:0]
	for j := i; len(toks) < len(buf); {
		e := textscan.LetterEnd(s, j)
		if e == j {
			break
		}
		c := s[j]
		if c < utf8.RuneSelf && !numWordFirst[c|0x20] {
			break // no number word starts so, in any case
		}
		w, ok := numWords[s[j:e]]
		if !ok {
			w, ok = numWords[textscan.Lower(s[j:e])]
		}
		if !ok {
			break
		}
		toks = append(toks, numTok{w, j, e})
		k := textscan.SkipSpaces(s, e)
		if k == e {
			break
		}
		j = k
	}
	v, n, err := parseNumWords(toks, afterThu)
	if err != nil {
		return 0, toks[n].start, err
	}
	if n == 0 {
		return 0, i, ErrSyntax
	}
	return v, toks[n-1].end, nil
}

// parseMoneyWords reads s as a number in words and a currency: "mười
// đồng", "hai trăm nghìn đồng", "năm triệu USD".
func parseMoneyWords(s string) (Money, bool) {
	d := NewDoc(s)
	toks, _ := numTokens(d.Lower)
	if len(toks) == 0 || !toks[0].startsNumber() {
		return Money{}, false
	}
	v, n, err := parseNumWords(toks, false)
	if err != nil || n == 0 {
		return Money{}, false
	}
	u, ok := scanUnit(d.Text, toks[n-1].end)
	if !ok || u.kind != QuantityMoney || u.scale != 1 || textscan.SkipSpaces(d.Text, u.end) != len(d.Text) {
		return Money{}, false
	}
	us, ue := d.SrcSpan(u.start, u.end)
	m := Money{Value: float64(v), Unit: s[us:ue], Currency: u.currency}
	if u.currency == CurrencyVND {
		m.VND = v
	}
	return m, true
}

// A numTok is one number word at lower[start:end].
type numTok struct {
	numWord
	start, end int
}

// startsNumber reports whether w can be the first word of a number in
// running text: không ("not"), mốt, tư, lăm, linh, lẻ, chục, the scales and
// rưỡi cannot ("tư nhân" is private, "hàng chục" is "tens of").
func (w numWord) startsNumber() bool {
	switch w.kind {
	case wLinh, wChuc, wScale, wRuoi:
		return false
	case wDigit:
		return !w.after && w.val != 0
	}
	return true
}

// numTokens splits a whole lower-case string into number words. It returns
// the offset of the first character that is neither a space nor part of a
// number word, or -1.
func numTokens(lower string) ([]numTok, int) {
	var toks []numTok
	for i := 0; i < len(lower); {
		if lower[i] == ' ' || lower[i] == '\n' {
			i++
			continue
		}
		end := textscan.LetterEnd(lower, i)
		if end == i {
			return toks, i
		}
		w, ok := numWords[lower[i:end]]
		if !ok {
			return toks, i
		}
		toks = append(toks, numTok{w, i, end})
		i = end
	}
	return toks, -1
}

// parseNumWords reads the longest number at the start of toks and returns
// its value and the number of tokens it used; n == 0 means there is none.
// afterThu is set for the word after thứ, where tư alone is 4.
// err is ErrRange on overflow, with n at the offending token.
func parseNumWords(toks []numTok, afterThu bool) (v int64, n int, err error) {
	const maxInt64 = 1<<63 - 1
	var total int64
	lastMul := int64(maxInt64)
	j := 0
	for j < len(toks) {
		t, k := parseTriple(toks, j, j > 0, afterThu && j == 0)
		if k == j {
			break
		}
		mul := int64(1)
		m := k
		for m < len(toks) && toks[m].kind == wScale {
			if mul > maxInt64/toks[m].val {
				return 0, m, ErrRange
			}
			mul *= toks[m].val
			m++
		}
		if mul == 1 {
			if total > maxInt64-t {
				return 0, j, ErrRange
			}
			total += t
			j = k
			break
		}
		if mul >= lastMul {
			break // "hai nghìn ba nghìn": the second group is another number
		}
		if t > maxInt64/mul || total > maxInt64-t*mul {
			return 0, j, ErrRange
		}
		total += t * mul
		lastMul = mul
		j = m
		if j < len(toks) && toks[j].kind == wRuoi && t > 0 {
			total += mul / 2
			j++
			break
		}
	}
	return total, j, nil
}

// parseTriple reads a value below 1000 at toks[i:]: [D trăm] then mười [U],
// D mươi [U], D chục, linh U (after trăm or a scale) or D. It returns i when there
// is none.
func parseTriple(toks []numTok, i int, afterScale, afterThu bool) (int64, int) {
	n := len(toks)
	j := i
	var v int64
	hundreds := false
	isDigit := func(k int) bool {
		return k < n && toks[k].kind == wDigit && !toks[k].after
	}
	if isDigit(j) && j+1 < n && toks[j+1].kind == wTram {
		v = toks[j].val * 100
		j += 2
		hundreds = true
	}
	unit := func(k int, allowAfter bool) bool {
		return k < n && toks[k].kind == wDigit && toks[k].val > 0 && (allowAfter || !toks[k].after)
	}
	// After mười and mươi five is lăm or nhăm: "mười năm" is ten years.
	tensUnit := func(k int, allowAfter bool) bool {
		return unit(k, allowAfter) && (toks[k].val != 5 || toks[k].after)
	}
	switch {
	case isDigit(j) && toks[j].val > 0 && j+1 < n && toks[j+1].kind == wChuc:
		v += toks[j].val * 10 // hai chục, ba trăm hai chục
		j += 2
	case j < n && toks[j].kind == wMuoiTen:
		v += 10
		j++
		// mười một, mười bốn, mười lăm; mốt is not used after mười.
		if tensUnit(j, true) && toks[j].val != 1 || tensUnit(j, false) {
			v += toks[j].val
			j++
		}
	case isDigit(j) && toks[j].val >= 2 && j+1 < n && toks[j+1].kind == wMuoi:
		v += toks[j].val * 10
		j += 2
		if tensUnit(j, true) {
			v += toks[j].val
			j++
		}
	case j < n && toks[j].kind == wLinh && (hundreds || afterScale) && unit(j+1, true):
		v += toks[j+1].val
		j += 2
	case !hundreds && isDigit(j):
		if toks[j].val == 0 && afterScale {
			break // "một nghìn không" is not a number
		}
		v += toks[j].val
		j++
	case !hundreds && afterThu && j < n && toks[j].kind == wDigit && toks[j].val == 4:
		v += 4 // thứ tư
		j++
	}
	return v, j
}

// FindNumberWords returns the numbers written in words in text, in order:
// each is a maximal run of number words (see [ParseWords]) that forms a
// number, such as "ba mươi lăm" in "ba mươi lăm đảng viên". A run that is
// not one number is split where the number stops: "hai trăm năm" gives 200
// and leaves "năm" (year) alone. Matches index text as given.
//
// Words with other common meanings are treated with care, and left out:
//   - không, mốt, tư, lăm, linh, lẻ, chục and the scales never start a
//     number ("không" is "not", "tư nhân" is "private", "hàng chục" is
//     "tens of");
//   - a run right after "thứ" is an ordinal or a weekday ("thứ hai"); see
//     [FindOrdinals];
//   - a lone "một" before số, vài, cách, chút, lúc, khi or mặt ("một số"
//     is "some", "một cách" makes an adverb);
//   - a lone "năm" where it is the noun "year": before a digit or a word
//     such as nay, qua, học, tới, or after words such as các, mỗi, trong,
//     cuối, and at the end of a clause.
//
// Other words keep their number reading: "hai bên" is "both sides", and
// the numeral is two.
func FindNumberWords(text string) []WordsMatch {
	d := NewDoc(text)
	lower := d.Lower
	var out []WordsMatch
	var toks []numTok
	prevWord := "" // the word before the current one
	for i := 0; i < len(lower); {
		start, end := textscan.NextLetters(lower, i)
		if start == len(lower) {
			break
		}
		i = start
		word := lower[i:end]
		w, ok := numWords[word]
		if !ok {
			prevWord = word
			i = end
			continue
		}
		// Collect the run of number words separated by single spaces.
		toks = append(toks[:0], numTok{w, i, end})
		j := end
		for j < len(lower) && lower[j] == ' ' {
			k := j
			for k < len(lower) && lower[k] == ' ' {
				k++
			}
			e := textscan.LetterEnd(lower, k)
			w2, ok := numWords[lower[k:e]]
			if e == k || !ok {
				break
			}
			toks = append(toks, numTok{w2, k, e})
			j = e
		}
		runEnd := j
		if prevWord == "thứ" {
			prevWord = lower[toks[len(toks)-1].start:runEnd]
			i = runEnd
			continue
		}
		for k := 0; k < len(toks); {
			v, n, err := parseNumWords(toks[k:], false)
			if err != nil || n == 0 {
				k++
				continue
			}
			m := toks[k : k+n]
			if keepWordsMatch(lower, m, prevWordBefore(lower, m[0].start)) {
				s, e := d.SrcSpan(m[0].start, m[n-1].end)
				out = append(out, WordsMatch{Start: s, End: e, Value: v})
			}
			k += n
		}
		prevWord = lower[toks[len(toks)-1].start:toks[len(toks)-1].end]
		i = runEnd
	}
	return out
}

// prevWordBefore returns the word that ends right before lower[i:] with
// only spaces between, or "".
func prevWordBefore(lower string, i int) string {
	j := i
	for j > 0 && lower[j-1] == ' ' {
		j--
	}
	if j == i && i > 0 {
		return ""
	}
	k := j
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(lower[:k])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		k -= w
	}
	return lower[k:j]
}

// nextWordAfter returns the word that starts after lower[:i] with only
// spaces between, or "" (also when the next thing is punctuation).
func nextWordAfter(lower string, i int) string {
	j := i
	for j < len(lower) && lower[j] == ' ' {
		j++
	}
	return lower[j:textscan.LetterEnd(lower, j)]
}

var (
	// notNumberAfterMot lists words that make a lone một a determiner.
	notNumberAfterMot = map[string]bool{"số": true, "vài": true, "cách": true, "chút": true,
		"lúc": true, "khi": true, "mặt": true, "trong": true}
	// yearAfterNam lists words that follow năm as the noun "year".
	yearAfterNam = map[string]bool{"nay": true, "này": true, "ngoái": true, "học": true,
		"tới": true, "qua": true, "trước": true, "sau": true, "đó": true, "ấy": true,
		"nào": true, "mới": true, "kế": true, "tài": true, "tháng": true, "rồi": true,
		"đầu": true, "cuối": true, "trên": true, "vừa": true, "hoạt": true, "thứ": true}
	// yearBeforeNam lists words that precede năm as the noun "year".
	yearBeforeNam = map[string]bool{"các": true, "mỗi": true, "hằng": true, "hàng": true,
		"trong": true, "cả": true, "cuối": true, "đầu": true, "giữa": true, "những": true,
		"nhiều": true, "vào": true, "từ": true, "đến": true, "của": true, "quanh": true,
		"tháng": true, "ngày": true, "nửa": true, "sang": true, "tết": true, "trước": true,
		"sau": true, "qua": true, "cùng": true}
)

// keepWordsMatch applies FindNumberWords' exclusions to the run m.
func keepWordsMatch(lower string, m []numTok, prev string) bool {
	first := m[0]
	if !first.startsNumber() {
		return false
	}
	if len(m) > 1 {
		return true
	}
	end := first.end
	next := nextWordAfter(lower, end)
	switch lower[first.start:first.end] {
	case "một":
		return !notNumberAfterMot[next]
	case "năm":
		// next is "" before a digit ("năm 2024") or punctuation; after
		// a number ("hai mươi năm") it counts years.
		_, afterNumber := numWords[prev]
		return next != "" && !yearAfterNam[next] && !yearBeforeNam[prev] && !afterNumber
	}
	return true
}

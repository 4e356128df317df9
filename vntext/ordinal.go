package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/roman"
)

// An OrdinalForm says how the number of an ordinal is written.
type OrdinalForm string

// The forms of an ordinal's number.
const (
	OrdinalWords  OrdinalForm = "words"  // thứ nhất, thứ tư, lần thứ mười ba
	OrdinalDigits OrdinalForm = "digits" // lần thứ 21, Hội nghị Trung ương 7
	OrdinalRoman  OrdinalForm = "roman"  // lần thứ XIII
)

// An OrdinalMatch is an ordinal found by [FindOrdinals]: text[Start:End]
// of the text as given, with its Value and the Kind of numeral used.
type OrdinalMatch struct {
	Start, End int
	Value      int
	Kind       OrdinalForm
}

// ParseOrdinal parses an ordinal: "thứ" followed by "nhất" (1), "nhì" (2),
// a number in words ("thứ tư" is 4, "thứ hai mươi mốt" 21), in digits
// ("thứ 21") or in Roman numerals ("thứ XIII"), or "đầu tiên" (first, 1),
// optionally after "lần" ("lần thứ 6", "lần đầu tiên"). Case, NFD and the old tone placement do not matter,
// except that Roman numerals must be upper case and canonical.
//
// The errors ParseOrdinal returns have type [*NumError] with Func
// "ParseOrdinal", Pos the byte offset in s of the first offending word and
// Err [ErrSyntax], or [ErrRange] for a value that does not fit an int.
func ParseOrdinal(s string) (int, error) {
	d := NewDoc(s)
	i := textscan.SkipSpaces(d.Lower, 0)
	if w := d.Lower[i:textscan.LetterEnd(d.Lower, i)]; w == "lần" {
		i = textscan.SkipSpaces(d.Lower, i+len(w))
	}
	if e, ok := firstAt(d.Lower, i); ok {
		if textscan.SkipSpaces(d.Lower, e) != len(d.Lower) {
			return 0, numError("ParseOrdinal", s, d.SrcOffset(textscan.SkipSpaces(d.Lower, e)), ErrSyntax)
		}
		return 1, nil
	}
	e := textscan.LetterEnd(d.Lower, i)
	if d.Lower[i:e] != "thứ" {
		return 0, numError("ParseOrdinal", s, d.SrcOffset(i), ErrSyntax)
	}
	i = textscan.SkipSpaces(d.Lower, e)
	v, _, end, err := ordinalNumber(d, i)
	if err == nil && textscan.SkipSpaces(d.Lower, end) != len(d.Lower) {
		err, end = ErrSyntax, textscan.SkipSpaces(d.Lower, end)
	}
	if err != nil {
		return 0, numError("ParseOrdinal", s, d.SrcOffset(end), err)
	}
	return v, nil
}

// firstAt reports whether "đầu tiên" (first), the ordinal 1 without
// "thứ", is at lower[i:], and returns its end.
func firstAt(lower string, i int) (int, bool) {
	e := textscan.LetterEnd(lower, i)
	if lower[i:e] != "đầu" {
		return i, false
	}
	k := textscan.SkipSpaces(lower, e)
	e2 := textscan.LetterEnd(lower, k)
	if k == e || lower[k:e2] != "tiên" {
		return i, false
	}
	return e2, true
}

// ordinalNumber reads the number of an ordinal at d.Text[i:]. On error,
// end is the offending offset.
func ordinalNumber(d *Doc, i int) (v int, form OrdinalForm, end int, err error) {
	lower, text := d.Lower, d.Text
	if i >= len(lower) {
		return 0, "", i, ErrSyntax
	}
	switch c := text[i]; {
	case textscan.IsDigit(c):
		j := i
		for j < len(text) && textscan.IsDigit(text[j]) {
			if v > (1<<31-1)/10 {
				return 0, "", j, ErrRange
			}
			v = v*10 + int(text[j]-'0')
			j++
		}
		if textscan.LetterEnd(text, j) != j {
			return 0, "", j, ErrSyntax // "thứ 2a"
		}
		return v, OrdinalDigits, j, nil
	case isRomanWord(text[i:textscan.LetterEnd(text, i)]):
		j := textscan.LetterEnd(text, i)
		n, rerr := roman.Parse(text[i:j])
		if rerr != nil {
			return 0, "", i, ErrSyntax
		}
		return n, OrdinalRoman, j, nil
	}
	n, end, err := ordinalWordsAt(lower, i)
	return n, OrdinalWords, end, err
}

// OrdinalWordsAt reads the number of an ordinal written in words at s[i:],
// in any case, as it follows "thứ": "nhất" (1), "nhì" (2), "tư" (4), "mười
// ba" (13), "hai mươi mốt" (21). s must be normal, as a [Doc]'s Text or
// Lower is. It returns the number and the end of its words, or ok false.
func OrdinalWordsAt(s string, i int) (n, end int, ok bool) {
	n, end, err := ordinalWordsAt(s, i)
	return n, end, err == nil
}

// ordinalWordsAt is OrdinalWordsAt with ParseOrdinal's error: ErrSyntax at
// i when no number starts there, ErrRange at the word that overflows.
func ordinalWordsAt(s string, i int) (int, int, error) {
	e := textscan.LetterEnd(s, i)
	if n, ok := ordinalOnlyWords[textscan.Lower(s[i:e])]; ok {
		return n, e, nil
	}
	n, end, err := numberWordsAt(s, i, true)
	if err != nil {
		return 0, end, err
	}
	if n > 1<<31-1 {
		return 0, i, ErrRange
	}
	return int(n), end, nil
}

// FindOrdinals returns the ordinals in text, in order: "thứ" + number and
// "đầu tiên" as for [ParseOrdinal] (with "lần" included in the match when
// it precedes), and "Trung ương" + number, as in "Hội nghị Trung ương 7"
// (the seventh plenum). Matches index text as given.
//
// Weekdays are not ordinals and are left out: thứ followed by 2–7 or hai
// … bảy is a weekday when the number word is capitalised ("Thứ Tư",
// "thứ Bảy"), when a date or "ngày" follows, with or without a comma
// ("Thứ 4, 28/02/2024", "Thứ tư, ngày 28 tháng 2"), when "tuần" follows,
// or when a time word comes first ("sáng thứ hai", "vào thứ năm"). After
// "lần" or "họp" ("kỳ họp thứ 4") it is always an ordinal.
func FindOrdinals(text string) []OrdinalMatch {
	d := NewDoc(text)
	lower := d.Lower
	var out []OrdinalMatch
	for i := 0; i < len(lower); {
		start, e := textscan.NextLetters(lower, i)
		if start == len(lower) {
			break
		}
		i = start
		word := lower[i:e]
		var j int
		switch {
		case word == "đầu":
			fe, ok := firstAt(lower, i)
			if !ok {
				i = e
				continue
			}
			if prevWordBefore(lower, start) == "lần" {
				start = textscan.SkipSpacesBack(lower, start) - len("lần")
			}
			s, en := d.SrcSpan(start, fe)
			out = append(out, OrdinalMatch{Start: s, End: en, Value: 1, Kind: OrdinalWords})
			i = fe
			continue
		case word == "thứ":
			j = textscan.SkipSpaces(lower, e)
			if j == e {
				i = e
				continue
			}
		case word == "trung" && strings.HasPrefix(lower[e:], " ương "):
			if prevWordBefore(lower, i) != "nghị" {
				i = e
				continue
			}
			j = textscan.SkipSpaces(lower, e+len(" ương "))
			if j >= len(lower) || !textscan.IsDigit(lower[j]) && !isRomanWord(d.Text[j:textscan.LetterEnd(d.Text, j)]) {
				i = e
				continue
			}
		default:
			i = e
			continue
		}
		v, form, end, err := ordinalNumber(d, j)
		if err != nil || v == 0 {
			i = e
			continue
		}
		prev := prevWordBefore(lower, start)
		if word == "thứ" && prev != "lần" && prev != "họp" && isWeekday(d, j, end, v, form, prev) {
			i = end
			continue
		}
		if word == "thứ" && prev == "lần" {
			start = textscan.SkipSpacesBack(lower, start) - len("lần")
		}
		s, en := d.SrcSpan(start, end)
		out = append(out, OrdinalMatch{Start: s, End: en, Value: v, Kind: form})
		i = end
	}
	return out
}

// ordinalHeads are the words after which "thứ N" is an ordinal, never a
// weekday: "kỳ họp thứ 3", "lần thứ hai", "phiên thứ 5", "khóa thứ 4".
var ordinalHeads = [...]string{"họp", "lần", "phiên", "khóa"}

// isOrdinalHead reports whether the lower-case word w is one of
// ordinalHeads.
func isOrdinalHead(w string) bool {
	for _, h := range ordinalHeads {
		if w == h {
			return true
		}
	}
	return false
}

// weekdayBefore lists words after which thứ N names a day of the week.
var weekdayBefore = map[string]bool{"ngày": true, "sáng": true, "chiều": true, "tối": true,
	"trưa": true, "đêm": true, "vào": true, "các": true, "mỗi": true, "hôm": true}

// isWeekday reports whether thứ + the number at d.Text[j:end] names a
// day of the week.
func isWeekday(d *Doc, j, end, v int, form OrdinalForm, prev string) bool {
	if v < 2 || v > 7 || form == OrdinalRoman {
		return false
	}
	if form == OrdinalWords {
		if r, _ := utf8.DecodeRuneInString(d.Text[j:]); unicode.IsUpper(r) {
			return true
		}
	}
	if weekdayBefore[prev] {
		return true
	}
	lower := d.Lower
	k := textscan.SkipSpaces(lower, end)
	if k < len(lower) && (lower[k] == ',' || lower[k] == '-' || lower[k] == '(') {
		k = textscan.SkipSpaces(lower, k+1)
	}
	if k < len(lower) && textscan.IsDigit(lower[k]) {
		return true
	}
	next := lower[k:textscan.LetterEnd(lower, k)]
	return next == "ngày" || next == "tuần"
}

// isRomanWord reports whether w is a non-empty run of Roman numeral
// letters (upper case).
func isRomanWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if strings.IndexByte("IVXLCDM", w[i]) < 0 {
			return false
		}
	}
	return w != ""
}

// OrdinalWord returns the number of the one lower-case word w as it
// follows "thứ" in a list ("Thứ nhất, …; thứ hai, …"): "nhất" (1), "nhì"
// (2), "tư" (4), or a count of two to ten (see [CountWord]): "hai",
// "ba", "bốn" … "mười". "thứ một" is not said.
func OrdinalWord(w string) (n int, ok bool) {
	if n, ok := ordinalOnlyWords[w]; ok {
		return n, true
	}
	if w == "tư" {
		return 4, true
	}
	if n, ok := CountWord(w); ok && n >= 2 {
		return n, true
	}
	return 0, false
}

// ordinalOnlyWords are the words that number only an ordinal, after "thứ".
var ordinalOnlyWords = map[string]int{"nhất": 1, "nhì": 2}

// CountWord returns the value of the one lower-case word w that counts
// from one to ten: "một", "hai" … "chín" ("bẩy" for "bảy"), "mười", as
// in "Một là, …; hai là, …". It reads the table of [ParseWords]; the
// forms used only after "mươi" or "mười" ("mốt", "tư", "lăm") are none.
func CountWord(w string) (n int, ok bool) {
	nw, found := numWords[w]
	if !found || nw.after || nw.kind != wDigit && nw.kind != wMuoiTen || nw.val < 1 {
		return 0, false
	}
	return int(nw.val), true
}

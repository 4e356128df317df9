package roman

import (
	"errors"
	"strconv"
	"strings"
)

// The range of integers that have a canonical Roman numeral.
const (
	Min = 1    // I
	Max = 3999 // MMMCMXCIX
)

// maxLen is the length in bytes of the longest numeral, MMMDCCCLXXXVIII (3888).
const maxLen = 15

// These are the errors that can be returned in [NumError.Err].
var (
	// ErrSyntax indicates that a string is not a canonical Roman numeral.
	ErrSyntax = errors.New("invalid syntax")

	// ErrRange indicates that an integer lies outside [Min, Max]
	// and so has no Roman numeral.
	ErrRange = errors.New("value out of range")
)

// A NumError records a failed conversion.
//
// For ErrSyntax, Num is the rejected string and Pos is the byte offset in Num
// of the first byte at which no canonical numeral can continue: Num[:Pos] is
// the longest prefix of Num that begins some numeral, so 0 <= Pos <= len(Num).
// Pos counts bytes, not runes or characters; Pos == len(Num) means the input
// ended too early, which happens only for the empty string.
//
// For ErrRange, Num is the integer in decimal and Pos is 0: the whole value
// is at fault.
type NumError struct {
	Func string // the failing function (Parse, Format, Append, Numeral.MarshalText, …)
	Num  string // the input
	Pos  int    // byte offset in Num of the first offending byte
	Err  error  // the reason the conversion failed (ErrSyntax or ErrRange)
}

// Error returns a message such as
//
//	roman.Parse: parsing "IIII": invalid syntax at byte 3
//	roman.Format: formatting 4000: value out of range
func (e *NumError) Error() string {
	if e.Err == ErrRange {
		return "roman." + e.Func + ": formatting " + e.Num + ": " + e.Err.Error()
	}
	return "roman." + e.Func + ": parsing " + strconv.Quote(e.Num) + ": " +
		e.Err.Error() + " at byte " + strconv.Itoa(e.Pos)
}

// Unwrap returns e.Err, so that errors.Is(err, ErrSyntax) works.
func (e *NumError) Unwrap() error { return e.Err }

// syntaxError is kept out of line so that Parse stays small and fast.
// It clones s, as strconv does, so that callers may write Parse(string(b))
// without the conversion having to allocate.
//
//go:noinline
func syntaxError(fn, s string, pos int) *NumError {
	return &NumError{Func: fn, Num: strings.Clone(s), Pos: pos, Err: ErrSyntax}
}

// rangeError is kept out of line for the same reason as syntaxError.
//
//go:noinline
func rangeError(fn string, n int) *NumError {
	return &NumError{Func: fn, Num: strconv.Itoa(n), Err: ErrRange}
}

// Parse returns the integer value of the canonical Roman numeral s.
//
// s must match, in full, the grammar
//
//	M{0,3} (CM | CD | D?C{0,3}) (XC | XL | L?X{0,3}) (IX | IV | V?I{0,3})
//
// and must not be empty. Only the upper-case ASCII letters I, V, X, L, C, D
// and M are accepted: no lower case, signs, spaces or Unicode numerals
// (U+2160 …). So exactly the strings that [Format] returns are accepted, and
// Parse(Format(n)) == n for every n in [Min, Max].
//
// The errors that Parse returns have concrete type [*NumError] and include
// err.Num = s. If s is not a canonical numeral, err.Err = [ErrSyntax],
// err.Pos is the byte offset of the first offending byte and the returned
// value is 0. Every canonical numeral lies in [Min, Max], so Parse never
// returns [ErrRange].
//
// Parse does not allocate unless it returns an error.
func Parse(s string) (int, error) {
	n, end := scan(s)
	if end != len(s) || n == 0 {
		return 0, syntaxError("Parse", s, end)
	}
	return n, nil
}

// MustParse is like [Parse] but panics if s is not a canonical numeral.
// It is intended for tests and for initializing variables with hard-coded
// numerals.
func MustParse(s string) int {
	n, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return n
}

// scan reads the longest prefix of s that follows the canonical grammar and
// returns its value n and its length end. It is a state machine whose states
// are the four places of the grammar, thousands to ones; within a place it
// tries the subtractive forms first, and two bytes of look-ahead decide every
// choice, so the prefix is unique. Every non-empty prefix of a numeral is
// itself a numeral, so s is a numeral exactly when end == len(s) and n > 0;
// otherwise s[end] is the first offending byte.
//
// The places are written out rather than shared through a helper: a helper
// taking the three letters of a place is too large to inline, and calling it
// roughly doubled the time Parse takes (BenchmarkParse).
func scan(s string) (n, end int) {
	i := 0
	// M{0,3}
	for i < len(s) && i < 3 && s[i] == 'M' {
		n += 1000
		i++
	}
	// CM | CD | D?C{0,3}
	switch {
	case i+1 < len(s) && s[i] == 'C' && s[i+1] == 'M':
		n += 900
		i += 2
	case i+1 < len(s) && s[i] == 'C' && s[i+1] == 'D':
		n += 400
		i += 2
	default:
		if i < len(s) && s[i] == 'D' {
			n += 500
			i++
		}
		for stop := i + 3; i < stop && i < len(s) && s[i] == 'C'; i++ {
			n += 100
		}
	}
	// XC | XL | L?X{0,3}
	switch {
	case i+1 < len(s) && s[i] == 'X' && s[i+1] == 'C':
		n += 90
		i += 2
	case i+1 < len(s) && s[i] == 'X' && s[i+1] == 'L':
		n += 40
		i += 2
	default:
		if i < len(s) && s[i] == 'L' {
			n += 50
			i++
		}
		for stop := i + 3; i < stop && i < len(s) && s[i] == 'X'; i++ {
			n += 10
		}
	}
	// IX | IV | V?I{0,3}
	switch {
	case i+1 < len(s) && s[i] == 'I' && s[i+1] == 'X':
		n += 9
		i += 2
	case i+1 < len(s) && s[i] == 'I' && s[i+1] == 'V':
		n += 4
		i += 2
	default:
		if i < len(s) && s[i] == 'V' {
			n += 5
			i++
		}
		for stop := i + 3; i < stop && i < len(s) && s[i] == 'I'; i++ {
			n++
		}
	}
	return n, i
}

// Numerals for each digit of each place. Entry d of a table is the numeral for
// d units of that place.
var (
	thousands = [...]string{"", "M", "MM", "MMM"}
	hundreds  = [...]string{"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"}
	tens      = [...]string{"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"}
	ones      = [...]string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
)

// Format returns the canonical Roman numeral for n, in upper case.
//
// If n is outside [Min, Max], Format returns "" and an error of type
// [*NumError] with err.Err = [ErrRange].
func Format(n int) (string, error) {
	if n < Min || n > Max {
		return "", rangeError("Format", n)
	}
	var buf [maxLen]byte
	return string(appendNumeral(buf[:0], n)), nil
}

// Append appends the canonical Roman numeral for n, as generated by [Format],
// to dst and returns the extended buffer. It does not allocate when dst has
// room for 15 more bytes, the length of the longest numeral.
//
// If n is outside [Min, Max], Append returns dst unchanged and an error of
// type [*NumError] with err.Err = [ErrRange].
func Append(dst []byte, n int) ([]byte, error) {
	if n < Min || n > Max {
		return dst, rangeError("Append", n)
	}
	return appendNumeral(dst, n), nil
}

// appendNumeral appends the numeral for n, which must be in [Min, Max].
func appendNumeral(dst []byte, n int) []byte {
	dst = append(dst, thousands[n/1000]...)
	dst = append(dst, hundreds[n/100%10]...)
	dst = append(dst, tens[n/10%10]...)
	return append(dst, ones[n%10]...)
}

// A Numeral is an integer that is written as a Roman numeral in text: by its
// String method, by fmt's %v and %s (%d still prints the integer), and in
// encodings that use [encoding.TextMarshaler], such as encoding/json and
// encoding/xml.
//
// Only Numerals in [Min, Max] are valid. The zero Numeral is not valid, as
// there is no Roman numeral for zero.
type Numeral int

// IsValid reports whether n lies in [Min, Max], that is, whether it has a
// Roman numeral.
func (n Numeral) IsValid() bool {
	return Min <= n && n <= Max
}

// String returns the Roman numeral for n, such as "XIV". If n is not valid it
// returns "%!Numeral(" followed by n in decimal and ")", such as
// "%!Numeral(0)", in the manner of fmt's error strings and [time.Month.String].
func (n Numeral) String() string {
	if !n.IsValid() {
		return "%!Numeral(" + strconv.Itoa(int(n)) + ")"
	}
	var buf [maxLen]byte
	return string(appendNumeral(buf[:0], int(n)))
}

// AppendText implements [encoding.TextAppender]. It appends the Roman numeral
// for n to b, or returns b unchanged and an error with [ErrRange] if n is not
// valid.
func (n Numeral) AppendText(b []byte) ([]byte, error) {
	if !n.IsValid() {
		return b, rangeError("Numeral.AppendText", int(n))
	}
	return appendNumeral(b, int(n)), nil
}

// MarshalText implements [encoding.TextMarshaler]. It returns the Roman
// numeral for n, or an error with [ErrRange] if n is not valid.
func (n Numeral) MarshalText() ([]byte, error) {
	if !n.IsValid() {
		return nil, rangeError("Numeral.MarshalText", int(n))
	}
	return appendNumeral(make([]byte, 0, maxLen), int(n)), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts exactly the
// canonical numerals that [Parse] accepts. On error *n is left unchanged and
// the error is a [*NumError] with [ErrSyntax].
func (n *Numeral) UnmarshalText(text []byte) error {
	v, end := scan(string(text))
	if end != len(text) || v == 0 {
		return syntaxError("Numeral.UnmarshalText", string(text), end)
	}
	*n = Numeral(v)
	return nil
}

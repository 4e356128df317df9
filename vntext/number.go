package vntext

import (
	"errors"
	"strconv"

	"github.com/vnreport/vnreport/internal/textscan"
)

// ErrSyntax reports that a value does not have the expected form.
var ErrSyntax = errors.New("invalid syntax")

// ErrRange reports that a value is out of the range its kind allows, such
// as a number too large for a float64 mantissa or the 31st of February.
var ErrRange = errors.New("value out of range")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseNumber, ParseDate, …)
	Num  string // the input
	Pos  int    // byte offset in Num of the first offending character
	Err  error  // the reason: ErrSyntax or ErrRange
}

func (e *NumError) Error() string {
	return "vntext." + e.Func + ": parsing " + strconv.Quote(e.Num) + ": " + e.Err.Error() +
		" at byte " + strconv.Itoa(e.Pos)
}

// Unwrap returns the reason, so that errors.Is(err, ErrSyntax) works.
func (e *NumError) Unwrap() error { return e.Err }

func numError(fn, s string, pos int, err error) *NumError {
	return &NumError{Func: fn, Num: cloneString(s), Pos: pos, Err: err}
}

// cloneString copies s so that an error does not pin a large input.
func cloneString(s string) string { return string([]byte(s)) }

// ParseNumber parses a number written the Vietnamese way: '.' groups
// thousands and ',' is the decimal mark, so "3.666" is 3666, "4.863,4" is
// 4863.4 and "8,2" is 8.2. A leading '-' or '+' is allowed. Grouping must be
// regular: every group after the first has exactly three digits, so
// "3.66", "1.23.4" and "4.0" are errors rather than guesses.
//
// The errors ParseNumber returns have type [*NumError] with Err set to
// [ErrSyntax], or [ErrRange] when the digits do not fit a float64 exactly.
// ParseNumber does not allocate on success.
func ParseNumber(s string) (float64, error) {
	neg := false
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	n, end, err := scanNumber(s, i)
	if err == nil && end != len(s) {
		err = ErrSyntax
	}
	if err != nil {
		if end < i {
			end = i
		}
		return 0, numError("ParseNumber", s, end, err)
	}
	v := n.Float()
	if neg {
		v = -v
	}
	return v, nil
}

// number is a scanned decimal: Mant / 10^Frac, held exactly.
type number struct {
	Mant uint64 // all digits, without separators
	Frac int    // digits after the decimal mark
}

// Float returns the number as the nearest float64.
func (n number) Float() float64 {
	return float64(n.Mant) / pow10[n.Frac]
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// maxMant is the largest mantissa a float64 holds exactly.
const maxMant = 1 << 53

// scanNumber reads a Vietnamese number at s[i:]: digits, optionally in
// '.'-separated groups of three, optionally followed by ',' and decimals.
// It stops before any other character and returns where it stopped; err is
// ErrSyntax for irregular grouping or a missing number, with end at the
// offending byte.
func scanNumber(s string, i int) (n number, end int, err error) {
	start := i
	digits := 0 // digits in the current group
	grouped := false
	for ; i < len(s); i++ {
		c := s[i]
		if textscan.IsDigit(c) {
			if n.Mant > (maxMant-9)/10 {
				return n, i, ErrRange
			}
			n.Mant = n.Mant*10 + uint64(c-'0')
			digits++
			continue
		}
		if c == '.' && i+1 < len(s) && textscan.IsDigit(s[i+1]) {
			if digits == 0 || (!grouped && digits > 3) || (grouped && digits != 3) {
				return n, i, ErrSyntax
			}
			grouped = true
			digits = 0
			continue
		}
		break
	}
	if i == start {
		return n, i, ErrSyntax
	}
	if grouped && digits != 3 {
		return n, i - digits, ErrSyntax
	}
	if i+1 < len(s) && s[i] == ',' && textscan.IsDigit(s[i+1]) {
		i++
		for ; i < len(s) && textscan.IsDigit(s[i]); i++ {
			if n.Mant > (maxMant-9)/10 || n.Frac == len(pow10)-1 {
				return n, i, ErrRange
			}
			n.Mant = n.Mant*10 + uint64(s[i]-'0')
			n.Frac++
		}
	}
	return n, i, nil
}

// Package roman converts between integers and strict Roman numerals.
//
// Vietnamese official texts number legislative terms and chapters with Roman
// numerals ("Quốc hội khóa XV", "Chương II"), so a parser must tell a numeral
// from an ordinary capitalized word. This package accepts only canonical
// numerals, in the way [strconv] accepts only well-formed integers.
//
// # Conversions
//
// [Parse] (string to int) and [Format] (int to string) convert between
// canonical numerals and the integers 1 to 3999 ([Min] to [Max]):
//
//	n, err := roman.Parse("XIV")  // 14, nil
//	s, err := roman.Format(2024)  // "MMXXIV", nil
//
// [Append] appends a numeral to a byte slice without allocating, like
// [strconv.AppendInt], and [MustParse] is a panicking form of Parse for tests
// and hard-coded constants.
//
// # Canonical Numerals
//
// A canonical numeral writes each decimal digit of the integer, thousands
// first, with the letters for one, five and ten of that place, using the
// subtractive forms for 4 and 9 (IV, IX, XL, XC, CD, CM) and no letter more
// than three times in a row. Parse accepts exactly the strings matching
//
//	M{0,3} (CM | CD | D?C{0,3}) (XC | XL | L?X{0,3}) (IX | IV | V?I{0,3})
//
// that are not empty. So Parse rejects "IIII" (write IV), "VV" (X), "IC"
// (XCIX), "IL" (XLIX), "XM" (CMXC), "MMMM" (above Max), lower-case "xiv",
// and anything with spaces or other characters, such as " X" or "X1". Every
// accepted string is the one that Format produces for its value:
//
//	Parse(Format(n)) == n	for Min <= n <= Max
//	Format(Parse(s)) == s	for every s that Parse accepts
//
// # Errors
//
// Errors have type [*NumError], which records the function, the input and
// the reason, [ErrSyntax] or [ErrRange], for use with [errors.Is]. For a
// syntax error, NumError.Pos is the byte offset of the first offending byte:
//
//	_, err := roman.Parse("IIII")
//	// roman.Parse: parsing "IIII": invalid syntax at byte 3
//	errors.Is(err, roman.ErrSyntax) // true
//
// # The Numeral Type
//
// [Numeral] is an int that prints, marshals and unmarshals as a Roman
// numeral, for use in structs that are encoded as JSON or XML. Its String
// method returns "%!Numeral(0)" and the like for integers outside [Min, Max];
// use [Numeral.IsValid] to check first.
//
// # Concurrency
//
// The package has no mutable state, so its functions are safe for concurrent
// use by multiple goroutines. [Numeral.UnmarshalText] stores into its
// receiver and so, like any assignment, must not race with other uses of the
// same Numeral.
package roman

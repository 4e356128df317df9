// Package vntext reads the building blocks of Vietnamese report text:
// normalised letters, numbers, money and percentages, dates and periods,
// ordinals, sentences and abbreviations.
//
// # Normalisation
//
// Vietnamese text reaches a program in many shapes: NFC or NFD, with the
// old ("hoà", "Quận uỷ") or the modern ("hòa", "Quận ủy") tone-mark
// placement, with no-break spaces, CRLF line ends and typographic dashes.
// [Normalize] brings all of these to one form and [Fold] further removes
// case and diacritics for keyword matching. A [Doc] holds the normalised
// text together with a map back to the caller's offsets, so every match
// this package reports indexes the input exactly as given:
//
//	d := vntext.NewDoc(input)
//	i := strings.Index(d.Lower, "hội nghị")
//	start, end := d.SrcSpan(i, i+len("hội nghị")) // input[start:end] is the source
//
// # Numbers
//
// Numbers follow the Vietnamese convention: '.' groups thousands and ','
// is the decimal mark. [ParseNumber] is strict about grouping, so that a
// malformed number is an error rather than a guess:
//
//	v, err := vntext.ParseNumber("4.863,4") // 4863.4, nil
//	_, err = vntext.ParseNumber("3.66")     // ErrSyntax
//
// # Errors
//
// Parse functions return a [*NumError] that records the function, the
// input and the byte position of the first offending character; its Err
// is [ErrSyntax] or [ErrRange], for use with errors.Is.
//
// # Concurrency
//
// All functions are safe for concurrent use.
package vntext

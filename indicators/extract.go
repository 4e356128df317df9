package indicators

import "github.com/vnreport/vnreport/vntext"

// Extract returns the indicators reported in text, in text order.
func Extract(text string) []Indicator { return ExtractDoc(vntext.NewDoc(text)) }

// ExtractDoc is like Extract on a document already normalised, so that a
// caller who also needs the Doc normalises once. Offsets index d.Src.
func ExtractDoc(d *vntext.Doc) []Indicator { return nil }

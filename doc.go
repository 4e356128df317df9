// Package vnreport turns Vietnamese political reports — news articles about
// Party committee conferences, Party congresses and People's Council
// sessions, and their six-month and annual reviews — into typed data.
//
// The module is a set of small packages:
//
//   - [github.com/vnreport/vnreport/vntext] reads the building blocks of the
//     genre's text: normalisation and diacritic folding, numbers written the
//     Vietnamese way ("4.863,4"), money and percentages, dates and periods
//     ("Chiều 17/6", "quý I/2021"), ordinals, sentences and abbreviations.
//   - [github.com/vnreport/vnreport/roman] parses and formats strict Roman
//     numerals, as in "khóa XXV".
//   - [github.com/vnreport/vnreport/meeting] parses a whole report into a
//     Meeting: the body that met, its session, term and tenure, the date,
//     chairs, attendees, directives and cited documents.
//   - [github.com/vnreport/vnreport/indicators] extracts every reported
//     figure with its measure, role and period.
//
// A short end-to-end use:
//
//	m, err := meeting.Parse(article)
//	if err != nil {
//		return err // only for input that is not UTF-8 text
//	}
//	fmt.Println(m.Kind, m.Body.Locality, m.Session, m.Date)
//	for _, ind := range m.Indicators {
//		for _, f := range ind.Figures {
//			fmt.Println(ind.Key, f.Role, f.Value, f.Unit)
//		}
//	}
//
// Every span the packages report (Start, End) indexes the caller's input
// exactly as given, so input[Start:End] is the source of the item, whatever
// the input's Unicode form, line ends or spaces. The command
// examples/vnreport prints a Meeting as the JSON described in its
// documentation.
package vnreport

package meeting

import (
	"errors"
	"strconv"
	"time"

	"github.com/vnreport/vnreport/indicators"
	"github.com/vnreport/vnreport/vntext"
)

// A Meeting is what a report says about one meeting. A field the text does
// not state is left at its zero value (and omitted from JSON).
type Meeting struct {
	Title      string                 `json:"title,omitempty"`       // the headline
	Published  vntext.Date            `json:"published,omitzero"`    // the page's publication stamp, with its clock time
	Source     string                 `json:"source,omitempty"`      // the outlet tag at the lead: "HNP", "Kinhtedothi"
	Author     string                 `json:"author,omitempty"`      // the byline
	Kind       Kind                   `json:"kind,omitempty"`        // what sort of meeting; KindOther for a report of none
	Body       Body                   `json:"body,omitzero"`         // the body that met
	Session    int                    `json:"session,omitempty"`     // "Hội nghị lần thứ 21", "kỳ họp thứ 4" → 21, 4
	Term       Term                   `json:"term,omitzero"`         // the body's khóa
	Tenure     Tenure                 `json:"tenure,omitzero"`       // the body's nhiệm kỳ
	Expanded   bool                   `json:"expanded,omitempty"`    // "(mở rộng)"
	Date       vntext.Date            `json:"date,omitzero"`         // the meeting's day; Year 0 when nothing tells it
	DateBasis  string                 `json:"date_basis,omitempty"`  // where Date's year comes from: BasisText, BasisStamp …; "" without a year
	TimeOfDay  string                 `json:"time_of_day,omitempty"` // sáng, trưa, chiều or tối
	Chairs     []Person               `json:"chairs,omitempty"`      // who chaired
	Attendees  []Person               `json:"attendees,omitempty"`   // guests and leaders named as attending
	Directives []Directive            `json:"directives,omitempty"`  // instructions given at the meeting
	Indicators []indicators.Indicator `json:"indicators,omitempty"`  // reported figures
	References []DocRef               `json:"references,omitempty"`  // cited documents
}

// The bases of a meeting's year, for Meeting.DateBasis.
const (
	BasisText      = "text"      // written with the date
	BasisStamp     = "stamp"     // the page's publication stamp
	BasisReference = "reference" // the caller's reference date (WithReference)
	BasisContext   = "context"   // the report's own periods, dated events and tenure
)

// A Kind says what sort of meeting a report is about.
type Kind string

// The kinds of meeting.
const (
	KindConference     Kind = "conference"      // Hội nghị of a Party committee
	KindCongress       Kind = "congress"        // Đại hội
	KindCouncilSession Kind = "council_session" // kỳ họp of a People's Council
	KindOther          Kind = "other"
)

// A Body is the organ that met.
type Body struct {
	Name     string `json:"name,omitempty"`     // "Ban Chấp hành Đảng bộ quận Thanh Xuân"
	Organ    string `json:"organ,omitempty"`    // "Ban Chấp hành Đảng bộ"
	Level    string `json:"level,omitempty"`    // tỉnh, thành phố, quận, huyện, thị xã, phường, xã, thị trấn
	Locality string `json:"locality,omitempty"` // the place name without the level word
	Province string `json:"province,omitempty"` // only when the text names it
}

// A Term is the numbered term (khóa) of the body.
type Term struct {
	Number int    `json:"number"`
	Text   string `json:"text"` // as written: "VI", "25"
}

// A Tenure is the body's nhiệm kỳ, in years.
type Tenure struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// A Person is someone the report names, with titles as written.
type Person struct {
	Name   string   `json:"name"`
	Titles []string `json:"titles,omitempty"`
	Start  int      `json:"start"` // the span of the first mention that names the person:
	End    int      `json:"end"`   // input[Start:End]
}

// A Directive is an instruction given at the meeting.
type Directive struct {
	Issuer     *Person  `json:"issuer,omitempty"`
	Verb       string   `json:"verb"` // lower case, as written: đề nghị, yêu cầu, chỉ đạo …
	Addressees []string `json:"addressees,omitempty"`
	Text       string   `json:"text"`
	Items      []string `json:"items,omitempty"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
}

// A DocRef is a document the report cites.
type DocRef struct {
	Kind   string      `json:"kind"`             // Nghị quyết, Chỉ thị, Kết luận …
	Number string      `json:"number,omitempty"` // "14-NQ/QU", "98/2023/QH15"
	Date   vntext.Date `json:"date,omitzero"`
	Issuer string      `json:"issuer,omitempty"`
	Title  string      `json:"title,omitempty"`
	Text   string      `json:"text"`
	Start  int         `json:"start"`
	End    int         `json:"end"`
}

// ErrInvalidText reports input that is not valid UTF-8 text.
var ErrInvalidText = errors.New("meeting: invalid text")

// A ParseError reports where the input stopped being usable text.
type ParseError struct {
	Offset int   // byte offset of the first bad byte
	Err    error // ErrInvalidText
}

// Error returns "meeting: invalid text: invalid UTF-8 at byte N".
func (e *ParseError) Error() string {
	return e.Err.Error() + ": invalid UTF-8 at byte " + strconv.Itoa(e.Offset)
}

// Unwrap returns the reason, for errors.Is.
func (e *ParseError) Unwrap() error { return e.Err }

// An Option changes how Parse reads a report.
type Option func(*config)

type config struct {
	ref time.Time // reference date for years the page does not print
}

// WithReference sets the date that resolves a year the text leaves out
// when the page prints no publication date: the latest such day not after
// ref is taken.
func WithReference(ref time.Time) Option { return func(c *config) { c.ref = ref } }

// Parse reads one report. Invalid UTF-8 is an error wrapping
// [ErrInvalidText]; text with no report in it gives an empty Meeting and no
// error. Parse is safe for concurrent use.
func Parse(text string, opts ...Option) (*Meeting, error) {
	var c config
	if len(opts) > 0 {
		// The options get a config of their own on the heap, so that c
		// stays on the stack in the usual call without any.
		oc := new(config)
		for _, o := range opts {
			o(oc)
		}
		c = *oc
	}
	d := vntext.NewDoc(text)
	if i := d.InvalidAt(); i >= 0 {
		return nil, &ParseError{Offset: i, Err: ErrInvalidText}
	}
	p := newParser(d, c)
	m := &Meeting{}
	p.parseHeader(m)
	p.parsePeople(m) // the directives too: see parsePeople
	p.parseReferences(m)
	m.Indicators = indicators.ExtractDoc(d, indicators.WithArticle(&p.article))
	return m, nil
}

// newParser starts the parse of d, finding the report among the site's
// furniture.
func newParser(d *vntext.Doc, c config) *parser {
	return &parser{doc: d, cfg: c, article: d.FindArticle()}
}

// parser holds one parse's state.
type parser struct {
	doc     *vntext.Doc
	cfg     config
	article vntext.Article // the report among the site's furniture: every step reads this one

	// Set by parseHeader, for the steps after it. Offsets are of doc.Text.
	lines     []line // non-empty lines, trimmed
	end       int    // where the report ends: site furniture follows
	titleLine int    // index in lines of the headline, or -1
	leadLine  int    // index in lines of the first paragraph of the report
	// anchorStart and anchorEnd span the sentence that names the meeting in the
	// lead ("Chiều 17/6, … tổ chức Hội nghị lần thứ 21"); both are 0 when
	// the report names no meeting.
	anchorStart, anchorEnd int
}

package indicators

import "github.com/vnreport/vnreport/vntext"

// An Indicator is one reported measure with every figure stated for it.
type Indicator struct {
	Metric string `json:"metric"`        // the measure as written: "thu ngân sách Nhà nước"
	Key    Key    `json:"key,omitempty"` // canonical key from the taxonomy, "" when none fits
	// KeyCue is the cue phrase that decided Key, as the key table writes it
	// ("kết nạp", "thu ngân sách"), for explaining a key; "" with Key.
	KeyCue string `json:"-"`
	// KeyFrom names the place the key was found in: "measure", "clause",
	// "unit", "sentence", "before" (the indicator before), "prior" (the sentence before), "heading" or
	// "weak" (a broad word of its own); "" with Key. Not in the JSON.
	KeyFrom   string   `json:"-"`
	Period    string   `json:"period,omitempty"`    // the period the figures cover, as written
	Estimated bool     `json:"estimated,omitempty"` // "ước", "dự kiến"
	Figures   []Figure `json:"figures"`
	Text      string   `json:"text"`  // the source text, Src[Start:End]
	Start     int      `json:"start"` // byte offsets into the input as given
	End       int      `json:"end"`
}

// MaxFigures is the most figures one Indicator holds. Reports state at
// most about ten for one measure (ten was the most over 27,000 indicators
// of 6,900 articles); a longer run of figures with no new measure between
// them is a table pasted as one line, whose columns the text no longer
// names. Its figures after the first MaxFigures are left out, so that the
// memory Extract takes stays bounded by its input.
const MaxFigures = 64

// A Figure is one number stated for a measure.
type Figure struct {
	Role     Role    `json:"role"`
	Value    float64 `json:"value"`
	Total    float64 `json:"total,omitempty"` // for RoleRatio: the denominator
	Unit     string  `json:"unit,omitempty"`  // as written: "tỷ đồng", "%", "đảng viên"
	Bound    Bound   `json:"bound,omitempty"`
	Baseline string  `json:"baseline,omitempty"` // what a change or plan share is measured against
	VND      int64   `json:"vnd,omitempty"`      // exact amount in đồng for money in đồng

	// RoleCue is the cue that decided Role, for a reader who asks why: a
	// phrase of the text as written in lower case ("tăng", "so với kế
	// hoạch", "phấn đấu", "yêu cầu") or the name of a rule ("task
	// list", "a/b"); empty for an amount that no cue decided. It is not
	// part of the JSON contract.
	RoleCue string `json:"-"`
}

// A Role says what a figure tells about its measure.
type Role string

// The roles of a figure.
const (
	RoleAmount Role = "amount" // a level reached or counted
	RoleChange Role = "change" // a signed change against a baseline
	RolePlan   Role = "plan"   // a share of a plan, estimate or target
	RoleExceed Role = "exceed" // by how much a plan was exceeded
	RoleRatio  Role = "ratio"  // Value out of Total
	RoleTarget Role = "target" // a goal
)

// A Bound qualifies an inexact figure; it is [vntext.Bound], so that a
// figure's bound compares with what vntext finds.
type Bound = vntext.Bound

// The bounds of a figure; the empty Bound means exact.
const (
	BoundOver  = vntext.BoundOver  // trên, hơn, ít nhất, tối thiểu
	BoundUnder = vntext.BoundUnder // dưới, chưa đến
	BoundAbout = vntext.BoundAbout // khoảng, gần, xấp xỉ, trên dưới
)

// A Key names a measure in the package's taxonomy.
type Key string

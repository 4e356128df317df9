package indicators

import (
	"slices"
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// Role cues: the words that decide a figure's role, in one table. Each row
// is a phrase as written in lower case, where it is looked for around the
// figure (its scope), the role it gives and, where a cue does not always
// hold, a guard. Adding a way of saying a role is adding a row; the code in
// role.go applies the table and never spells a cue itself. The phrase
// that decided a figure's role is kept in [Figure.RoleCue].

// A cueScope says where, relative to a figure, a role cue is looked for.
type cueScope uint8

const (
	// cueVerb: the word that governs the figure, right before it or
	// before fillers ("tăng 8,2%", "giảm bình quân 3%"). The first row
	// that ends there wins. A figure whose clause holds nothing but
	// fillers before it takes the verb of the clause before: any verb
	// when it stands alone in brackets ("tăng trưởng khá (6,9%)"), a row
	// with comma set when it is a percentage after a comma ("tăng
	// trưởng nhanh, đạt 7,4%": the rate of growth, where "tăng, đạt 45%"
	// is the level reached).
	cueVerb cueScope = iota + 1
	// cueBaseline: what a percentage is a share of, right after it or
	// after "so với" ("đạt 55,4% kế hoạch", "bằng 108% so với dự toán").
	cueBaseline
	// cueClause: a word of the figure's own clause before it that sets the
	// figure as a goal or names the kind of change ("phấn đấu cả năm đạt
	// 95% kế hoạch", "kéo giảm phạm pháp hình sự 37%").
	cueClause
	// cueTopic: the word that opens the figure's clause, or the clause
	// before the parenthesis holding it ("chỉ tiêu giảm thiểu 90%").
	cueTopic
	// cueSentence: a word of the sentence before the figure that makes
	// what follows it in the sentence goals ("Mục tiêu đến năm 2030, …").
	cueSentence
	// cueOpening: the time ahead, opening the sentence as a clause of its
	// own, maybe with its year ("Trong năm tới, …", "Thời gian tới, …",
	// "Trong 6 tháng cuối năm 2024, …").
	cueOpening
	// cueCarry: a connector opening a sentence that goes on with the
	// plan of the sentence before it ("HĐND thông qua kế hoạch năm 2026.
	// Theo đó, GRDP tăng 8%"); see carriedPlan.
	cueCarry
	// cueAdopt: a verb by which a sentence adopts a plan for the time
	// ahead, with a noun of planNouns ("HĐND thông qua kế hoạch …").
	cueAdopt
	// cueMeasure: a word of the measure that makes the percentages it
	// reaches changes ("tốc độ tăng giá trị sản xuất đạt 11,3%") or keeps
	// them amounts ("đóng góp của TFP vào tăng trưởng đạt 39%"). The first
	// row found wins; a measure of economic growth without one is a
	// growth rate (cueGrowth).
	cueMeasure
	// cueShareOf: the whole a percentage is a share of, right after it
	// ("bằng 3,6% GDP", "chiếm 28% trong GRDP").
	cueShareOf
	// cueParen: the plan a bracket right after it spells out, the figure
	// opening the bracket ("đạt 53% kế hoạch năm 2024 (3.550 tỷ đồng)",
	// "vượt chỉ tiêu Quốc hội đề ra (6,7%)"); words of parenQualifiers
	// may stand between.
	cueParen
	// cueAim: a purpose or a wish in the figure's own clause before it,
	// which makes the figure a goal whatever its verb ("Để đạt được tốc
	// độ tăng trưởng 7%, …", "nếu muốn tăng 6,7% thì …").
	cueAim
)

// A roleCue is one row of the role table.
type roleCue struct {
	phrase string
	scope  cueScope
	role   Role
	fall   bool     // a change downward: the value is negated
	pct    bool     // holds for percentages only; another figure stays an amount
	share  bool     // the percentage is a share of something, never a growth rate
	comma  bool     // a verb that governs a percentage after a comma too (see cueVerb)
	guard  cueGuard // nil: the cue always holds
}

// A cueGuard reports whether a cue found at low[at:] holds for a figure
// whose clause before it is low[cl:fig].
type cueGuard func(low string, at, cl, fig int) bool

// roleCues is the role table. Rows of one scope are tried in order.
var roleCues = [...]roleCue{
	// The verb of the figure.
	// What must be reached: a goal or a rule, not a level reached
	// ("các quý còn lại phải tăng trên 7%", "cần phân bổ 20% vốn").
	{phrase: "phải đạt được", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "phải đạt", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "cần đạt", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "phải tăng", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "cần tăng", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "phải giảm", scope: cueVerb, role: RoleTarget, fall: true, guard: notForced},
	{phrase: "cần giảm", scope: cueVerb, role: RoleTarget, fall: true, guard: notForced},
	{phrase: "phải dành", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "cần dành", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "phải dành ra", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "phải phân bổ", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "cần phân bổ", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "phải bố trí", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "cần bố trí", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "cần huy động", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "phải giải ngân", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "cần giải ngân", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "phải kết nạp", scope: cueVerb, role: RoleTarget, guard: notForced},
	{phrase: "tăng lên", scope: cueVerb, role: RoleAmount},                               // tăng lên 30%: the level risen to
	{phrase: "giảm xuống", scope: cueVerb, role: RoleAmount},                             // giảm xuống 2,1%: the level fallen to
	{phrase: "tăng từ", scope: cueVerb, role: RoleChange, guard: opensRange},             // tăng từ 7-8%: by 7 to 8
	{phrase: "giảm từ", scope: cueVerb, role: RoleChange, fall: true, guard: opensRange}, // giảm từ 1,5-2%
	{phrase: "tăng trưởng", scope: cueVerb, role: RoleChange, comma: true},               // tăng trưởng 7,2%
	{phrase: "tăng", scope: cueVerb, role: RoleChange},                                   // tăng 8,2% so với cùng kỳ
	{phrase: "giảm", scope: cueVerb, role: RoleChange, fall: true},                       // giảm 3,5%
	{phrase: "gấp", scope: cueVerb, role: RoleChange},                                    // gấp 1,8 lần năm 2020
	{phrase: "bằng", scope: cueVerb, role: RoleChange, guard: multipleFig},               // bằng 6,4 lần năm 2019
	{phrase: "bằng", scope: cueVerb, role: RoleAmount, pct: true, share: true},           // bằng 3,4% GDP: a share, no growth rate
	{phrase: "vượt", scope: cueVerb, role: RoleExceed, pct: true},                        // vượt 38,04%
	{phrase: "chỉ tiêu", scope: cueVerb, role: RoleTarget},                               // vượt chỉ tiêu 95%
	{phrase: "mục tiêu", scope: cueVerb, role: RoleTarget},                               // đạt mục tiêu 9%
	{phrase: "phấn đấu", scope: cueVerb, role: RoleTarget},                               // phấn đấu 100%
	{phrase: "còn", scope: cueVerb, role: RoleAmount},                                    // giảm còn 1,2%: a level
	{phrase: "chiếm", scope: cueVerb, role: RoleAmount, share: true},                     // chiếm 35% GRDP: a share
	{phrase: "kéo giảm", scope: cueClause, role: RoleChange, fall: true, pct: true},      // kéo giảm tai nạn 12%
	// A rate of growth named in the clause, whatever the measure's key
	// ("tốc độ tăng trưởng GDP bình quân 7%", "tăng trưởng kinh tế của
	// tỉnh sẽ chậm lại còn 6,2%"): the percentage it reaches is a change.
	{phrase: "tốc độ tăng", scope: cueClause, role: RoleChange, pct: true, guard: growthOwn},
	{phrase: "tăng trưởng", scope: cueClause, role: RoleChange, pct: true, guard: growthOwn},

	// What a percentage is a share of.
	{phrase: "kế hoạch", scope: cueBaseline, role: RolePlan},
	{phrase: "kh", scope: cueBaseline, role: RolePlan},
	{phrase: "dự toán", scope: cueBaseline, role: RolePlan},
	{phrase: "dt", scope: cueBaseline, role: RolePlan},
	{phrase: "chỉ tiêu", scope: cueBaseline, role: RolePlan},
	{phrase: "nghị quyết", scope: cueBaseline, role: RolePlan},
	{phrase: "nq", scope: cueBaseline, role: RolePlan},
	{phrase: "mục tiêu", scope: cueBaseline, role: RolePlan},
	{phrase: "cùng kỳ kế hoạch", scope: cueBaseline, role: RolePlan},

	// Goals set in the figure's own clause.
	{phrase: "phấn đấu", scope: cueClause, role: RoleTarget, guard: notNow}, // but "để phấn đấu là năng suất hiện chỉ 2 tạ/ha"
	{phrase: "lên kế hoạch", scope: cueClause, role: RoleTarget},            // lên kế hoạch di dời 1.400 cơ sở
	{phrase: "mục tiêu", scope: cueClause, role: RoleTarget, guard: goalNotMet},
	{phrase: "dự toán", scope: cueClause, role: RoleTarget, guard: setNotDone},  // dự toán thu ngân sách là 820 tỷ đồng
	{phrase: "kế hoạch", scope: cueClause, role: RoleTarget, guard: planIs},     // kế hoạch vốn năm nay là 560 tỷ đồng
	{phrase: "chỉ tiêu", scope: cueClause, role: RoleTarget, guard: setNotDone}, // chỉ tiêu đề ra là 150 đảng viên

	// A clause about a target.
	{phrase: "chỉ tiêu", scope: cueTopic, role: RoleTarget, guard: topicNotDone},
	{phrase: "mục tiêu", scope: cueTopic, role: RoleTarget, guard: topicNotDone},

	// A sentence that sets goals.
	{phrase: "phấn đấu", scope: cueSentence, role: RoleTarget},
	{phrase: "mục tiêu", scope: cueSentence, role: RoleTarget, guard: goalNotMet},
	{phrase: "định hướng", scope: cueSentence, role: RoleTarget, guard: steers},
	{phrase: "đặt kế hoạch", scope: cueSentence, role: RoleTarget}, // công ty đặt kế hoạch doanh thu 1.600 tỷ đồng, lãi 90 tỷ đồng
	{phrase: "đặt ra kế hoạch", scope: cueSentence, role: RoleTarget},
	{phrase: "đến năm", scope: cueSentence, role: RoleTarget, guard: horizon},         // đến năm 2030, tỷ lệ … đạt 100%
	{phrase: "từ nay đến", scope: cueSentence, role: RoleTarget},                      // từ nay đến năm 2030, …
	{phrase: "theo kế hoạch", scope: cueSentence, role: RoleTarget, guard: planAhead}, // Theo kế hoạch, quận sẽ xây 3 trường
	{phrase: "theo đề án", scope: cueSentence, role: RoleTarget, guard: planAhead},
	{phrase: "theo quy hoạch", scope: cueSentence, role: RoleTarget, guard: planAhead},
	{phrase: "theo phương án", scope: cueSentence, role: RoleTarget, guard: planAhead},
	{phrase: "theo dự kiến", scope: cueSentence, role: RoleTarget, guard: planAhead},

	// A sentence that goes on with the plan before it.
	{phrase: "theo đó", scope: cueCarry, role: RoleTarget},
	{phrase: "cụ thể", scope: cueCarry, role: RoleTarget},
	{phrase: "trong đó", scope: cueCarry, role: RoleTarget},
	{phrase: "đồng thời", scope: cueCarry, role: RoleTarget},
	{phrase: "về", scope: cueCarry, role: RoleTarget},
	{phrase: "đối với", scope: cueCarry, role: RoleTarget},

	// A sentence that adopts a plan.
	{phrase: "thông qua", scope: cueAdopt, role: RoleTarget, guard: adoptsPlan},
	{phrase: "phê duyệt", scope: cueAdopt, role: RoleTarget, guard: adoptsPlan},
	{phrase: "biểu quyết", scope: cueAdopt, role: RoleTarget, guard: adoptsPlan},

	// What a percentage is a share of, right after it ("bội chi bằng 3,6%
	// GDP", "chiếm 28% trong GRDP"): never a growth rate.
	{phrase: "gdp", scope: cueShareOf, role: RoleAmount, pct: true, share: true},
	{phrase: "grdp", scope: cueShareOf, role: RoleAmount, pct: true, share: true},
	{phrase: "tổng sản phẩm", scope: cueShareOf, role: RoleAmount, pct: true, share: true},

	// A purpose or a wish.
	{phrase: "để đạt được", scope: cueAim, role: RoleTarget},
	{phrase: "để đạt", scope: cueAim, role: RoleTarget},
	{phrase: "nếu muốn", scope: cueAim, role: RoleTarget},
	{phrase: "muốn đạt", scope: cueAim, role: RoleTarget},

	// A plan spelled out in brackets after it.
	{phrase: "kế hoạch", scope: cueParen, role: RoleTarget},
	{phrase: "kh", scope: cueParen, role: RoleTarget},
	{phrase: "dự toán", scope: cueParen, role: RoleTarget},
	{phrase: "chỉ tiêu", scope: cueParen, role: RoleTarget},
	{phrase: "mục tiêu", scope: cueParen, role: RoleTarget},

	// A share named in the figure's clause, which the measure may have
	// lost to a parenthesis ("đóng góp của năng suất các nhân tố tổng hợp
	// (TFP) vào tăng trưởng đạt 41%").
	{phrase: "đóng góp", scope: cueClause, role: RoleAmount, pct: true, share: true},

	// The measure: a share, or a rate of increase.
	{phrase: "đóng góp", scope: cueMeasure, role: RoleAmount, share: true},
	{phrase: "tỷ trọng", scope: cueMeasure, role: RoleAmount, share: true},
	{phrase: "tỉ trọng", scope: cueMeasure, role: RoleAmount, share: true},
	{phrase: "tốc độ tăng", scope: cueMeasure, role: RoleChange},
	{phrase: "mức tăng", scope: cueMeasure, role: RoleChange},
	{phrase: "tỷ lệ tăng", scope: cueMeasure, role: RoleChange},
	{phrase: "tỉ lệ tăng", scope: cueMeasure, role: RoleChange},
	{phrase: "tăng trưởng", scope: cueMeasure, role: RoleChange, guard: opensMeasure}, // tăng trưởng tín dụng đạt 9,6%

	// A sentence about the time ahead.
	{phrase: "năm tới", scope: cueOpening, role: RoleTarget},
	{phrase: "thời gian tới", scope: cueOpening, role: RoleTarget},
	{phrase: "giai đoạn tới", scope: cueOpening, role: RoleTarget},
	{phrase: "nhiệm kỳ tới", scope: cueOpening, role: RoleTarget},
	{phrase: "6 tháng cuối năm", scope: cueOpening, role: RoleTarget}, // 6 tháng cuối năm 2024, …: the half ahead
	{phrase: "sáu tháng cuối năm", scope: cueOpening, role: RoleTarget},
	{phrase: "tháng cuối năm", scope: cueOpening, role: RoleTarget}, // (những) tháng cuối năm, …
	{phrase: "các tháng cuối năm", scope: cueOpening, role: RoleTarget},
}

// Cue phrases that are not looked up in roleCues but name a structural
// rule, for [Figure.RoleCue].
const (
	cueRatio      = "a/b"           // "19/19 chỉ tiêu"
	cueTaskList   = "task list"     // an item of "… các nhiệm vụ sau:"
	cueListed     = "listed change" // "giảm 5%, 10%": shares the change before
	cueEquivalent = "equivalent"    // "giảm 120 hộ, tương đương 1,2%": the change before told again
	cueSharedGoal = "shared goal"   // "dự toán thu … là 86 tỷ, chi 74 tỷ"
	cueGrowth     = "growth rate"   // a percentage of a growth measure
	cueLevelFrom  = "level from"    // "nâng … từ 42% lên 45%": the level a goal starts from
)

// notMet rejects a goal word that reports a goal met or missed: "hoàn
// thành mục tiêu", "đạt mục tiêu", "không đạt mục tiêu đề ra", also
// with a word of metDeterminers between ("hoàn thành các mục tiêu",
// "hoàn thành kế hoạch mục tiêu").
func notMet(low string, at, _, _ int) bool {
	for range 3 { // "hoàn thành tốt các mục tiêu": two words between
		for _, w := range metVerbs {
			if _, ok := endsWithWord(low, at, w); ok {
				return false
			}
		}
		moved := false
		for _, d := range metDeterminers {
			if s, ok := endsWithWord(low, at, d); ok {
				at, moved = s, true
				break
			}
		}
		if !moved {
			break
		}
	}
	return true
}

// metDeterminers may stand between a verb of metVerbs and the goal it
// met: "đạt được những mục tiêu", "hoàn thành tốt mục tiêu", "đạt xấp
// xỉ mục tiêu".
var metDeterminers = [...]string{"tất cả các", "các", "những", "mọi", "kế hoạch", "tốt", "cơ bản", "xấp xỉ", "gần"}

// multipleFig accepts "bằng" before a multiple ("bằng 6,4 lần năm
// 2019"), which compares as "gấp" does; before a percentage or an amount
// ("bằng 108% dự toán", "bằng 3,6% GDP") it decides no role.
func multipleFig(low string, _, _, fig int) bool {
	j := fig
	for j < len(low) && j < fig+16 && !textscan.IsDigit(low[j]) {
		j++ // a bound: "bằng gần 17 lần"
	}
	for j < len(low) && (textscan.IsDigit(low[j]) || (low[j] == ',' || low[j] == '.') && j+1 < len(low) && textscan.IsDigit(low[j+1])) {
		j++
	}
	return textscan.HasWordAt(low, textscan.SkipSpacesQuotes(low, j), "lần")
}

// opensRange accepts "tăng từ"/"giảm từ" when the figure at fig opens a
// range of the change ("giảm từ 1,5-2%", "tăng từ 5% đến 7%"), not the
// level a change starts from ("giảm từ 4,2% xuống 2,9%", "tăng từ 20
// đến 50 triệu đồng").
func opensRange(low string, _, _, fig int) bool {
	j := fig
	for j < len(low) && (textscan.IsDigit(low[j]) || low[j] == ',' || low[j] == '.' && j+1 < len(low) && textscan.IsDigit(low[j+1])) {
		j++
	}
	j = textscan.SkipSpacesQuotes(low, j)
	if j < len(low) && low[j] == '%' {
		j = textscan.SkipSpacesQuotes(low, j+1)
	}
	pct := false // "đến" joins the ends of a range of percentages only:
	// "tăng từ 20 đến 50 triệu đồng" may read from one level to another
	switch {
	case strings.HasPrefix(low[j:], "-"):
		j++
	case textscan.HasWordAt(low, j, "đến"):
		j, pct = j+len("đến"), true
	default:
		return false
	}
	j = textscan.SkipSpacesQuotes(low, j)
	if j == len(low) || !textscan.IsDigit(low[j]) {
		return false
	}
	for j < len(low) && (textscan.IsDigit(low[j]) || low[j] == ',' || low[j] == '.' && j+1 < len(low) && textscan.IsDigit(low[j+1])) {
		j++
	}
	return !pct || strings.HasPrefix(low[textscan.SkipSpacesQuotes(low, j):], "%")
}

// metVerbs report a goal met, or not met.
var metVerbs = [...]string{"hoàn thành", "đạt", "vượt", "đạt được"}

// setNotDone accepts a plan word that sets its clause's figure ("dự toán
// thu ngân sách năm 2024 là 13.560 tỷ đồng") in a clause that reports no
// result: none of doneVerbs, and not a count of targets ("trong tổng số
// 28 chỉ tiêu").
func setNotDone(low string, at, cl, fig int) bool {
	if pre := trimRightSpaces(low, at); pre > cl && (textscan.IsDigit(low[pre-1]) || hasSuffixWord(low[cl:pre], "số")) {
		return false
	}
	own := low[cl:fig]
	if strings.Contains(own, "tăng trưởng") {
		// "chỉ tiêu tăng trưởng GRDP 7,2%": growth named, no rise
		// reported.
		own = strings.ReplaceAll(own, "tăng trưởng", "tăngtrưởng")
	}
	for _, w := range doneVerbs {
		if k := textscan.IndexWord(own, w); k >= 0 && !(w == "được" && textscan.HasWordAt(own, textscan.SkipSpacesQuotes(own, k+len(w)), "giao")) {
			return false // but "được giao chỉ tiêu …" sets it
		}
	}
	return true
}

// doneVerbs report a result rather than set a goal.
var doneVerbs = [...]string{"đạt", "vượt", "hoàn thành", "bằng", "so với", "tăng", "giảm", "thực hiện", "được"}

// topicNotDone accepts a target word that opens a clause reporting no
// result up to the figure ("chỉ tiêu giảm thiểu 90%"), unlike "chỉ tiêu
// thu ngân sách đạt 102%".
func topicNotDone(low string, at, _, fig int) bool {
	if at >= fig {
		return false
	}
	own := low[at:fig]
	return textscan.IndexWord(own, "đạt") < 0 && textscan.IndexWord(own, "vượt") < 0 && textscan.IndexWord(own, "hoàn thành") < 0
}

// planNouns are what a sentence adopts for the time ahead.
// A resolution or programme may as well set rules, and a zoning plan
// (quy hoạch) states areas: the plan needs one of these.
var planNouns = [...]string{"kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu", "chủ trương đầu tư"}

// accountNouns make an adopted document an account of the past: "thông
// qua quyết toán ngân sách", "phê duyệt kết quả".
var accountNouns = [...]string{"quyết toán", "kết quả", "tình hình", "báo cáo"}

// adoptsPlan accepts an adopting verb in the sentence low[cl:fig] that
// names a plan (planNouns) after it and no account (accountNouns).
func adoptsPlan(low string, at, cl, fig int) bool {
	for _, a := range accountNouns {
		if textscan.IndexWord(low[cl:fig], a) >= 0 {
			return false
		}
	}
	for _, p := range planNouns {
		if textscan.IndexWord(low[at:fig], p) >= 0 {
			return true
		}
	}
	return false
}

// growthOwn accepts a cue of growth at low[at:] in the clause from cl
// that the percentage at fig is the rate of: no other percentage stands
// between them ("tăng trưởng 6,5% và lạm phát 4%"), nor a word that
// makes it a share (growthShares), and growth is not what something
// goes to ("đầu tư cho tăng trưởng").
func growthOwn(low string, at, _, fig int) bool {
	gap := low[at:fig]
	if strings.IndexByte(gap, '%') >= 0 {
		return false
	}
	for _, w := range growthShares {
		if textscan.IndexWord(gap, w) >= 0 {
			return false
		}
	}
	_, into := endsWithWord(low, at, "vào")
	_, to := endsWithWord(low, at, "cho")
	return !into && !to
}

// growthShares make the percentage after a growth cue a share of it:
// "tăng trưởng của tỉnh, công nghiệp chiếm 40%".
var growthShares = [...]string{"chiếm", "tỷ trọng", "tỉ trọng", "đóng góp"}

// opensMeasure accepts a cue that opens the measure: "tăng trưởng tín
// dụng", not "đóng góp vào tăng trưởng".
func opensMeasure(_ string, at, _, _ int) bool { return at == 0 }

// targetNouns name a measure that is itself a goal: a figure a row of them
// made a target stays one, whatever it moves from.
var targetNouns = [...]string{"chỉ tiêu", "mục tiêu", "dự toán", "kế hoạch"}

// goalNoun reports whether the cue phrase that decided a role is one of
// targetNouns.
func goalNoun(phrase string) bool { return slices.Contains(targetNouns[:], phrase) }

// shareCue reports whether the cue phrase that decided a figure's role
// reads it as a share (a row with share set), which no growth measure
// makes a change.
func shareCue(phrase string) bool {
	if phrase == "" {
		return false
	}
	for k := range roleCues {
		if roleCues[k].share && roleCues[k].phrase == phrase {
			return true
		}
	}
	return false
}

// measureCue returns the first row of cueMeasure that is a word of the
// lower-case measure low and whose guard holds, or nil.
func measureCue(low string) *roleCue {
	for _, c := range measureCues {
		if k := textscan.IndexWord(low, c.phrase); k >= 0 && (c.guard == nil || c.guard(low, k, 0, len(low))) {
			return c
		}
	}
	return nil
}

// horizon accepts "đến năm" before a year, the horizon of a plan ("đến
// năm 2030, tỷ lệ … đạt 100%"), not after "tính" (a date counted to:
// "tính đến năm 2024"), nor after a year or "từ" (a span: "năm 2011 có
// …, đến năm 2016 giảm …"), nor with "đã" before the figure (work done).
func horizon(low string, at, cl, fig int) bool {
	y := textscan.SkipSpacesQuotes(low, at+len("đến năm"))
	if _, e := digitsAfter(low, y); e-y != 4 {
		return false
	}
	if _, ok := endsWithWord(low, at, "tính"); ok || textscan.IndexWord(low[cl:at], "từ") >= 0 || hasYear(low[cl:at]) {
		return false
	}
	return fig <= y || textscan.IndexWord(low[y:fig], "đã") < 0
}

// futureWords say that what a plan sets is still to come.
var futureWords = [...]string{"sẽ", "dự kiến"}

// planAhead accepts a plan named at the opening of its sentence or of a
// clause after a comma ("Theo kế hoạch, …", "Theo đề án, …") when the sentence looks ahead to the
// figure (futureWords) and reports nothing done ("đã"): "Theo đề án, đến
// năm 2026 thành phố sẽ có 80 cán bộ được đào tạo", not "Theo kế hoạch,
// quận đã giải ngân 120 tỷ đồng".
func planAhead(low string, at, sent, fig int) bool {
	opens := at == textscan.SkipSpacesQuotes(low, sent)
	if p := trimRightSpaces(low, at); !opens && p > sent && low[p-1] == ',' {
		opens = true // "Để đáp ứng nhu cầu, theo kế hoạch, ngân hàng sẽ tuyển …"
	}
	if !opens || fig <= at || textscan.IndexWord(low[at:fig], "đã") >= 0 {
		return false
	}
	for _, w := range futureWords {
		if textscan.IndexWord(low[at:fig], w) >= 0 {
			return true
		}
	}
	return false
}

// hasYear reports whether s has a number of four digits from 1900 to 2100.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if textscan.IsDigit(s[i]) && (i == 0 || !textscan.IsDigit(s[i-1])) {
			if n, e := digitsAfter(s, i); e-i == 4 && n >= 1900 && n <= 2100 {
				return true
			}
		}
	}
	return false
}

// hasSuffixWord reports whether s, without trailing spaces, ends with the word w.
func hasSuffixWord(s, w string) bool {
	_, ok := endsWithWord(s, len(s), w)
	return ok
}

// hasSuffixAnyWord reports whether s ends with one of words, as
// hasSuffixWord does; the spaces at the end are trimmed once for all.
func hasSuffixAnyWord(s string, words []string) bool {
	i := trimRightSpaces(s, len(s))
	for _, w := range words {
		// The last byte first, here rather than in a call for each word.
		if i > 0 && len(w) > 0 && w[len(w)-1] != s[i-1] {
			continue
		}
		if _, ok := endsWithWordAt(s, i, w); ok {
			return true
		}
	}
	return false
}

// The rows of each scope, indexed for the lookups of role.go.
var (
	verbCues     = cuesByLastByte(cueVerb)
	baselineCues = cuesOf(cueBaseline)
	clauseCues   = cuesOf(cueClause)
	topicCues    = cuesOf(cueTopic)
	sentenceCues = cuesOf(cueSentence)
	openingCues  = cuesOf(cueOpening)
	measureCues  = cuesOf(cueMeasure)
	carryCues    = cuesOf(cueCarry)
	adoptCues    = cuesOf(cueAdopt)
	shareOfCues  = cuesOf(cueShareOf)
	parenCues    = cuesOf(cueParen)
	aimCues      = cuesOf(cueAim)
)

func cuesOf(s cueScope) []*roleCue {
	var out []*roleCue
	for k := range roleCues {
		if roleCues[k].scope == s {
			out = append(out, &roleCues[k])
		}
	}
	return out
}

// cuesByLastByte indexes the rows of a scope by the last byte of their
// phrase: a phrase ends at i only if its last byte is low[i-1].
func cuesByLastByte(s cueScope) (m [256][]*roleCue) {
	for _, c := range cuesOf(s) {
		b := c.phrase[len(c.phrase)-1]
		m[b] = append(m[b], c)
	}
	return m
}

package indicators

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// Task lists: a directive that sets out tasks ("yêu cầu … tập trung thực
// hiện tốt các nhiệm vụ sau:", "đề ra các nhiệm vụ, giải pháp:") makes
// the figures of the tasks it lists goals: "- … kết nạp đủ 20 đảng viên"
// is a target, not an amount reached.

// maxSpans bounds the spans a spans records; a text with more keeps the
// first ones.
const maxSpans = 8

// spans is a short list of [start, end) spans of the text, in order.
type spans struct {
	s [maxSpans][2]int
	n int
}

// add records the span [s, e) if it is not empty and there is room.
func (sp *spans) add(s, e int) {
	if e > s && sp.n < maxSpans {
		sp.s[sp.n] = [2]int{s, e}
		sp.n++
	}
}

// in reports whether i is inside one of the spans. Calls come in text
// order, so the spans before i are dropped as they are passed.
func (sp *spans) in(i int) bool {
	for sp.n > 0 && sp.s[0][1] <= i {
		copy(sp.s[:], sp.s[1:sp.n])
		sp.n--
	}
	return sp.n > 0 && sp.s[0][0] <= i
}

// taskNouns end the lead-in of a task list, before the words of
// taskQualifiers: "các nhiệm vụ trọng tâm sau:", "nhóm nhiệm vụ, giải pháp:".
var taskNouns = [...]string{"nhiệm vụ", "giải pháp"}

var taskQualifiers = [...]string{
	"sau đây", "như sau", "sau", "trọng tâm", "trọng điểm", "chủ yếu", "cụ thể", "cơ bản", "chính",
	"lớn", "quan trọng", "chủ chốt", "thời gian tới", "trong thời gian tới", "cấp bách",
}

// taskCues show that a lead-in looks ahead, to work still to do.
var taskCues = [...]string{
	"yêu cầu", "đề nghị", "chỉ đạo", "đề ra", "cần", "phải", "sẽ", "tập trung", "thời gian tới",
	"năm tới", "phương hướng", "nhấn mạnh", "lưu ý", "quán triệt",
}

// taskLists finds the task lists of t (low is its lower case): the text
// after a lead-in's colon to the end of its line, and when the colon ends
// the line, the list items on the lines below (see listItem), blank lines
// between them or not.
//
// A lead-in is the sentence before a colon that ends with a task noun
// ("nhiệm vụ", "giải pháp", maybe with "trọng tâm", "sau" …) and looks
// ahead: it has a word of taskCues, or sets the tasks ("đã đề ra", "đã
// thông qua", "đã xác định"), and it has no "kết quả", nor "đã" for work
// done ("Quận ủy đã tập trung chỉ đạo nhiều nhiệm vụ lớn:").
func taskLists(t, low string) spans {
	var sp spans
	for off := 0; off < len(low); {
		k := strings.IndexByte(low[off:], ':')
		if k < 0 {
			break
		}
		p := off + k
		off = p + 1
		lead := taskLeadIn(t, low, p)
		if lead == noLeadIn {
			continue
		}
		le := textscan.LineEnd(low, p)
		if strings.Trim(low[p+1:le], " ") != "" {
			if lead == directLead {
				// "Đồng chí đề nghị: các xã …": the one sentence directed.
				le = min(le, sentenceEnd(t, p+1))
			}
			sp.add(p+1, le) // "… các nhiệm vụ: một là, …; hai là, …"
			off = le
			continue
		}
		// The items below.
		end := -1
		for i, j := range textscan.Lines(low, le+1) {
			s := strings.Trim(low[i:j], " ")
			if s != "" {
				if !listItem(s) {
					break
				}
				end = j
			}
		}
		if end > le {
			sp.add(le+1, end)
			off = end
		}
	}
	return sp
}

// A leadIn is what a colon ends: no lead-in, the lead-in of a task list
// (see taskLeadIn) or a directive (see directLeadIn).
type leadIn uint8

const (
	noLeadIn leadIn = iota
	taskLead
	directLead
)

// sentenceEnd returns where the sentence holding t[i] ends: after its
// '.', '!' or '?', or at the line end.
func sentenceEnd(t string, i int) int {
	for j := i; j < len(t); j++ {
		switch t[j] {
		case '\n':
			return j
		case '.', '!', '?':
			if j+1 == len(t) || t[j+1] == ' ' || t[j+1] == '\n' || t[j+1] == '"' {
				return j + 1
			}
		case ellipsisLast:
			if ellipsisEnds(t, j) {
				return j + 1
			}
		}
	}
	return len(t)
}

// taskLeadIn tells whether the colon at low[p] ends the lead-in of a
// task list, or a directive whose tasks follow.
func taskLeadIn(t, low string, p int) leadIn {
	// The task noun stands within the last few words: look for it first.
	if w := low[max(0, p-64):p]; !strings.Contains(w, "nhiệm vụ") && !strings.Contains(w, "giải pháp") {
		if directLeadIn(t, low, p) {
			return directLead
		}
		if goalLeadIn(t, low, p) {
			return taskLead
		}
		return noLeadIn
	}
	e := trimRightSpaces(low, p)
	for range 3 {
		moved := false
		for _, q := range taskQualifiers {
			if s, ok := endsWithWordAt(low, e, q); ok {
				e, moved = trimRightSpaces(low, s), true
				break
			}
		}
		if e >= 4 && yearDigits(low[e-4:e]) && (e == 4 || !wordByte[low[e-5]]) {
			// "phương hướng, nhiệm vụ năm 2025:"
			e, moved = trimRightSpaces(low, e-4), true
			if s, ok := endsWithWordAt(low, e, "năm"); ok {
				e = trimRightSpaces(low, s)
			}
		}
		if !moved {
			break
		}
	}
	noun := false
	for _, w := range taskNouns {
		if _, ok := endsWithWordAt(low, e, w); ok {
			noun = true
			break
		}
	}
	if !noun {
		if directLeadIn(t, low, p) {
			return directLead
		}
		if goalLeadIn(t, low, p) {
			return taskLead
		}
		return noLeadIn
	}
	sent, _, _ := bounds(t, p) // at most p: a sentence holds the noun before the colon
	in := low[sent:p]
	if textscan.IndexWord(in, "kết quả") >= 0 {
		return noLeadIn
	}
	if textscan.IndexWord(in, "đã") >= 0 {
		// Work done, unless what was done is to set the tasks.
		if textscan.IndexWord(in, "đề ra") >= 0 || textscan.IndexWord(in, "thông qua") >= 0 || textscan.IndexWord(in, "xác định") >= 0 {
			return taskLead
		}
		return noLeadIn
	}
	for _, w := range taskCues {
		if textscan.IndexWord(in, w) >= 0 {
			return taskLead
		}
	}
	return noLeadIn
}

// goalNouns name the goals that a list sets out.
var goalNouns = [...]string{"chỉ tiêu", "mục tiêu"}

// goalSetters make a goal noun after them the goals of a list:
// "Một số chỉ tiêu chủ yếu …:", "các mục tiêu cụ thể:", "Đại hội đề ra
// mục tiêu nhiệm kỳ 2025 - 2030:".
var goalSetters = [...]string{"các", "một số", "những", "với", "đề ra", "đặt ra", "thông qua"}

// settingVerbs, after "đã", report goals set rather than work done: "Kỳ
// họp đã thông qua nghị quyết … với các chỉ tiêu:".
var settingVerbs = [...]string{"đề ra", "đặt ra", "thông qua", "xác định", "thống nhất", "phê duyệt", "biểu quyết"}

// goalResults make a lead-in report goals met or missed, not set: "kết
// quả thực hiện các chỉ tiêu:", "đã đạt nhiều chỉ tiêu:".
var goalResults = [...]string{
	"kết quả", "đạt", "đã", "vượt", "hoàn thành", "chưa", "không", "thực hiện", "tình hình", "vừa qua", "năm qua",
	"nhiệm kỳ qua",
}

// goalAhead show that a lead-in with a goal noun looks ahead, to goals
// set for a period to come: "các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030:",
// "đề ra các mục tiêu cụ thể:", "hướng tới năm 2026 với các chỉ tiêu:".
var goalAhead = [...]string{
	"đề ra", "đặt ra", "phấn đấu", "đến năm", "kế hoạch", "tới", "hướng tới", "giai đoạn", "nhiệm kỳ",
	"thông qua", "thống nhất", "xác định", "cần", "sẽ",
}

// goalLeadIn reports whether the colon at low[p] ends the lead-in of a
// list of goals: a short sentence with a goal noun after a word of
// goalSetters or before a qualifier ("Một số chỉ tiêu chủ yếu của Đảng
// bộ tỉnh nhiệm kỳ 2025 - 2030:", "Huyện đề ra các mục tiêu cụ thể:"), a
// word of goalAhead and none of goalResults ("Một số chỉ tiêu cụ thể
// của năm:" may list results).
func goalLeadIn(t, low string, p int) bool {
	w := low[max(0, p-160):p]
	noun := false
	for _, n := range goalNouns {
		noun = noun || strings.Contains(w, n)
	}
	if !noun {
		return false // the goal noun stands within the last few words
	}
	sent, _, _ := bounds(t, p)
	if sent >= p || strings.Count(low[sent:p], " ") > 24 {
		return false
	}
	in := low[sent:p]
	for _, r := range goalResults {
		if k := textscan.IndexWord(in, r); k >= 0 && !(r == "đã" && setsGoals(in[k+len(r):])) {
			return false
		}
	}
	ahead := false
	for _, a := range goalAhead {
		if textscan.IndexWord(in, a) >= 0 {
			ahead = true
			break
		}
	}
	if !ahead {
		return false
	}
	for _, n := range goalNouns {
		k := textscan.IndexWord(in, n)
		if k < 0 {
			continue
		}
		for _, g := range goalSetters {
			if _, ok := endsWithWord(in, k, g); ok {
				return true
			}
		}
		a := textscan.SkipSpacesQuotes(in, k+len(n))
		for _, q := range taskQualifiers {
			if textscan.HasWordAt(in, a, q) {
				return true
			}
		}
	}
	return false
}

// setsGoals reports whether s, the words after "đã", opens with one of
// settingVerbs ("đã thông qua", "đã đề ra"): goals set, not work done.
func setsGoals(s string) bool {
	k := textscan.SkipSpacesQuotes(s, 0)
	for _, v := range settingVerbs {
		if textscan.HasWordAt(s, k, v) {
			return true
		}
	}
	return false
}

// directLeadIn reports whether the colon at low[p] ends a directive whose
// tasks follow: a speaker and a directive verb, maybe with whom it
// directs, and nothing else ("Đồng chí yêu cầu:", "Bí thư Huyện ủy đề
// nghị các cấp ủy, chính quyền:").
func directLeadIn(t, low string, p int) bool {
	// The verb stands within the last few words: look for it first.
	w := low[max(0, p-96):p]
	if !strings.Contains(w, "yêu cầu") && !strings.Contains(w, "đề nghị") {
		return false
	}
	sent, _, _ := bounds(t, p)
	if sent >= p {
		return false
	}
	in := low[sent:p]
	for _, w := range directWords {
		k := strings.LastIndex(in, w)
		if k < 0 || !isDirective(low, sent, sent+k, w) {
			continue
		}
		// Whom it directs: a few words without figures or verbs of work done.
		rest := in[k+len(w):]
		if strings.Count(rest, " ") > 8 || taskItemStops.containsAny(rest) ||
			textscan.IndexWord(rest, "đã") >= 0 || textscan.IndexWord(in, "kết quả") >= 0 {
			return false
		}
		return true
	}
	return false
}

// listItem reports whether the trimmed lower-case line s opens with the
// mark of a list item: a bullet ("- ", "+ ", "• "; the normalised text
// has en and em dashes as '-'), a number or letter ("1.", "2)", "a)") or
// a word ("Một là,", "Thứ hai,").
func listItem(s string) bool {
	switch {
	case strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") || strings.HasPrefix(s, "*") ||
		strings.HasPrefix(s, "•") || strings.HasPrefix(s, "·"):
		return true
	case textscan.IsDigit(s[0]):
		_, e := digitsAfter(s, 0)
		return e <= 2 && e+1 < len(s) && (s[e] == '.' || s[e] == ')') && s[e+1] == ' '
	case 'a' <= s[0] && s[0] <= 'z' && len(s) > 2 && s[1] == ')' && s[2] == ' ':
		return true
	}
	return wordItem(s)
}

// wordItem reports whether the lower-case line s opens with a list item's
// mark written in words and a comma, colon or stop: a count and "là"
// ("Một là,", "hai là:") or "thứ" and an ordinal ("Thứ nhất,", "thứ
// hai."), the number words read by vntext's CountWord and OrdinalWord.
func wordItem(s string) bool {
	e1 := textscan.LetterEnd(s, 0)
	if e1 == 0 || e1 >= len(s) || s[e1] != ' ' {
		return false
	}
	e2 := textscan.LetterEnd(s, e1+1)
	if e2 == e1+1 || e2 >= len(s) || strings.IndexByte(",:.", s[e2]) < 0 {
		return false
	}
	w1, w2 := s[:e1], s[e1+1:e2]
	if _, ok := vntext.CountWord(w1); ok && w2 == "là" {
		return true
	}
	_, ok := vntext.OrdinalWord(w2)
	return ok && w1 == "thứ"
}

package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// chooseAnchor picks the mention of the meeting the report is about: the
// first meeting named in the lead in a sentence that gives its day, else the
// first meeting named in the lead or in the headline, else the first
// occasion ("lễ công bố", "cuộc họp") named in the lead. A meeting named only
// further down is not what the report is about.
func (p *parser) chooseAnchor(events []event, leadStart, leadEnd int) *event {
	var firstLead, firstTitle, weakLead, earlier *event
	weakDated := false // weakLead's sentence names its day
	var days [4]vntext.DayMention
	for i := range events {
		ev := &events[i]
		if ev.excluded || !hasLower(p.doc.Text[ev.start:ev.end]) {
			continue // another body's meeting, or a ticker: "ĐẠI HỘI ĐẢNG"
		}
		inLead := ev.start >= leadStart && ev.start < leadEnd
		if ev.weak {
			if inLead && !weakDated {
				// The first occasion in the lead, or a later one whose
				// sentence names its day: "Tại phiên họp bất thường …, 90/91
				// đại biểu …" before "Sáng 24-1, … tổ chức phiên họp bất
				// thường".
				ss, se := sentenceBounds(p.doc.Text, ev.start, leadStart, p.end)
				if p.comesNext(ss, ev.start) {
					continue // "… sẽ trao quyết định cho ông …": an occasion to come
				}
				for _, dm := range p.doc.AppendDays(days[:0], ss, se) {
					weakDated = weakDated || dm.Cued
				}
				if weakLead == nil || weakDated {
					weakLead = ev
				}
			}
			continue
		}
		if inLead {
			ss, se := sentenceBounds(p.doc.Text, ev.start, leadStart, p.end)
			if p.toCome(ss, ev.start) {
				continue // "sẽ được thực hiện tại kỳ họp …": a meeting to come
			}
			if p.afterWhen(ss, ev.start) || p.topicOfOther(ss, ev.start) {
				continue // "ngay sau khi Đại hội … bế mạc, …": the meeting before
			}
			if p.toldBefore(ss) {
				// "Trước đó, ngày 2/2, Hội nghị … đã cử ông Hòa …": an
				// earlier meeting, the report's only if it names no other.
				if earlier == nil {
					earlier = ev
				}
				continue
			}
			for _, dm := range p.doc.AppendDays(days[:0], ss, se) {
				if dm.Cued {
					return ev
				}
			}
			if firstLead == nil {
				firstLead = ev
			}
		} else if ev.start < leadStart && firstTitle == nil {
			if ss, _ := sentenceBounds(p.doc.Text, ev.start, 0, leadStart); !p.topicOfOther(ss, ev.start) {
				firstTitle = ev
			}
		}
	}
	// "Chiều 12/4, Ban Thường vụ Quận ủy họp phiên thường kỳ …" before
	// "Chủ trì hội nghị: …": the dated meeting comes first, though its
	// word is weak.
	if weakDated && (firstLead == nil || weakLead.start < firstLead.start) {
		return weakLead
	}
	for _, ev := range []*event{firstLead, firstTitle, weakLead, earlier} {
		if ev != nil {
			return ev
		}
	}
	return nil
}

// datedAfterLead returns, for a report whose lead and headline name no
// meeting, the first meeting named soon after with its day in its
// sentence and the body that holds it: "Chiều 18-3, UBND phường Kim Liên
// tổ chức hội nghị …" after a sapo and a subheading.
func (p *parser) datedAfterLead(places []place, events []event, leadEnd int) *event {
	var days [4]vntext.DayMention
	for i := range events {
		ev := &events[i]
		if ev.start < leadEnd || ev.excluded || ev.weak || ev.start > leadEnd+1500 {
			continue
		}
		ss, _ := sentenceBounds(p.doc.Text, ev.start, leadEnd, p.end)
		for _, dm := range p.doc.AppendDays(days[:0], ss, ev.start) {
			if !dm.Cued || hasWords(p.doc.Text[ss:dm.Start], 3) {
				continue // the sentence must open on the day: "Chiều 18-3, …"
			}
			if _, ok := p.subjectOf(places, ev, ss); ok || ev.hasBody {
				return ev
			}
		}
	}
	return nil
}

// toCome reports whether the sentence from ss speaks of the meeting at i
// as to come: "sẽ" before it, not followed by a past marker ("11 dự án sẽ
// làm thay đổi … vừa được thông qua tại kỳ họp").
func (p *parser) toCome(ss, i int) bool {
	c := p.doc.Lower[ss:i]
	k := strings.LastIndex(c, " sẽ ")
	if k < 0 {
		return false
	}
	for _, w := range [...]string{"vừa", "đã"} {
		if textscan.ContainsWord(c[k:], w) {
			return false
		}
	}
	// "… sẽ tiếp tục xuống đường Chiều 14/6, Quận ủy … tổ chức hội nghị":
	// a caption run into the lead; the day after "sẽ" opens the news.
	var days [4]vntext.DayMention
	for _, dm := range p.doc.AppendDays(days[:0], ss+k, i) {
		if dm.Cued && p.opensOnDay(dm.Start) {
			return false
		}
	}
	return true
}

// opensOnDay reports whether the day at Text[d:] opens a sentence run
// into another, as a capitalised part of the day and a comma do: "Chiều
// 14/6, Quận ủy …", not "sẽ gặp nhau vào ngày 16/7".
func (p *parser) opensOnDay(d int) bool {
	ws, we := prevWord(p.doc.Lower, d)
	if we <= ws || !isOneOf(p.doc.Lower[ws:we], []string{"sáng", "trưa", "chiều", "tối", "ngày"}) || !isUpperStart(p.doc.Text, ws) {
		return false
	}
	_, ok := p.skipDayPhrase(ws)
	return ok
}

// comesNext reports whether "sẽ" governs the occasion at i: it stands
// among the three words before it ("sẽ trao quyết định", "sẽ tổ chức họp
// báo", "sẽ có buổi làm việc"), in the same clause of the sentence from
// ss, where a "sẽ" further back may be a quote's ("nếu không sẽ ngưng
// thi công", said at a meeting held).
func (p *parser) comesNext(ss, i int) bool {
	l := p.doc.Lower
	for n := 0; n < 3 && i > ss; n++ {
		ws, we := prevWord(l, i)
		if we <= ws || ws < ss || strings.ContainsAny(l[we:i], ",;:.\"“”") {
			return false
		}
		if l[ws:we] == "sẽ" {
			return true
		}
		i = ws
	}
	return false
}

// otherEvents are events whose report names a meeting only as their
// topic: "tiếp xúc cử tri trước kỳ họp thứ 4 HĐND thành phố", "báo cáo kết
// quả kỳ họp" to voters. The meeting named after them in their sentence is
// not the report's.
var otherEvents = []string{"tiếp xúc cử tri", "tiếp xúc với cử tri"}

// topicOfOther reports whether Lower[ss:i], the sentence before a meeting
// word, names one of otherEvents.
func (p *parser) topicOfOther(ss, i int) bool {
	return containsAnyWord(p.doc.Lower[ss:i], otherEvents)
}

// toldBefore reports whether the sentence at Lower[ss:] opens on words
// that tell an earlier event (earlierOpenings): "Trước đó, …".
func (p *parser) toldBefore(ss int) bool {
	l := p.doc.Lower
	k := skipSpacePunct(l, ss, "")
	for _, w := range earlierOpenings {
		if textscan.PrefixWordAt(l, k, w) {
			return true
		}
	}
	return false
}

// earlierOpenings open a sentence that tells what came before the
// report's news: "Trước đó, ngày 6/1, …".
var earlierOpenings = []string{"trước đó"}

// afterWhen reports whether "sau khi", "trước khi" or "trước thềm" stands right before
// i: the meeting named there is the one before or after the report's, as in
// "ngay sau khi Đại hội … bế mạc, Ban Chấp hành … tổ chức Hội nghị lần thứ
// nhất" (where "sau khi khai mạc kỳ họp" names the report's own).
func (p *parser) afterWhen(ss, i int) bool {
	c := strings.TrimRight(p.doc.Lower[ss:i], " ")
	// Also a bare "Sau kỳ họp thứ 9 …, ngày 12/7, Quận ủy tổ chức Hội nghị".
	for _, w := range [...]string{"sau khi", "trước khi", "sau", "trước", "trước thềm"} {
		if strings.HasSuffix(c, w) && textscan.AtWordStart(c, len(c)-len(w)) {
			return true
		}
	}
	return false
}

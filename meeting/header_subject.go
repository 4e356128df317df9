package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// listedWith reports whether the text between two places lists organs
// with dashes ("UBND - Ủy ban MTTQ Việt Nam "), so that the place named
// after the last is the first's too.
func listedWith(between string) bool {
	return len(between) < 80 && strings.HasPrefix(strings.TrimLeft(between, " "), "-") && !strings.ContainsAny(between, ",;.")
}

// subjectOf returns the body named before ev in its sentence, the subject
// of "… tổ chức Hội nghị".
func (p *parser) subjectOf(places []place, ev *event, ss int) (place, bool) {
	var best place
	ok := false
	for i := range places {
		pl := &places[i]
		if pl.start < ss || pl.end > ev.start {
			continue
		}
		if pl.fam == famNone || pl.generic {
			continue
		}
		if ev.hasBody && !sameBody(&ev.body, pl) {
			continue
		}
		best, ok = *pl, true
	}
	if ok && best.locality == "" {
		// "Huyện ủy - HĐND - UBND - Ủy ban MTTQ huyện Hoài Ân tổ chức …":
		// organs listed together share the place named after the last.
		for i := range places {
			pl := &places[i]
			if pl.start >= best.end && pl.end <= ev.start && pl.locality != "" && pl.level != noLevel && !pl.generic &&
				(best.level == noLevel || best.level == pl.level) && listedWith(p.doc.Text[best.end:pl.start]) {
				best.level, best.locality = pl.level, pl.locality
			}
		}
	}
	return best, ok
}

// organPlace returns the first body with its organ, level and locality
// named in Text[ss:se]: "Tỉnh uỷ Hà Tĩnh", not "các huyện Chương Mỹ, Mỹ
// Đức".
func (p *parser) organPlace(places []place, ss, se int) (place, bool) {
	for i := range places {
		pl := &places[i]
		if pl.start < ss || pl.start >= se || pl.generic || pl.fam == famNone || pl.locality == "" || pl.level == noLevel {
			continue
		}
		if ws, we := prevWord(p.doc.Lower, pl.start); p.doc.Lower[ws:we] != "của" {
			return *pl, true // not a document's issuer: "quyết định … của UBND tỉnh"
		}
	}
	return place{}, false
}

// bareOrgan returns the first organ named with its level but no place in
// Text[ss:se] ("UBND tỉnh", "Ban Thường vụ Tỉnh ủy"), not a document's
// issuer, with the place of its level the article names most; ok is false
// when the article names none.
func (p *parser) bareOrgan(places []place, ss, se int) (b place, ok bool) {
	for i := range places {
		pl := &places[i]
		if pl.start < ss || pl.start >= se || pl.generic || pl.fam == famNone || pl.level == noLevel || pl.locality != "" {
			continue
		}
		if ws, we := prevWord(p.doc.Lower, pl.start); p.doc.Lower[ws:we] == "của" {
			continue
		}
		b = *pl
		p.completeBody(&b, places)
		return b, b.locality != ""
	}
	return place{}, false
}

// firstPlace returns the first place with its level and locality named in
// Text[ss:se].
func firstPlace(places []place, ss, se int) (place, bool) {
	for i := range places {
		pl := &places[i]
		if pl.start >= ss && pl.start < se && !pl.generic && pl.locality != "" && pl.level != noLevel {
			return *pl, true
		}
	}
	return place{}, false
}

// lowestPlace returns the lowest-level place named in Text[ss:se] or in
// the title span, preferring the sentence; present leaves out the places
// of posts held before (place.former).
func lowestPlace(places []place, ss, se, ts, te int, present bool) (place, bool) {
	var best place
	ok := false
	for _, span := range [][2]int{{ss, se}, {ts, te}} {
		for i := range places {
			pl := &places[i]
			if pl.start < span[0] || pl.start >= span[1] || pl.generic || pl.locality == "" || pl.level == noLevel || present && pl.former {
				continue
			}
			if !ok || levelRank[pl.level] < levelRank[best.level] {
				best, ok = *pl, true
			}
		}
		if ok {
			return best, true
		}
	}
	return best, ok
}

// fillBody fills what b leaves out from o, when o can be the same body.
func fillBody(b, o *place) {
	if b.fam != famNone && o.fam != famNone && b.fam != o.fam {
		// A Party body and its place: only the place name carries over.
		if b.level != noLevel && o.level != noLevel && b.level != o.level {
			return
		}
	}
	if b.level != noLevel && o.level != noLevel && b.level != o.level {
		return
	}
	if b.locality != "" && o.locality != "" && b.locality != o.locality {
		return
	}
	if b.level == noLevel {
		b.level = o.level
	}
	if b.locality == "" {
		b.locality = o.locality
	}
	if b.province == "" {
		b.province = o.province
	}
	if b.organ == nil {
		b.organ, b.fam = o.organ, o.fam
	}
	if b.fam == o.fam {
		mergeTail(&b.tail, &o.tail)
	}
}

// completeBody names the place of a body the text introduces without it
// ("Ban Chấp hành Đảng bộ Quận khóa XXV"): the place of that level the
// report names most often.
func (p *parser) completeBody(b *place, places []place) {
	if b.locality != "" {
		return
	}
	counts := map[string]int{}
	first := map[string]int{}
	levelOf := map[string]level{}
	for i := range places {
		pl := &places[i]
		if pl.locality == "" || pl.generic {
			continue
		}
		if b.level != noLevel && pl.level != b.level {
			continue
		}
		if b.level == noLevel && pl.fam != b.fam {
			continue
		}
		w := 1
		if pl.fam == b.fam {
			w = 2
		}
		if _, seen := first[pl.locality]; !seen {
			first[pl.locality] = i
			levelOf[pl.locality] = pl.level
		}
		counts[pl.locality] += w
	}
	best := ""
	for loc, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && first[loc] < first[best] {
			best = loc
		}
	}
	if best != "" {
		b.locality = best
		if b.level == noLevel {
			b.level = levelOf[best]
		}
		return
	}
	// "Quảng Trị: Khai mạc kỳ họp …": the headline's lead-in names it.
	if b.level != noLevel && p.titleLine >= 0 {
		ln := p.lines[p.titleLine]
		t := p.doc.Text[ln.start:ln.end]
		if k := strings.Index(t, ": "); k > 0 && k < 40 {
			i := ln.start
			if lv, e, ok := p.levelAt(i); ok {
				if lv != b.level {
					return
				}
				i = textscan.SkipSpaces(p.doc.Lower, e)
			}
			if loc, e := p.readLocality(i); loc != "" && e == ln.start+k {
				b.locality = loc
			}
		}
	}
}

// bodyName spells the body's name: organ, level and place.
func bodyName(b *place) string {
	var parts []string
	if b.organ != nil {
		parts = append(parts, b.organ.name)
	}
	implied := b.organ != nil && b.organ.level != noLevel
	if b.level != noLevel && !implied {
		parts = append(parts, b.level.String())
	}
	if b.locality != "" {
		parts = append(parts, b.locality)
	}
	return strings.Join(parts, " ")
}

// organName returns the canonical name of the mention's organ, or "".
func (pl *place) organName() string {
	if pl.organ == nil {
		return ""
	}
	return pl.organ.name
}

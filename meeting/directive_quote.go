package meeting

// This file finds who gives a directive a quotation words in the first
// person: "“… Tôi đề nghị các sở phải trả lời trong một tháng”, Bí thư
// Thành ủy nói." or "Ông X nói: “Tôi yêu cầu …”". The speaker is named
// after the quotation, with a verb of saying (quoteVerbs), or before it,
// the verb then a colon. The verbs are quoteVerbs in directive_verbs.go.

// quoteIssuer returns the mention of the one who speaks the quotation
// holding the directive verb at token v, when the verb's subject is "tôi"
// ("tôi đề nghị", "tôi cũng yêu cầu", "tôi xin đề nghị"), or -1. "Chúng
// tôi" is a body or a delegation speaking, not one who directs.
func (sc *scan) quoteIssuer(v int, s *sentence) int {
	k := v
	for k > s.ts && (sc.in(roleAdverbs, k-1) || sc.word(k-1) == "xin") {
		k--
	}
	if sc.word(k-1) != "tôi" || sc.word(k-2) == "chúng" {
		return -1
	}
	open, close := sc.quoteAround(v, s.para)
	if open < 0 {
		return -1
	}
	if mi := sc.speakerAfter(close); mi >= 0 {
		return mi
	}
	return sc.speakerBefore(open)
}

// quoteAround returns the quotation marks that open and close the
// quotation holding token v, within its paragraph, or -1, -1 when v is not
// quoted.
func (sc *scan) quoteAround(v, para int) (open, close int) {
	open, close = -1, -1
	first := v
	for si := sc.sentenceAt(v); si >= 0 && sc.sents[si].para == para; si-- {
		first = sc.sents[si].ts
	}
	marks := 0
	for k := first; k < v; k++ {
		if sc.punct(k) == '"' {
			marks++
			open = k
		}
	}
	if marks%2 == 0 {
		return -1, -1
	}
	for si := sc.sentenceAt(v); si < len(sc.sents) && sc.sents[si].para == para; si++ {
		for k := max(v, sc.sents[si].ts); k < sc.sents[si].te; k++ {
			if sc.punct(k) == '"' {
				return open, k
			}
		}
	}
	return -1, -1
}

// speakerAfter returns the person named right after the closing mark at
// token c, past a comma or a dash, with a verb of saying after the name
// ("”, ông Chung nói", "” - Bí thư Thành ủy nhấn mạnh"), or -1. With
// neither, the name must go on in lower case ("” ông Chung nói"): a
// capital opens the next sentence, someone else's ("” Trưởng phòng X
// cho biết …").
func (sc *scan) speakerAfter(c int) int {
	k := c + 1
	if p := sc.punct(k); p == ',' || p == '-' {
		k++
	} else if k >= len(sc.toks) || sc.toks[k].upper() {
		return -1
	}
	mi := sc.firstMentionFrom(k)
	if mi >= len(sc.ments) || sc.ments[mi].ts != k {
		return -1
	}
	j := sc.ments[mi].te
	for sc.in(roleAdverbs, j) {
		j++
	}
	if sc.match(quoteVerbs, j, len(sc.toks)) == 0 {
		return -1
	}
	return sc.speaker(mi)
}

// speakerBefore returns the person whose verb of saying and colon stand
// right before the opening mark at token o ("Thủ tướng nói: “…"), or -1.
func (sc *scan) speakerBefore(o int) int {
	if sc.punct(o-1) != ':' {
		return -1
	}
	for n := 2; n >= 1; n-- {
		if o-1-n >= 0 && sc.isPhrase(quoteVerbs, o-1-n, n, o-1) {
			mi := sc.subjectBefore(o-1-n, sc.sents[sc.sentenceAt(o-1-n)].ts)
			if mi < 0 || !sc.opensClause(sc.ments[mi].ts) {
				return -1 // "… tố cáo bà X, cho biết: “…": X is the object
			}
			return sc.speaker(mi)
		}
	}
	return -1
}

// opensClause reports whether token k opens its sentence (past quotes and
// dashes, and one word a title's mention may leave out, "Phó") or a
// clause after a comma, where a subject stands.
func (sc *scan) opensClause(k int) bool {
	return k <= sc.sentenceOpen(k)+1 || sc.punct(k-1) == ','
}

// speaker returns mention mi, or the person a pronoun stands for; -1 for
// a group or one the text never names.
func (sc *scan) speaker(mi int) int {
	mm := &sc.ments[mi]
	switch {
	case mm.plural:
		return -1
	case mm.kind == mPronoun:
		return sc.lastPersonBefore(mm.ts)
	case mm.person < 0:
		return -1
	}
	return mi
}

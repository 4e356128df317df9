package meeting

import (
	"math/bits"
	"strings"

	"github.com/vnreport/vnreport/vntext"
)

// This file marks the sentences that are not the report's running text
// (scan.markCaptions), the second floor of newScan: photo captions and
// lines of furniture, read from captionCues, and the sentences that tell of
// an earlier meeting, read from pastCues.

// captionCues mark a paragraph as a photo caption. The first, the
// credit (vntext.PhotoCredit), makes one by itself.
var captionCues = [...]string{vntext.PhotoCredit, "(ảnh", "- ảnh", "ảnh minh họa", "chụp ảnh", "tặng hoa", "trao quyết định", "phát biểu tại", "phát biểu kết luận", "phát biểu chỉ đạo", "phát biểu khai mạc", "kết luận tại"}

// pastCues mark a sentence that tells of an earlier meeting.
var pastCues = [...]string{"năm trước", "trước đây", "trước đó", "tháng trước", "tuần trước", "đã từng", "hồi tháng", "hồi năm"}

// scan.cues looks for all the cues at once rather than for each in turn:
// cues lists them all, one bit each.
var cues = append(captionCues[:len(captionCues):len(captionCues)], pastCues[:]...)

const (
	cueCredit  uint32 = 1                                           // "ảnh:"
	cueCaption uint32 = 1<<len(captionCues) - 1                     // captionCues
	cuePast    uint32 = (1<<len(pastCues) - 1) << len(captionCues)  // pastCues
	_          uint32 = 1 << (len(captionCues) + len(pastCues) - 1) // no more than 32 cues
)

// Every cue holds a letter of Latin Extended Additional (U+1E80–U+1EFF:
// "ả", "ớ", "ồ" …), written E1 BA xx or E1 BB xx, far rarer in the text
// than the cue's first byte. cueAnchor maps the last two bytes of such a
// letter to the cues whose first one it is; cueAnchorAt holds where in
// each cue that letter stands.
var cueAnchor, cueAnchorAt = func() (anchor [2][64]uint32, at []int) {
	for k, c := range cues {
		i := 0
		for i+2 < len(c) && !(c[i] == 0xE1 && (c[i+1] == 0xBA || c[i+1] == 0xBB)) {
			i++
		}
		if i+2 >= len(c) {
			panic("meeting: cue without a letter of U+1E80–U+1EFF: " + c)
		}
		anchor[c[i+1]-0xBA][c[i+2]&0x3F] |= 1 << k
		at = append(at, i)
	}
	return anchor, at
}()

// cues returns which of the cues in the set (cue bits) occur within the
// lower-case text l[s:e]. It reads the text once, stopping at the anchor
// letters only.
func (sc *scan) cues(s, e int, set uint32) (found uint32) {
	l := sc.l[:e]
	for i := s; i+2 < len(l); i++ {
		// the next lead byte of a three-byte letter, found by the
		// vectorised IndexByte
		k := strings.IndexByte(l[i:len(l)-2], 0xE1)
		if k < 0 {
			break
		}
		if i += k; l[i+1] != 0xBA && l[i+1] != 0xBB {
			continue
		}
		for m := cueAnchor[l[i+1]-0xBA][l[i+2]&0x3F] & set; m != 0; m &= m - 1 {
			k := bits.TrailingZeros32(m)
			if cs := i - cueAnchorAt[k]; cs >= s && strings.HasPrefix(l[cs:], cues[k]) {
				found |= 1 << k
			}
		}
	}
	return found
}

// markCaptions flags the paragraphs that are photo captions: short, and
// either credited ("Ảnh: …"), left without a final stop, or the same
// sentence printed twice, and telling what someone does in the picture.
func (sc *scan) markCaptions() {
	for a := 0; a < len(sc.sents); {
		b := a
		for b < len(sc.sents) && sc.sents[b].para == sc.sents[a].para {
			b++
		}
		ps, pe := sc.toks[sc.sents[a].ts].s, sc.toks[sc.sents[b-1].te-1].e
		words := 0 // up to 41: enough to tell
		for k := sc.sents[a].ts; k < sc.sents[b-1].te && words <= 40; k++ {
			if sc.toks[k].kind() == tWord {
				words++
			}
		}
		low := sc.l[ps:pe]
		cap := false
		if words <= 40 {
			last := sc.t[pe-1]
			noStop := last != '.' && last != '!' && last != '?' && last != ':' && last != '"'
			twice := b-a == 2 && sc.sentText(a) == sc.sentText(a+1)
			// the past cues are looked for too, to spare past a second pass
			found := sc.cues(int(ps), int(pe), cueCaption|cuePast)
			cued, credit := found&cueCaption != 0, found&cueCredit != 0
			for k := a; k < b; k++ {
				sc.sents[k].noPast = found&cuePast == 0
			}
			if cued && introClause(low) {
				// "Phát biểu chỉ đạo, đồng chí X yêu cầu …" reports a speech;
				// a caption names its subject first.
				cued = false
			}
			cap = credit || twice || noStop && cued || b-a == 1 && cued && words <= 25
		}
		for k := a; k < b; k++ {
			sc.sents[k].caption = cap
		}
		a = b
	}
}

// introClause reports whether a paragraph opens on a clause like
// "Phát biểu tại kỳ họp," or "Kết luận hội nghị,": running text, whose
// subject follows the comma.
func introClause(low string) bool {
	if !strings.HasPrefix(low, "phát biểu") && !strings.HasPrefix(low, "kết luận") {
		return false
	}
	k := strings.IndexByte(low, ',')
	return k > 0 && k <= 60 && !strings.Contains(low[:k], ".")
}

// past reports whether sentence si tells of an earlier meeting ("Đúng
// một năm trước, …").
func (sc *scan) past(si int) bool {
	s := sc.sents[si]
	return !s.noPast && sc.cues(int(sc.toks[s.ts].s), int(sc.toks[s.te-1].e), cuePast) != 0
}

// pastBefore reports whether sentence s tells of an earlier meeting
// before token v: the directive a verb there gives was not given at this
// one, while "… so với năm trước" after the verb is part of what it says.
func (sc *scan) pastBefore(s *sentence, v int) bool {
	return !s.noPast && v > s.ts && sc.cues(int(sc.toks[s.ts].s), int(sc.toks[v].s), cuePast) != 0
}

// pastFollowers open a sentence that goes on with the event the sentence
// before told of: "Tại buổi làm việc, …" names it again, "Ông …" keeps its
// subject. Each is one or two words.
var pastFollowers = [...][2]string{{"tại", "buổi"}, {"tại", "cuộc"}, {"tại", "đây"}, {"ông", ""}, {"bà", ""}}

// pastCarried reports whether sentence si goes on with an earlier event
// that the sentence before it, in the same paragraph, opens on: "Trước
// đó, ngày 20/12, ông X làm việc với … . Tại buổi làm việc, ông X yêu cầu
// …" — the instruction was given then, not at this meeting. An undated
// "Trước đó, …" tells of an earlier turn of the same meeting, to which
// "Tại cuộc họp, …" then returns.
func (sc *scan) pastCarried(si int) bool {
	if si == 0 || sc.sents[si-1].para != sc.sents[si].para || sc.sents[si-1].noPast {
		return false
	}
	if !sc.pastDated(sc.sents[si-1].ts) {
		return false
	}
	k := sc.sents[si].ts
	for _, f := range pastFollowers {
		if sc.word(k) == f[0] && (f[1] == "" && sc.word(k+1) != "" || sc.word(k+1) == f[1]) {
			return true
		}
	}
	return false
}

// pastDays date the event after "Trước đó": "Trước đó, ngày 20/12, …",
// "Trước đó trong cuộc làm việc ngày 24/2 …".
var pastDays = [...]string{"ngày", "sáng", "chiều", "tối", "trưa", "hôm", "tháng", "năm", "trong"}

// pastDated reports whether the sentence opening at token k opens on
// "Trước đó" and dates its event to another day (pastDays).
func (sc *scan) pastDated(k int) bool {
	if !sc.isWords(k, "trước", "đó") {
		return false
	}
	k += 2
	if sc.punct(k) == ',' {
		k++
	}
	if sc.word(k) == "vào" {
		k++
	}
	w := sc.word(k)
	for _, d := range pastDays {
		if w == d {
			return true
		}
	}
	return false
}

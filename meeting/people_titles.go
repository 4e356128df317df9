package meeting

import (
	"strings"
)

// This file reads titles ("Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy
// Thanh Xuân") for the mentions: where one starts (titleAt), how far it
// runs (titleSpan), and how the titles of the mentions are stored.

// titleAt returns the number of words of a title head (with any prefix
// such as "nguyên") at token i, or 0.
func (sc *scan) titleAt(i, end int) int {
	p := 0
	if sc.in(titlePrefixes, i) {
		p = 1
	}
	if n := sc.match(titleHeads, i+p, end); n > 0 {
		return p + n
	}
	return 0
}

// titleSpan reads one title from token i: its head, then organ words,
// acronyms and capitalised words up to a personal name. It returns the
// tokens [ts, te) of the title and, when a name follows, where it starts
// (else -1).
func (sc *scan) titleSpan(i, end int) (ts, te, nameAt int) {
	n := sc.titleAt(i, end)
	if n == 0 {
		return i, i, -1
	}
	j := i + n
	level := false
	for j < end {
		tk := sc.toks[j]
		if tk.kind != tWord && sc.abbrevStop(j, end) {
			j++ // "Chủ tịch HĐND TP. HCM": the stop of an abbreviation
			continue
		}
		if tk.kind != tWord {
			// "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh": a committee
			// named by two fields joined with a dash
			// "Sở Văn hóa, Thể thao và Du lịch": three fields, the last after và
			if k := sc.match(titleWords, j+1, end); (sc.punct(j) == '-' || sc.punct(j) == ',' && sc.word(j+1+k) == "và") &&
				j > i+n && k > 0 && sc.toks[j+1].title &&
				!sc.isPhrase(levelWords, j+1, k, end) && sc.titleAt(j+1, end) == 0 && !sc.isSurname(j+1) {
				j++
				continue
			}
			break
		}
		if tk.s != sc.toks[j-1].e+1 && sc.toks[j-1].kind == tWord {
			break
		}
		if tk.acro {
			level = sc.word(j) == "tp"
			j++
			continue
		}
		if w := sc.word(j); tk.digit && (level || strings.HasPrefix(w, "q.") || strings.HasPrefix(w, "p.")) {
			// "Bí thư Quận ủy quận 12", "Q.1", "phường 5": a numbered place
			level = false
			j++
			continue
		}
		if tk.title {
			if sc.word(j-1) == "ban" && sc.isWords(j, "bí", "thư") {
				j += 2 // the organ "Ban Bí thư"
				continue
			}
			if sc.titleAt(j, end) > 0 && j > i+n { // a new title without a comma: "Thành ủy viên Bí thư"
				break
			}
			b := sc.capRun(j, end)
			min := j
			if level {
				min = j + 1
			}
			// "Thành ủy", "Tỉnh ủy": organ words written with a capital;
			// "Nông nghiệp", "Nông dân" open with a surname, but a name
			// has no syllable in lower case
			if k := sc.match(titleWords, j, end); k > 0 && (!sc.isSurname(j) || k >= 2 && !sc.toks[j+1].upper) {
				level = sc.isPhrase(levelWords, j, k, end)
				j += k
				continue
			}
			// "UBND tỉnh Dương Tất Thắng": three capitalised words after
			// a level word are a full name more often than a place of
			// one syllable and a name of two
			if ns, ne, ok := sc.carveName(j, b, j, false); level && ok && ns == j && ne == b && b-j == 3 {
				return i, j, ns
			}
			if ns, _, ok := sc.carveName(j, b, min, false); ok {
				if ns > j {
					return i, ns, ns
				}
				return i, j, ns
			}
			// "HĐND thành phố Nguyễn Thị Quyết Tâm": a level word before a full name and no place
			if ns, ne, ok := sc.carveName(j, b, j, false); level && ok && ns == j && ne == b && b-j >= 3 {
				return i, j, ns
			}
			j = b
			level = false
			continue
		}
		if k := sc.match(titleWords, j, end); k > 0 {
			level = sc.isPhrase(levelWords, j, k, end)
			j += k
			continue
		}
		if sc.word(j) == "và" && j+1 < end && sc.toks[j+1].title && sc.titleAt(j+1, end) == 0 && !sc.isSurname(j+1) && sc.match(personMarkers, j+1, end) == 0 {
			j++ // "Sở Kế hoạch và Đầu tư"
			continue
		}
		break
	}
	return i, j, -1
}

// abbrevStop reports whether the punctuation token j is the stop of an
// abbreviated city ("TP. HCM", "TP. Cần Thơ") inside a title: right
// after the word, and before the place it abbreviates, in upper case.
func (sc *scan) abbrevStop(j, end int) bool {
	if sc.punct(j) != '.' || j+1 >= end || sc.toks[j-1].kind != tWord || sc.toks[j-1].e != sc.toks[j].s {
		return false
	}
	return sc.word(j-1) == "tp" && sc.toks[j+1].kind == tWord && sc.toks[j+1].upper
}

// addTitle appends sp to the titles of m, the mention being read. The
// titles of all mentions share one array, sc.spans, kept with the pooled
// scan; those of the mention being read are at its end, where they grow.
func (sc *scan) addTitle(m *mention, sp textSpan) {
	n := len(m.titles)
	if n > 0 && !sc.titlesAtEnd(m.titles) {
		m.titles = append(m.titles[:n:n], sp)
		return
	}
	sc.spans = append(sc.spans, sp)
	m.titles = sc.spans[len(sc.spans)-n-1 : len(sc.spans) : len(sc.spans)]
}

// cutTitles drops the titles of m after the first n.
func (sc *scan) cutTitles(m *mention, n int) {
	if len(m.titles) > n && sc.titlesAtEnd(m.titles) {
		sc.spans = sc.spans[:len(sc.spans)-len(m.titles)+n]
	}
	m.titles = m.titles[:n:n]
}

// titlesAtEnd reports whether the titles ts, not empty, are the last
// spans of sc.spans.
func (sc *scan) titlesAtEnd(ts []textSpan) bool {
	k := len(sc.spans) - len(ts)
	return k >= 0 && &sc.spans[k] == &ts[0]
}

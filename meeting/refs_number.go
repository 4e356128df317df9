package meeting

// This file reads what follows the kind of a referenced document: the
// words or title between the kind and its number, the number itself, and
// the details after it (date, issuer).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// refGapStop lists words that cannot qualify a kind's name.
var refGapStop = map[string]bool{"và": true, "của": true, "các": true, "theo": true,
	"về": true, "ngày": true, "số": true, "đã": true, "được": true, "tại": true, "này": true}

// refQualifierGap reports whether Text[j:] is one to three lower-case words
// qualifying a kind's name, then "số": it returns the offset of "số", and
// whether one of the words opens another kind's name ("kết luận" in
// "Thông báo kết luận số …").
func refQualifierGap(d *vntext.Doc, j int) (so int, crossed, ok bool) {
	lower := d.Lower
	k := j
	for n := 0; n < 3; n++ {
		w := refWord(lower, k)
		if w == "" || refGapStop[w] && !refDigitalAt(lower, k) || d.Text[k:k+len(w)] != w {
			return 0, false, false
		}
		k = textscan.SkipSpaces(lower, k+len(w))
		if refWord(lower, k) == "số" && !refDigitalAt(lower, k) {
			for g := j; g < k; g = textscan.SkipSpaces(lower, g+len(refWord(lower, g))) {
				if !refFirstByte[lower[g]] {
					continue
				}
				if kd, _ := refKindAt(d, g); kd != "" {
					return k, true, true
				}
			}
			return k, false, true
		}
	}
	return 0, false, false
}

// refTitled reports whether a document of the kind may be named before
// its number: "Luật Đất đai số 31/2024/QH15", "Đề án Phát triển du lịch
// số …"; not letters and reports such as "Công văn", "Báo cáo".
func refTitled(kind string) bool {
	switch kind {
	case "Luật", "Pháp lệnh", "Nghị quyết", "Nghị quyết liên tịch", "Nghị định", "Quyết định",
		"Chỉ thị", "Kết luận", "Quy định", "Kế hoạch", "Đề án", "Chương trình", "Thông tư",
		"Thông tư liên tịch", "Quy chế", "Hướng dẫn":
		return true
	}
	return false
}

// refTitleWords bounds the words of a document's name before its number.
const refTitleWords = 12

// refTitleGap reports whether Text[j:] is the name of a document of the
// given kind, written out before its number: a word in upper case, then up
// to refTitleWords words in all, with no punctuation, digits or clause
// words, then "số" ("Luật Tổ chức chính quyền địa phương số …"). It
// returns the offset of "số" and the end of the name. A kind's name
// written in upper case inside names another document, whose number it
// is ("Kế hoạch Triển khai Luật Đất đai số …"); one in lower case is a
// common noun of the name ("Luật Ban hành văn bản quy phạm pháp luật").
func refTitleGap(d *vntext.Doc, kind string, abbreviated bool, j int) (so, end int, ok bool) {
	lower := d.Lower
	if abbreviated || j >= len(lower) || d.Text[j] == lower[j] && lower[j] < utf8.RuneSelf {
		return 0, 0, false // no name, or one in lower case
	}
	if w := refWord(lower, j); w == "" || d.Text[j:j+len(w)] == w || !refTitled(kind) {
		return 0, 0, false
	}
	k := j
	for range refTitleWords {
		w := refWord(lower, k)
		if w == "" || refGapStop[w] && w != "và" && !refDigitalAt(lower, k) {
			return 0, 0, false
		}
		if refFirstByte[lower[k]] && d.Text[k:k+len(w)] != w {
			if kd, _ := refKindAt(d, k); kd != "" {
				return 0, 0, false // another document: "Kế hoạch Thực hiện Luật …"
			}
		}
		end = k + len(w)
		if end < len(lower) && lower[end] != ' ' {
			return 0, 0, false // a word that runs on into digits or punctuation
		}
		k = textscan.SkipSpaces(lower, end)
		if refWord(lower, k) == "số" && !refDigitalAt(lower, k) {
			return k, end, true
		}
	}
	return 0, 0, false
}

// refDigitalAt reports whether the word at lower[k:] is "số" followed by
// "số": the first is then the name's "digital" ("Kế hoạch chuyển đổi số
// số …"), the second the one before the number.
func refDigitalAt(lower string, k int) bool {
	return refWord(lower, k) == "số" && refWord(lower, textscan.SkipSpaces(lower, k+len("số"))) == "số"
}

// refWord returns the word of letters at lower[i:], or "".
func refWord(lower string, i int) string {
	j := i
	for j < len(lower) {
		r, w := rune(lower[j]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(lower[j:])
		} else if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			break
		}
		if r >= utf8.RuneSelf && !refLetterRune(r) {
			break
		}
		j += w
	}
	return lower[i:j]
}

// scanRefNumber reads a document number at t[i:]: a digit first, then
// digits and letters joined by '-' and '/' ("14-NQ/QU", "98/2023/QH15",
// "1234/QĐ-UBND"), with spaces around the joiners allowed as rejoined text
// has them ("14 - NQ / QU"). Letters must be upper case, except the ASCII
// lower case of codes such as TTg and TTr.
func scanRefNumber(t string, i int) (refNum, bool) {
	if i >= len(t) || !isASCIIDigit(t[i]) {
		return refNum{}, false
	}
	j := i
	end := i
	letters := false
	joined := false // a '-' or '/' has been read
	for j < len(t) {
		r, w := utf8.DecodeRuneInString(t[j:])
		switch {
		case isASCIIDigit(t[j]):
		case unicode.IsUpper(r) || 'a' <= r && r <= 'z':
			if !letters && !joined {
				// "5ha", "3tỷ": a quantity, not a code.
				return refNum{}, false
			}
			letters = true
		case r == '-' || r == '/':
			// A joiner, possibly with spaces, must be followed by a code part.
			k := textscan.SkipSpaces(t, j+1)
			if k >= len(t) {
				goto done
			}
			r2, _ := utf8.DecodeRuneInString(t[k:])
			if !isASCIIDigit(t[k]) && !unicode.IsUpper(r2) {
				goto done
			}
			joined = true
			j = k
			continue
		case r == ' ':
			k := textscan.SkipSpaces(t, j)
			if k < len(t) && (t[k] == '-' || t[k] == '/') {
				j = k
				continue
			}
			goto done
		default:
			goto done
		}
		j += w
		end = j
	}
done:
	// What was read is the number but for the spaces around its joiners;
	// a joiner that led nowhere is past end.
	number := t[i:end]
	if strings.IndexByte(number, ' ') >= 0 {
		number = strings.ReplaceAll(number, " ", "") // "14 - NQ / QU" in rejoined text
	}
	n := refNum{start: i, end: end, number: number, coded: letters}
	if !letters {
		for k := 0; k < len(n.number); k++ {
			if !isASCIIDigit(n.number[k]) {
				return n, false // "2021-2025", "6/2024": not a document number
			}
		}
	}
	return n, true
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// refDetails reads what may follow a document number at Text[i:]: its
// date ("ngày 25/4/2022"), its issuer ("của Quận ủy") and its title ("về
// "…"" or "về việc …"), and returns the end of what it read.
func (p *parser) refDetails(r *DocRef, i int) int {
	d := p.doc
	t, lower := d.Text, d.Lower
	end := i
	for step := 0; step < 3; step++ {
		k := textscan.SkipSpaces(lower, end)
		if k < len(lower) && (lower[k] == ',' || lower[k] == '(') {
			k = textscan.SkipSpaces(lower, k+1)
		}
		switch refWord(lower, k) {
		case "ngày":
			if !r.Date.IsZero() {
				return end
			}
			date, e, ok := vntext.DateAt(lower, textscan.SkipSpaces(lower, k+len("ngày")))
			if !ok {
				return end
			}
			r.Date = date
			end = e
			if end < len(lower) && lower[end] == ')' {
				end++
			}
		case "của":
			if r.Issuer != "" {
				return end
			}
			s := textscan.SkipSpaces(lower, k+len("của"))
			e := refIssuerEnd(t, lower, s)
			if e <= s {
				return end
			}
			r.Issuer = strings.TrimSpace(t[s:e])
			end = e
		case "về":
			s := textscan.SkipSpaces(lower, k+len("về"))
			if s < len(t) && t[s] == '"' {
				q := strings.IndexAny(t[s+1:], "\"\n")
				if q < 0 || t[s+1+q] != '"' {
					return end
				}
				r.Title = strings.TrimSpace(t[s+1 : s+1+q])
				return s + 1 + q + 1
			}
			if refWord(lower, s) == "việc" {
				e := s
				for e < len(t) && strings.IndexByte(",;.\n(\"", t[e]) < 0 {
					e++
				}
				r.Title = strings.TrimSpace(t[s:e])
				return textscan.SkipSpacesBack(t, e)
			}
			return end
		default:
			return end
		}
	}
	return end
}

// refIssuerStop lists words that end an issuer's name.
var refIssuerStop = map[string]bool{
	"về": true, "ngày": true, "và": true, "để": true, "nhằm": true, "trong": true,
	"đã": true, "là": true, "thì": true, "số": true, "theo": true, "với": true,
	"đến": true, "tại": true, "cho": true, "được": true, "đối": true, "gắn": true,
	"trên": true, "qua": true, "khi": true, "tiếp": true, "nay": true, "này": true,
}

// refIssuerEnd returns the end of the issuer's name at Text[s:]: at most
// ten words, up to punctuation or a word that starts another clause.
func refIssuerEnd(t, lower string, s int) int {
	e := s
	words := 0
	for words < 10 {
		k := textscan.SkipSpaces(lower, e)
		w := refWord(lower, k)
		if w == "" {
			// A Roman or Arabic number ends a word run: "khóa XII", "Trung ương 6".
			j := k
			for j < len(t) && (isASCIIDigit(t[j]) || strings.IndexByte("IVXLCDM", t[j]) >= 0) {
				j++
			}
			if j == k || words == 0 {
				break
			}
			e = j
			words++
			continue
		}
		if refIssuerStop[w] || w == "đồng" && refWord(lower, textscan.SkipSpaces(lower, k+len(w))) == "thời" {
			break
		}
		// The issuer starts with a capital or an abbreviation: "Quận ủy",
		// "Ban Thường vụ Thành ủy", "UBND thành phố".
		if words == 0 {
			r, _ := utf8.DecodeRuneInString(t[k:])
			if !unicode.IsUpper(r) {
				return s
			}
		}
		e = k + len(w)
		words++
	}
	return e
}

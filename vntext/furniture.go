package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// This file is the one home of the site's furniture: the lines a news page
// sets around a report that are not the report (comment boxes, lists of
// related or newer articles, share bars, photo captions). To teach the
// package a new one, add a row to furnitureCues and a case to
// TestFindArticle.

// A furnitureMark says what a furniture phrase marks when a line reads as
// it. One phrase may mark more than one thing: "Xem thêm" alone ends the
// report, "Xem thêm: …" before a headline opens a block of them.
type furnitureMark uint8

const (
	// endsArticle: the phrase alone on a line after the third, or with a
	// count ("Bình luận (3)", "Tổng lượt bình luận: 12"), starts the
	// furniture after the report: nothing below it is the report's.
	endsArticle furnitureMark = 1 << iota
	// opensRelated: the phrase alone on a line after the second, or
	// before a headline on the same line ("Xem thêm: …"), heads a block of
	// headlines of other articles (see headlineLine). The article goes on
	// at the first line after it that is not a headline.
	opensRelated
	// isCaption: a line shorter than 60 bytes that begins with the phrase
	// is furniture itself, anywhere: a photo caption or a section label.
	isCaption
)

// furnitureCues are the phrases of the site's furniture, in lower case,
// with what each marks (the guards are the marks' own, above). A bare
// "Tin liên quan" opens a block rather than ending the report: pages set it
// inside the article, above a link.
var furnitureCues = [...]struct {
	phrase string
	marks  furnitureMark
}{
	// Comment boxes and counters.
	{"ý kiến bạn đọc", endsArticle},
	{"viết bình luận", endsArticle},
	{"gửi bình luận", endsArticle},
	{"bình luận", endsArticle},
	{"tổng lượt bình luận", endsArticle},
	// Share bars.
	{"chia sẻ bài viết", endsArticle},
	// Lists of other articles below the report.
	{"các bài mới đăng", endsArticle},
	{"các bài đã đăng", endsArticle},
	{"các tin đã đưa", endsArticle},
	{"tin đã đưa", endsArticle},
	{"tin mới nhất", endsArticle},
	{"tin mới hơn", endsArticle},
	{"tin cũ hơn", endsArticle},
	{"tin tức khác", endsArticle},
	{"tin khác", endsArticle | opensRelated},
	{"các tin khác", endsArticle | opensRelated},
	{"xem thêm", endsArticle | opensRelated},
	{"bài viết liên quan", endsArticle | opensRelated},
	{"tin bài liên quan", endsArticle | opensRelated},
	{"tin cùng chuyên mục", endsArticle | opensRelated},
	{"bài cùng chuyên mục", endsArticle | opensRelated},
	// Related headlines, which pages also set inside the report.
	{"tin liên quan", opensRelated},
	{"các tin liên quan", opensRelated},
	{"bài liên quan", opensRelated},
	{"các bài liên quan", opensRelated},
	{"tin cùng chủ đề", opensRelated},
	{"bài cùng chủ đề", opensRelated},
	{"các bài khác", opensRelated},
	{"tin bài khác", opensRelated},
	{"đọc thêm", opensRelated},
	{"có thể bạn quan tâm", opensRelated},
	// Captions and section labels.
	{"quang cảnh", isCaption},
	{PhotoCredit, isCaption},
	{"ảnh minh họa", isCaption},
	{"tin tức sự kiện", isCaption},
	{"dòng sự kiện", isCaption},
}

// An Article is where the report lies in a [Doc] among the site's
// furniture: everything from End on is furniture, and so are the blocks
// before it (related headlines, captions). Offsets are of Doc.Text.
type Article struct {
	End    int      // where the report ends; len(Text) when no furniture follows it
	blocks [][2]int // furniture inside the report, [start, end), in order
}

// Furniture reports whether Text[i] is the site's furniture rather than
// the report.
func (a *Article) Furniture(i int) bool {
	if i >= a.End {
		return true
	}
	for _, b := range a.blocks {
		if i < b[0] {
			return false
		}
		if i < b[1] {
			return true
		}
	}
	return false
}

// FindArticle finds the report in d among the site's furniture, line by
// line: the report ends at the first line, after the third, that only
// names a furniture heading (a heading in the first lines is a menu); a
// related-articles heading after the second line opens a block of the
// headline lines that follow it (at most ten), blank lines between them
// or not; a short caption line is furniture anywhere. See furnitureCues.
func (d *Doc) FindArticle() Article {
	low := d.Lower
	a := Article{End: len(low)}
	n := 0         // non-empty lines so far
	open := -1     // where the open block starts, or -1
	last := 0      // where the last line of the open block ends
	headlines := 0 // headline lines in the open block
	closeBlock := func() {
		if open >= 0 {
			a.blocks = append(a.blocks, [2]int{open, last})
		}
		open = -1
	}
	for i0, j := range textscan.Lines(low, 0) {
		s := strings.Trim(low[i0:j], " ")
		if s == "" {
			continue
		}
		n++
		h := undecorated(s)
		if n > 3 && len(s) <= 40 && endsReport(h) {
			closeBlock()
			a.End = i0
			return a
		}
		if open >= 0 {
			if headlines < 10 && headlineLine(s) {
				headlines++
				last = j
				continue
			}
			closeBlock()
		}
		if len(s) < 60 && caption(h) {
			a.blocks = append(a.blocks, [2]int{i0, j})
			continue
		}
		if n < 3 || len(s) > 260 {
			continue // a heading, with a headline or not, is short
		}
		switch related(h) {
		case relatedHeading:
			open, last, headlines = i0, j, 0
		case relatedInline:
			open, last, headlines = i0, j, 1
		}
	}
	closeBlock()
	return a
}

// undecorated drops the decoration before a heading, up to 8 bytes of
// it: "» ", ">> ", "- ".
func undecorated(s string) string {
	k := 0
	for k < len(s) && k < 8 {
		r, n := utf8.DecodeRuneInString(s[k:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		k += n
	}
	return s[k:]
}

// endsReport reports whether the heading h ends the report: an
// endsArticle phrase alone, or followed by a count only.
func endsReport(h string) bool {
	h = strings.TrimRight(h, " :.")
	for _, c := range &furnitureCues {
		if c.marks&endsArticle != 0 && strings.HasPrefix(h, c.phrase) && countOnly(h[len(c.phrase):]) {
			return true
		}
	}
	return false
}

// countOnly reports whether s, after a heading, holds at most a count:
// "", " (3)", ": 12".
func countOnly(s string) bool {
	if s != "" && s[0] != ' ' && s[0] != '(' && s[0] != ':' {
		return false // the heading's phrase ends inside a word
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || c == ' ' || c == '(' || c == ')' || c == ':') {
			return false
		}
	}
	return true
}

// caption reports whether the short line h begins with a caption phrase.
func caption(h string) bool {
	for _, c := range &furnitureCues {
		if c.marks&isCaption != 0 && strings.HasPrefix(h, c.phrase) {
			return true
		}
	}
	return false
}

// The ways a line may open a block of related headlines.
const (
	notRelated = iota
	relatedHeading
	relatedInline // the heading and a headline on one line
)

// related reports whether the heading h is a related-articles heading,
// alone or before a headline: "Xem thêm:", "Tin liên quan » …".
func related(h string) int {
	for _, c := range &furnitureCues {
		if c.marks&opensRelated == 0 || !strings.HasPrefix(h, c.phrase) {
			continue
		}
		rest := strings.TrimLeft(h[len(c.phrase):], " ")
		if strings.Trim(rest, ":.»>") == "" {
			return relatedHeading
		}
		if rest[0] == ':' || rest[0] == '>' || strings.HasPrefix(rest, "»") {
			if t := strings.TrimLeft(rest, ":>» "); t != "" && headlineLine(t) {
				return relatedInline
			}
		}
	}
	return notRelated
}

// headlineLine reports whether the trimmed line s reads as a headline:
// short, with no sentence end inside it and none at its end ("…" aside),
// and not the lead-in of a list (':'). A paragraph of the article is
// longer or ends its sentences.
func headlineLine(s string) bool {
	if len(s) > 220 || strings.Contains(s, ". ") {
		return false
	}
	// A quotation ends its sentence inside the quote marks: "… hơn.”"
	if s = strings.TrimRight(s, "\"'”’)»"); s == "" {
		return false
	}
	switch s[len(s)-1] {
	case ':', ';', ',', '!', '?':
		return false
	case '.':
		return strings.HasSuffix(s, "...")
	}
	return true
}

// HasBlocks reports whether furniture lies inside the report, before End.
func (a *Article) HasBlocks() bool { return len(a.blocks) > 0 }

// PhotoCredit is the cue of a photo's credit ("Ảnh: Hoàng Điệp"), in
// lower case. A short line that opens with it is furniture (FindArticle);
// the meeting and indicators packages take a paragraph or a line that
// holds it for a caption, not running text or a heading.
const PhotoCredit = "ảnh:"

// HasPhotoCredit reports whether lower, in lower case, holds a photo's
// credit: PhotoCredit, or "ảnh :" with a space before the colon.
func HasPhotoCredit(lower string) bool {
	return strings.Contains(lower, PhotoCredit) || strings.Contains(lower, "ảnh :")
}

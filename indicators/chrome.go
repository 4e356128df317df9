package indicators

import "strings"

// tailChrome are lines that open the site's furniture after an article
// ("Bài viết liên quan", "Ý kiến bạn đọc"): the related articles and
// comments below them report other meetings' figures, or none. A bare "Tin
// liên quan" is not one: pages set it inside the article, above a link.
var tailChrome = []string{
	"các bài mới đăng", "các bài đã đăng", "các tin đã đưa", "ý kiến bạn đọc",
	"viết bình luận", "gửi bình luận", "bình luận", "tin cùng chuyên mục",
	"bài viết liên quan", "tin mới nhất", "tin khác", "xem thêm", "các tin khác",
	"bài cùng chuyên mục", "tin bài liên quan", "chia sẻ bài viết", "tin mới hơn",
	"tin cũ hơn",
}

// relatedHeadings are the headings of a list of links to other articles,
// which pages also set inside an article: the headlines under them ("Hà
// Nội: 126 xã, phường hoàn thành đại hội") are not the article's figures.
var relatedHeadings = [...]string{
	"tin liên quan", "các tin liên quan", "tin bài liên quan", "bài liên quan", "các bài liên quan",
	"bài viết liên quan", "tin cùng chuyên mục", "bài cùng chuyên mục", "tin cùng chủ đề",
	"bài cùng chủ đề", "các tin khác", "tin khác", "các bài khác", "tin bài khác", "xem thêm",
	"đọc thêm", "có thể bạn quan tâm",
}

// A chrome holds what of an article is the site's furniture rather than
// the report: everything from end on, and the blocks of related headlines
// before it.
type chrome struct {
	end    int
	blocks spans
}

// in reports whether low[i] is furniture. Calls come in text order.
func (c *chrome) in(i int) bool { return i >= c.end || c.blocks.in(i) }

// findChrome finds the furniture of the report in low.
//
// The report ends at the first line after the third that is only a
// tail-furniture heading; a heading inside the first lines is a menu, not
// the article's end.
//
// A related-articles heading after the second line ("Tin liên quan",
// "Xem thêm:", "» Đọc thêm"), anywhere else, opens a block of the
// headline lines that follow it: short lines that are no sentence of a
// paragraph (see headlineLine), blank lines between them or not. The block
// ends at the first line that is not a headline, where the article goes
// on. A heading with its headline on the same line ("Xem thêm: …") is a
// headline itself, and opens a block the same way.
func findChrome(low string) chrome {
	c := chrome{end: len(low)}
	n := 0         // non-empty lines so far
	open := -1     // where the open block starts, or -1
	last := 0      // where the last line of the open block ends
	headlines := 0 // headline lines in the open block
	closeBlock := func() {
		if open >= 0 {
			c.blocks.add(open, last)
		}
		open = -1
	}
	for i := 0; i < len(low); {
		j := strings.IndexByte(low[i:], '\n')
		if j < 0 {
			j = len(low)
		} else {
			j += i
		}
		s := strings.Trim(low[i:j], " ")
		i0 := i
		i = j + 1
		if s == "" {
			continue
		}
		n++
		if n > 3 && len(s) <= 40 {
			h := strings.TrimRight(s, " :.")
			for _, w := range tailChrome {
				if h == w || strings.HasPrefix(h, w+" (") {
					closeBlock()
					c.end = i0
					return c
				}
			}
		}
		if open >= 0 {
			if headlines < 10 && headlineLine(s) {
				headlines++
				last = j
				continue
			}
			closeBlock()
		}
		if n < 3 || len(s) > 260 {
			continue // a heading, with a headline or not, is short
		}
		switch related(s) {
		case relatedHeading:
			open, last, headlines = i0, j, 0
		case relatedInline:
			open, last, headlines = i0, j, 1
		}
	}
	closeBlock()
	return c
}

// The ways a line may open a block of related headlines.
const (
	notRelated = iota
	relatedHeading
	relatedInline // the heading and a headline on one line
)

// related reports whether the trimmed line s is a related-articles
// heading, alone or before a headline. Decoration before and after the
// heading ("» Xem thêm:", ">> Tin liên quan") is ignored.
func related(s string) int {
	k := 0
	for k < len(s) && k < 8 && !wordByte[s[k]] {
		k++
	}
	s = s[k:]
	if len(s) == 0 || (s[0] != 't' && s[0] != 'c' && s[0] != 'b' && s[0] != 'x' && s[0] != 0xC4) {
		return notRelated // no heading starts so: 'đ' is "\xc4\x91"
	}
	for _, w := range relatedHeadings {
		if !strings.HasPrefix(s, w) {
			continue
		}
		rest := strings.TrimLeft(s[len(w):], " ")
		if strings.Trim(rest, ":.»>") == "" {
			return relatedHeading
		}
		if rest[0] == ':' || rest[0] == '>' || strings.HasPrefix(rest, "»") {
			if h := strings.TrimLeft(rest, ":>» "); h != "" && headlineLine(h) {
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

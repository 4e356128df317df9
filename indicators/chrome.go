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

// reportEnd returns where the report in low ends: the start of the first
// line after the third that is only a tail-furniture heading, else len(low).
// A heading inside the first lines is a menu, not the article's end.
func reportEnd(low string) int {
	n := 0
	for i := 0; i < len(low); {
		j := strings.IndexByte(low[i:], '\n')
		if j < 0 {
			j = len(low)
		} else {
			j += i
		}
		s := strings.Trim(low[i:j], " ")
		if s != "" {
			n++
			if n > 3 && len(s) <= 40 {
				s = strings.TrimRight(s, " :.")
				for _, c := range tailChrome {
					if s == c || strings.HasPrefix(s, c+" (") {
						return i
					}
				}
			}
		}
		i = j + 1
	}
	return len(low)
}

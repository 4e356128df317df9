package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/vntext"
)

// addresseeHeads open the name of those a directive addresses ("các cấp
// ủy", "chính quyền", "UBND quận"); a capitalised word or an acronym does
// too.
var addresseeHeads = wordSet("các", "cấp ủy", "cấp", "chính quyền", "ban", "sở", "ngành", "đơn vị",
	"quận", "huyện", "tỉnh", "thành phố", "tp", "xã", "phường", "đại biểu", "cán bộ", "mỗi", "toàn",
	"người đứng đầu", "lãnh đạo", "thường trực", "ông", "bà", "đồng chí", "ủy ban", "mặt trận",
	"đảng ủy", "cơ quan", "địa phương", "hội đồng", "chi bộ", "doanh nghiệp", "bộ", "thủ trưởng",
	"chủ tịch", "giám đốc", "trưởng", "công an", "phòng", "đảng viên", "cử tri", "hệ thống",
	"ngành chức năng", "những", "tập thể", "cấp ủy đảng", "tổ chức đảng", "tổ chức cơ sở đảng",
	"tổ chức chính trị", "đoàn thể", "hội viên", "nhân dân", "mặt trận tổ quốc", "ủy ban kiểm tra")

// actionWords open the task itself, after the addressees: "đề nghị các
// cấp ủy | tiếp tục tập trung …".
var actionWords = wordSet("cần", "phải", "tiếp tục", "tập trung", "khẩn trương", "sớm", "nghiêm túc",
	"quan tâm", "chủ động", "đẩy mạnh", "tăng cường", "thực hiện", "triển khai", "rà soát", "xây dựng",
	"nâng cao", "làm", "xem xét", "nghiên cứu", "đảm bảo", "bảo đảm", "hoàn thành", "giải quyết",
	"phối hợp", "theo dõi", "kiểm tra", "tiếp thu", "nỗ lực", "phát huy", "quyết liệt", "thống nhất",
	"bám sát", "ưu tiên", "cải thiện", "có", "trả lời", "trình bày", "gửi", "đưa", "không", "kịp thời",
	"thường xuyên", "tích cực", "đánh giá", "tổ chức thực hiện", "để", "nhằm", "luôn", "tạo",
	"hướng dẫn", "tham mưu", "đề xuất", "giúp đỡ", "vào cuộc", "quán triệt", "học tập", "khắc phục",
	"chỉ đạo", "lãnh đạo,", "xử lý", "chấn chỉnh", "đổi mới", "tận dụng", "cụ thể hóa", "ban hành",
	"lập", "hoàn thiện", "chuẩn bị", "thực hiện tốt", "phấn đấu", "chú trọng", "rút kinh nghiệm",
	"tiến hành", "báo cáo", "đẩy nhanh", "nâng", "giảm", "tăng", "cắt giảm", "hoàn tất", "bàn giao",
	"kiện toàn", "sắp xếp", "siết chặt", "xác định", "tìm", "quản lý", "bố trí", "huy động", "duy trì",
	"giữ vững", "ngăn chặn", "chống", "phòng chống", "rút ngắn", "công khai", "tiếp nhận", "sửa đổi", "bổ sung", "thông qua", "điều chỉnh", "dừng", "trình", "đôn đốc", "giám sát", "đặc biệt", "trên", "trong", "với", "về", "tại",
	"theo", "đối với", "tổ chức lấy", "đồng thời", "thì", "nêu cao", "tuyên truyền", "cải cách", "chủ trì")

// addressees reads who the directive addresses from token k, or nil when
// the verb is followed by the task itself.
func (sc *scan) addressees(k, end int) []string {
	start := len(sc.strs)
	sc.readAddressees(k, end)
	return sc.outStrings(start)
}

// readAddressees appends to sc.strs the addressees read from token k.
func (sc *scan) readAddressees(k, end int) {
	if w := sc.word(k); w == "cho" || w == "với" {
		k++
	}
	ps, words := k, 0
	flush := func(pe int) bool {
		if pe <= ps {
			return true
		}
		if !sc.addresseeAt(ps, pe) {
			return false
		}
		s, e := trimSpan(sc.t, sc.toks[ps].s, sc.toks[pe-1].e, "-,")
		if s < e {
			sc.addStr(sc.t[s:e])
		}
		return true
	}
	if end > k+80 {
		end = k + 80
	}
	for j := k; j < end; j++ {
		tk := sc.toks[j]
		if tk.kind() == tPunct {
			switch sc.t[tk.s] {
			case ',':
				if !flush(j) {
					return
				}
				ps, words = j+1, 0
				continue
			case '-':
				continue
			}
			flush(j)
			return
		}
		w := sc.word(j)
		if w == "và" {
			if !flush(j) {
				return
			}
			ps, words = j+1, 0
			continue
		}
		if j > ps && !tk.upper() && sc.match(actionWords, j, end) > 0 && !(w == "tổ" && sc.isWords(j+1, "chức", "đảng")) {
			flush(j)
			return
		}
		if j == ps && sc.match(actionWords, j, end) > 0 && sc.match(addresseeHeads, j, end) == 0 {
			return
		}
		words++
		if words > 12 {
			return
		}
	}
}

// addresseeAt reports whether tokens [a, b) name those addressed.
func (sc *scan) addresseeAt(a, b int) bool {
	if sc.match(addresseeHeads, a, b) > 0 {
		return true
	}
	tk := sc.toks[a]
	return tk.kind() == tWord && (tk.upper() || tk.acro())
}

type itemKind uint8

const (
	itemNone    itemKind = iota
	itemOrdinal          // Thứ nhất, Một là
	itemNumber           // (1), 1., 1), a)
	itemBullet           // -, +, •, *
)

// itemAt reports the enumeration marker at token k and how many tokens it takes.
func (sc *scan) itemAt(k, end int) (itemKind, int) {
	if k >= end {
		return itemNone, 0
	}
	if sc.word(k) == "thứ" && isOrdinalWord(sc.word(k+1)) { // "Thứ nhất,"
		n := 2
		if p := sc.punct(k + 2); p == ',' || p == ':' {
			n++
		}
		return itemOrdinal, n
	}
	if sc.word(k+1) == "là" && isCountWord(sc.word(k)) { // "Một là,"
		n := 2
		if p := sc.punct(k + 2); p == ',' || p == ':' {
			n++
		}
		return itemOrdinal, n
	}
	switch sc.punct(k) {
	case '-', '+', '*':
		return itemBullet, 1
	case '(':
		if k+2 < end && sc.toks[k+1].kind() == tWord && len(sc.word(k+1)) <= 2 && sc.punct(k+2) == ')' {
			return itemNumber, 3
		}
		return itemNone, 0
	}
	if strings.HasPrefix(sc.t[sc.toks[k].s:], "•") {
		return itemBullet, 1
	}
	if w := sc.word(k); w != "" && len(w) <= 2 && (sc.toks[k].digit() || len(w) == 1) {
		if p := sc.punct(k + 1); p == ')' || p == '.' && sc.toks[k].digit() {
			return itemNumber, 2
		}
	}
	return itemNone, 0
}

// items reads the tasks a directive lists: inline after its verb
// ("Thứ nhất, …; thứ hai, …"), or in the paragraphs after a sentence
// ending in a colon. It returns them with the end (in Doc.Text) of the
// last one.
func (sc *scan) items(k, si int) ([]string, int) {
	s := &sc.sents[si]
	// the paragraph of si, from token k on
	pe := si
	for pe+1 < len(sc.sents) && sc.sents[pe+1].para == s.para {
		pe++
	}
	start := len(sc.strs)
	if end := sc.inlineItems(k, min(sc.sents[pe].te, k+600)); len(sc.strs)-start >= 2 {
		return sc.outStrings(start), end
	}
	sc.strs = sc.strs[:start] // fewer than two: none
	last := sc.toks[sc.sents[pe].te-1]
	if pe != si || sc.t[last.s] != ':' {
		return nil, 0
	}
	var kind itemKind
	end := 0
	for p := pe + 1; p < len(sc.sents) && len(sc.strs)-start < 30; {
		q := p
		for q+1 < len(sc.sents) && sc.sents[q+1].para == sc.sents[p].para {
			q++
		}
		ts, te := sc.sents[p].ts, sc.sents[q].te
		if sc.sents[p].caption {
			p = q + 1
			continue
		}
		ik, n := sc.itemAt(ts, te)
		switch {
		case ik == itemNone:
			return sc.outStrings(start), end
		case kind == 0 || ik == kind:
			kind = ik
			if ts+n < te {
				a, b := trimSpan(sc.t, sc.toks[ts+n].s, sc.toks[te-1].e, ",;:")
				sc.addStr(sc.t[a:b])
			}
		}
		end = int(sc.toks[te-1].e)
		p = q + 1
	}
	return sc.outStrings(start), end
}

// inlineItems splits tokens [k, end) at ordinal markers within a
// paragraph, appending the items to sc.strs. It returns the end of the last.
func (sc *scan) inlineItems(k, end int) int {
	start, lastEnd := -1, 0
	var kind itemKind
	for j := k; j < end; j++ {
		if p := sc.punct(j - 1); j > k && p != ',' && p != ';' && p != ':' && p != '.' {
			continue // an item opens the text or follows a mark
		}
		ik, n := sc.itemAt(j, end)
		if ik != itemOrdinal && ik != itemNumber || kind != 0 && ik != kind {
			continue
		}
		if ik == itemNumber && sc.punct(j) != '(' {
			continue
		}
		kind = ik
		if start >= 0 {
			a, b := trimSpan(sc.t, sc.toks[start].s, sc.toks[j-1].e, ",;:.")
			sc.addStr(sc.t[a:b])
		}
		start = j + n
	}
	if start >= 0 && start < end {
		a, b := trimSpan(sc.t, sc.toks[start].s, sc.toks[end-1].e, ",;:.")
		sc.addStr(sc.t[a:b])
		lastEnd = int(b)
	}
	return lastEnd
}

// isOrdinalWord and isCountWord report whether w is a number word of
// vntext.OrdinalWord ("nhất", "tư") or vntext.CountWord ("một").
func isOrdinalWord(w string) bool { _, ok := vntext.OrdinalWord(w); return ok }
func isCountWord(w string) bool   { _, ok := vntext.CountWord(w); return ok }

package meeting

import "slices"

// This file finds who does what a role verb says when the verb comes
// after them: the subject right before it (subjectBefore), a chain of
// subjects ("X và Y"), the company of a person ("X cùng các lãnh đạo …"),
// and the agent after a nominalised verb ("sự tham dự và chỉ đạo của …").

// agentAfter reports where the people start after a nominalised verb
// joined to a second one, "sự tham dự và chỉ đạo của …", with k the token
// after the first verb; or -1.
func (sc *scan) agentAfter(k, te int) int {
	if sc.word(k) != "và" {
		return -1
	}
	for m := 2; m <= 4 && k+m < te; m++ {
		if sc.toks[k+m-1].kind() != tWord {
			return -1
		}
		if sc.word(k+m) == "của" {
			return k + m + 1
		}
	}
	return -1
}

// roleAdverbs may stand between a subject and its verb.
var roleAdverbs = wordSet("cũng", "đã", "đang", "sẽ", "còn", "thì", "lại", "luôn", "vừa", "cùng", "vẫn",
	"đồng", "trực tiếp", "đặc biệt", "tiếp tục", "một lần nữa", "kiên quyết", "thẳng thắn",
	"nghiêm khắc", "trân trọng", "khẩn thiết", "liên tục", "nhiều lần", "mạnh mẽ", "nhất trí",
	"đồng thời", "tiếp đó", "sau đó", "cũng đã", "dẫn đầu")

// subjectBefore returns the mention that is the subject of the verb at
// token v: the one ending right before it, past adverbs and a comma, or -1.
// A person named as the one whose family acts is none (ownedAt).
func (sc *scan) subjectBefore(v, ts int) int {
	mi := sc.subjectAt(v, ts)
	if mi >= 0 && sc.ownedAt(sc.ments[mi].ts) {
		return -1
	}
	if mi >= 0 && sc.objectAt(sc.ments[mi].ts) && sc.commaBetween(sc.ments[mi].te, v) {
		// "X chất vấn Giám đốc Sở Y, yêu cầu …": the one questioned ends a
		// clause of X's, whose predicates go on after the comma
		return -1
	}
	return mi
}

// objectAt reports whether the mention starting at token k follows a word
// that takes it as its object (objectMarks, of one or two words).
func (sc *scan) objectAt(k int) bool {
	return sc.in(objectMarks, k-1) || k >= 2 && sc.isPhrase(objectMarks, k-2, 2, k)
}

// commaBetween reports whether a comma stands in tokens [a, b).
func (sc *scan) commaBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if sc.punct(k) == ',' {
			return true
		}
	}
	return false
}

// subjectAt returns the mention that ends right before the verb at token
// v, past adverbs and a comma, or the person whose company does; or -1.
func (sc *scan) subjectAt(v, ts int) int {
	k := v
	for k > ts {
		// "X, Bí thư Huyện ủy thay mặt Ban Thường vụ điều hành hội nghị":
		// the body the subject acts for, though it holds a title ("thay
		// mặt Đoàn Chủ tịch") or a person ("thay mặt Bí thư Tỉnh ủy Y")
		if o := sc.behalfBefore(k, ts); o >= 0 {
			k = o
			continue
		}
		// a mention ending here is the subject, even when its last word
		// is also an adverb ("Tỉnh ủy Lâm Đồng đề nghị", with "đồng" of
		// "đồng chủ trì")
		if mi := sc.mentionEndingAt(k); mi >= 0 && sc.ments[mi].ts >= ts {
			return mi
		}
		// "Chủ tịch UBND tỉnh - ông X - đã chủ trì": the dash that closes
		// an aside, as a comma does
		if p := sc.punct(k - 1); p == ',' || p == '-' && k < len(sc.toks) && !sc.toks[k].upper() {
			k--
			continue
		}
		// "Đại biểu X (Cầu Giấy) đề nghị": a bracketed aside after the
		// subject, its constituency or its delegation
		if o := sc.asideBefore(k, ts); o >= 0 {
			k = o
			continue
		}
		// "X dự và chủ trì hội nghị": a role verb joined before this one
		if sc.word(k-1) == "và" && k-2 > ts {
			if j := sc.roleVerbEndingAt(k - 1); j >= 0 {
				k = j
				continue
			}
		}
		found := false
		for n := 3; n >= 1; n-- {
			if k-n >= ts && sc.toks[k-n].kind() == tWord {
				if sc.isPhrase(roleAdverbs, k-n, n, k) {
					k -= n
					found = true
					break
				}
			}
		}
		if !found {
			break
		}
	}
	mi := sc.mentionEndingAt(k)
	if mi < 0 {
		// a group after "và" keeps a person's company only before a
		// role verb: "ý kiến của X và một số công dân, dự thảo kết luận …"
		// is no company of X's
		mi = sc.companyBefore(k, ts, sc.roleVerbFrom(v))
	}
	if mi < 0 || sc.ments[mi].ts < ts {
		return -1
	}
	return mi
}

// behalfHeads open the name of the body a subject acts for, between the
// subject and its verb: "thay mặt Ban Thường vụ Tỉnh ủy".
var behalfHeads = wordSet("thay mặt", "thay mặt cho")

// behalfBefore returns where "thay mặt" opens the body that ends right
// before token k ("… thay mặt Đoàn Chủ tịch điều hành"), or -1: the body
// is words in capitals or of a title (titleWords), at most twelve, so
// that "thay mặt Chính phủ ký tờ trình gửi …" gives no subject to a verb
// after it.
func (sc *scan) behalfBefore(k, ts int) int {
	for j := k - 1; j > ts && j >= k-14; j-- {
		for n := 3; n >= 2; n-- {
			if sc.isPhrase(behalfHeads, j-n+1, n, k) && j+1 < k {
				return j - n + 1
			}
		}
		if sc.toks[j].kind() != tWord || !sc.toks[j].upper() && !sc.in(titleWords, j) && !sc.tailOfTitleWord(j) {
			return -1
		}
	}
	return -1
}

// tailOfTitleWord reports whether token j ends a phrase of titleWords or
// titleHeads ("vụ" in "Ban Thường vụ", "tịch" in "Đoàn Chủ tịch").
func (sc *scan) tailOfTitleWord(j int) bool {
	for n := 2; n <= 3; n++ {
		if j-n+1 >= 0 && (sc.isPhrase(titleWords, j-n+1, n, j+1) || sc.isPhrase(titleHeads, j-n+1, n, j+1)) {
			return true
		}
	}
	return false
}

// ownerHeads name, before a person, the family of theirs who acts:
// "thân nhân gia đình ông X đã đến tham dự" (X, who died, does not).
var ownerHeads = wordSet("gia đình", "thân nhân", "người nhà")

// ownedAt reports whether the mention at token k is named as the one
// whose family acts (ownerHeads).
func (sc *scan) ownedAt(k int) bool {
	for n := 1; n <= 2; n++ {
		if k-n >= 0 && sc.isPhrase(ownerHeads, k-n, n, k) {
			return true
		}
	}
	return false
}

// asideBefore returns where the bracketed aside that closes right before
// token k opens ("(đoàn Nghệ An)", "(Ba Đình)"): its "(", when it is a
// short one inside the sentence that does not date the subject to
// another time (thenAsides); else -1.
func (sc *scan) asideBefore(k, ts int) int {
	if sc.punct(k-1) != ')' {
		return -1
	}
	for j := k - 2; j > ts && j >= k-16; j-- {
		switch sc.punct(j) {
		case '(':
			if sc.isPhrase(thenAsides, j+1, 2, k) {
				return -1 // "X (khi đó là Bí thư) chỉ đạo": an act of another time
			}
			return j
		case ')', '.', ';', ':', '"':
			return -1
		}
	}
	return -1
}

// thenAsides open an aside that dates the office of the one before it to
// another time: "(khi đó là …)", "(lúc đó là …)".
var thenAsides = wordSet("khi đó", "lúc đó")

// companyBefore returns the person whose company ends at token k: "X
// cùng các lãnh đạo UBND TP, Sở GTVT đã đến dự", "X và lãnh đạo các
// sở, ngành tới dự" or "X, lãnh đạo các sở, ngành cùng dự", where the
// people who came with X are not named, or
// "X dẫn đầu đoàn đại biểu Việt Nam tới dự", the delegation X leads; or
// -1. The group after "và" is read only when group is set, for a role
// verb.
func (sc *scan) companyBefore(k, ts int, group bool) int {
	for j := k - 1; j > ts && j >= k-16; j-- {
		switch {
		case sc.word(j) == "cùng":
			return sc.mentionEndingAt(j)
		case group && sc.word(j) == "và" && sc.in(companyHeads, j+1):
			// "A cùng các Bộ trưởng … và các đối tác": a group, not A
			if mi := sc.mentionEndingAt(j); mi >= 0 && !sc.ments[mi].plural {
				return mi
			}
		case sc.word(j) == "đoàn" && sc.isWords(j-2, "dẫn", "đầu"):
			return sc.mentionEndingAt(j - 2)
		case group && sc.punct(j) == ',' && sc.in(companyHeads, j+1) && sc.word(k) == "cùng":
			// "X, Phó Chủ tịch …, lãnh đạo các sở, ngành cùng dự": the group
			// after the comma came with X
			if mi := sc.mentionEndingAt(j); mi >= 0 && !sc.ments[mi].plural {
				return mi
			}
		case sc.punct(j) == ',':
		case sc.toks[j].kind() != tWord || clauseMarks[sc.word(j)]:
			return -1
		}
	}
	return -1
}

// companyHeads open, after "và", a group named by what its members are
// rather than by their names: "X và lãnh đạo các sở", "X và các đồng chí
// lãnh đạo thành phố", "X và đại diện các ban, ngành".
var companyHeads = wordSet("lãnh", "các", "đại", "nhiều", "một", "những", "đông", "cán")

// roleVerbFrom reports whether a role verb starts at token v, with the
// words its row lets open it ("đến tham dự").
func (sc *scan) roleVerbFrom(v int) bool {
	for k := v + 1; k <= v+4; k++ {
		if sc.roleVerbEndingAt(k) == v {
			return true
		}
	}
	return false
}

// roleVerbEndingAt returns where the role verb ending at token k starts
// (with the word that may open it, "tham" dự), or -1.
func (sc *scan) roleVerbEndingAt(k int) int {
	for n := 1; n <= 2; n++ {
		if r, m := sc.roleVerbAt(k - n); r != 0 && m == n {
			return sc.roleVerbStart(k-n, n)
		}
	}
	return -1
}

// mentionEndingAt returns the mention whose tokens end at k, or -1.
func (sc *scan) mentionEndingAt(k int) int {
	lo, hi := 0, len(sc.ments)
	for lo < hi { // first mention with te >= k
		mid := (lo + hi) / 2
		if sc.ments[mid].te < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(sc.ments) && sc.ments[lo].te == k {
		return lo
	}
	return -1
}

// firstMentionFrom returns the first mention starting at or after token k.
func (sc *scan) firstMentionFrom(k int) int {
	lo, hi := 0, len(sc.ments)
	for lo < hi {
		mid := (lo + hi) / 2
		if sc.ments[mid].ts < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// subjectChain returns, in text order, the people of a subject ending
// with mention mi: "A và B đồng chủ trì", "A, B và C chủ trì", and "Các
// đồng chí: A - title; B - title; C - title chủ trì". It walks back from
// mi to the first, within the sentence starting at token ts.
func (sc *scan) subjectChain(mi, ts int, chain []int) []int {
	chain = append(chain, mi)
	for k := sc.ments[mi].ts; ; {
		var mj int
		if p := sc.punct(k - 1); sc.word(k-1) == "và" || p == ',' || p == ';' {
			mj = sc.mentionEndingAt(k - 1)
		} else if mj = sc.mentionEndingAt(k); mj < 0 || sc.ments[mj].kind != mFull {
			// "A, Chủ tịch UBND B dự": when A's mention ran on over B's
			// title it ends where B's name starts.
			break
		}
		if mj < 0 || sc.ments[mj].ts < ts || mj == chain[len(chain)-1] {
			break
		}
		chain = append(chain, mj)
		k = sc.ments[mj].ts
	}
	slices.Reverse(chain)
	return chain
}

package meeting

// This file carves personal names out of runs of capitalised words
// (carveName): where a name may open (isSurname), and the words and places
// that never make one.

// isSurname reports whether token i can open a personal name.
func (sc *scan) isSurname(i int) bool {
	if i < 0 || i >= len(sc.toks) {
		return false
	}
	tk := sc.toks[i]
	if !tk.title() {
		return false
	}
	if tk.first()&surnames.bit != 0 {
		return true
	}
	// H'Hen, K'Ré: one of these letters, then the first apostrophe
	w := sc.l[tk.s:tk.e]
	return len(w) > 1 && w[1] == '\'' && (w[0] == 'h' || w[0] == 'k' || w[0] == 'y')
}

// nameStop lists words that never stand in a personal name.
var nameStop = wordSet("đảng", "ban", "hội", "sở", "phòng", "quận", "huyện", "tỉnh", "xã", "phường",
	"ủy", "bộ", "chương", "nghị", "tp", "ương")

// capRun returns the end of the run of title-case words starting at i.
func (sc *scan) capRun(i, end int) int {
	j := i
	for j < end && sc.toks[j].kind() == tWord && sc.toks[j].title() {
		if j > i && sc.toks[j].s != sc.toks[j-1].e+1 {
			break
		}
		j++
	}
	return j
}

// carveName finds the personal name inside the title-case run [a, b): the
// rightmost syllable at or after min that opens a name of three to five
// syllables, else one of two at the end, after any place name at the
// front ("Hà Nội Hoàng Trung Hải"). With marker set (the run follows
// "ông", "đồng chí" …) the run itself is the name.
func (sc *scan) carveName(a, b, min int, marker bool) (ns, ne int, ok bool) {
	if b-a > 8 {
		a = b - 8
		if min < a {
			min = a
		}
	}
	// a place name at the front
	for k := a; k < b; {
		n := 0
		for m := 3; m >= 1; m-- {
			if sc.isPhrase(places, k, m, b) {
				n = m
				break
			}
		}
		if n == 0 {
			break
		}
		k += n
		if k > min {
			min = k
		}
	}
	if marker && min == a && b-a >= 2 && (sc.isSurname(a) || b-a >= 3) {
		ne = b
		if ne-a > 5 {
			ne = a + 5
		}
		return a, ne, sc.nameOK(a, ne)
	}
	for k := b - 3; k >= min; k-- {
		if b-k <= 5 && sc.isSurname(k) && sc.nameOK(k, b) {
			// a double surname ("Phan Nguyễn Như Khuê", "Công Tôn Nữ
			// Thanh Hà") when the syllable before opens the run: a
			// capitalised word before a name is otherwise a place's
			// (after a level word a place of two syllables comes first)
			if k-1 == min && k-1 >= a && b-(k-1) <= 5 && !(min > a && k-1 < a+2) && sc.leadSurname(k-1) && sc.nameOK(k-1, b) {
				k--
			}
			return k, b, true
		}
	}
	if k := b - 2; k >= min && sc.isSurname(k) && sc.nameOK(k, b) {
		return k, b, true
	}
	return 0, 0, false
}

// leadSurname reports whether token i is a Kinh surname that may stand
// before another one (double surnames), or the "Công" of "Công Tôn".
func (sc *scan) leadSurname(i int) bool {
	if !sc.isSurname(i) {
		return sc.word(i) == "công" && sc.word(i+1) == "tôn" && sc.toks[i].title()
	}
	w := sc.word(i)
	return len(w) > 1 && !sc.in(ethnicOpeners, i)
}

// ethnicOpeners open an ethnic-minority name ("Y Biêr Niê", "Điểu K'Ré")
// and never stand before another surname.
var ethnicOpeners = wordSet("y", "k", "h", "điểu", "ksor", "ksơr", "rơ", "siu", "nay", "rah", "kpă",
	"niê", "byă", "mlô", "êban", "hwing")

// nameOK rejects runs that are places or organs.
func (sc *scan) nameOK(a, b int) bool {
	if sc.phrase(a, b-a, b) == "" || sc.isPhrase(places, a, b-a, b) {
		return false
	}
	for k := a; k < b; k++ {
		if sc.toks[k].digit() {
			return false
		}
		if sc.in(nameStop, k) {
			// "Nghị", "Hội", "Phòng" … are given names too ("Phạm
			// Quang Nghị", "Trần Văn Hội"), but open the words "Nghị
			// quyết", "Hội Nông dân", "Phòng Nội vụ": only as the last
			// syllable of a full name of three or more.
			if k == b-1 && k >= a+2 && sc.in(givenStop, k) && !sc.numberedPlace(k) {
				continue
			}
			return false
		}
	}
	return true
}

// givenStop are the words of nameStop that may end a name as its given
// name. The level words among them ("Trần Đức Quận", "Ngô Văn Huyện") are
// a place's only when the place name follows: a capitalised one runs on in
// the same run of capitals, so the level word does not end it, and a
// number ("Quận 3") is checked by numberedPlace.
var givenStop = wordSet("nghị", "chương", "hội", "phòng", "đảng", "quận", "huyện", "tỉnh", "xã", "phường")

// numberedPlace reports whether the level word at token k names a place
// by its number: "Quận 3", "Phường 12".
func (sc *scan) numberedPlace(k int) bool {
	return sc.in(levelWords, k) && k+1 < len(sc.toks) && sc.toks[k+1].digit() && sc.toks[k+1].s == sc.toks[k].e+1
}

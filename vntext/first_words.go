package vntext

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// firstWords is a set of words in lower case, listed by their first byte,
// that a scanner asks whether a stretch of text in lower case starts with
// one of them. Each word keeps its first eight bytes as one number, so
// that most are told apart from the text without a comparison of strings:
// the scanners ask at every word that may start a date or a period. Most
// words of a text share no first four bytes with a word of the set: heads,
// a bit set of their hashes (head4Hash), turns those away at one look;
// short, a bit set of the first two bytes of the words shorter than four
// bytes ("ba", "hai"), lets through the words those may start.
type firstWords struct {
	by    [256][]firstWord
	heads [1 << 16 / 64]uint64
	short [1 << 16 / 64]uint64
}

// A firstWord is a word of a firstWords set.
type firstWord struct {
	w          string
	head, mask uint64 // the word's first eight bytes, as textscan.Head8 reads them, and which of them are the word's
}

func (t *firstWords) add(w string) {
	mask := ^uint64(0) >> (64 - 8*min(len(w), 8))
	head := textscan.Head8(w, 0) & mask
	t.by[w[0]] = append(t.by[w[0]], firstWord{w, head, mask})
	k := head4Hash(head)
	if len(w) < 4 {
		k = uint32(head & 0xFFFF)
		if len(w) < 2 {
			panic("vntext: a first word of one byte")
		}
		t.short[k>>6] |= 1 << (k & 63)
		return
	}
	t.heads[k>>6] |= 1 << (k & 63)
}

// atWord is at for a caller that reads the words of t as whole words
// only: a word of t followed by a letter of ASCII is not one ("chín" does
// not start "chính", nor "ba" "ban").
func (t *firstWords) atWord(lower string, i int) bool { return t.match(lower, i, true) }

// asciiLetter reports whether c is a letter of ASCII.
func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// head4Hash hashes the first four bytes of x, as textscan.Head8 reads
// them, to 16 bits.
func head4Hash(x uint64) uint32 { return uint32(x) * 0x9E3779B1 >> 16 }

// at reports whether lower[i:] starts with one of the words of t (or a
// longer word they are the start of: a finer test is the caller's).
func (t *firstWords) at(lower string, i int) bool { return t.match(lower, i, false) }

// match is at, and atWord when whole is set.
func (t *firstWords) match(lower string, i int, whole bool) bool {
	h := uint64(0)
	if i+8 <= len(lower) {
		h = textscan.Load8(lower, i) // inlined, where Head8 is a call
	} else {
		h = textscan.Head8(lower, i)
	}
	k, p := head4Hash(h), uint16(h)
	if (t.heads[k>>6]>>(k&63)|t.short[p>>6]>>(p&63))&1 == 0 {
		return false
	}
	for _, fw := range t.by[lower[i]] {
		e := i + len(fw.w)
		if h&fw.mask == fw.head && (len(fw.w) <= 8 || strings.HasPrefix(lower[i:], fw.w)) &&
			(!whole || e >= len(lower) || !asciiLetter(lower[e])) {
			return true
		}
	}
	return false
}

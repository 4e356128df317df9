package textscan

import (
	"testing"
	"unicode"
)

func TestIsWordRune(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'a', true}, {'Z', true}, {'7', true}, {'ư', true}, {'Đ', true}, {'ệ', true},
		{'\u0301', true}, // combining acute, NFD tone mark
		{' ', false}, {'-', false}, {'/', false}, {'%', false}, {'×', false}, {'–', false},
		{'²', false}, {'中', true}, {utf8RuneError, false},
	} {
		if got := IsWordRune(c.r); got != c.want {
			t.Errorf("IsWordRune(%q) = %v; want %v", c.r, got, c.want)
		}
	}
	for r := rune(0); r < 0x3000; r++ { // the table agrees with the Unicode tables
		if IsWordRune(r) != (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			t.Fatalf("IsWordRune(%U) disagrees with the Unicode tables", r)
		}
	}
}

const utf8RuneError = '\uFFFD'

func TestAtAndBefore(t *testing.T) {
	s := "Quận 3, ủy"
	for _, c := range []struct {
		i          int
		at, before bool
	}{
		{0, true, false}, {6, false, true}, {7, true, false}, {8, false, true}, {10, true, false},
		{len(s), false, true},
	} {
		if got := WordRuneAt(s, c.i); got != c.at {
			t.Errorf("WordRuneAt(%q, %d) = %v; want %v", s, c.i, got, c.at)
		}
		if got := WordRuneBefore(s, c.i); got != c.before {
			t.Errorf("WordRuneBefore(%q, %d) = %v; want %v", s, c.i, got, c.before)
		}
	}
}

func TestSkipSpaces(t *testing.T) {
	s := "a   b"
	if got := SkipSpaces(s, 1); got != 4 {
		t.Errorf("SkipSpaces = %d; want 4", got)
	}
	if got := SkipSpaces(s, 5); got != 5 {
		t.Errorf("SkipSpaces at the end = %d; want 5", got)
	}
	if got := SkipSpacesBack(s, 4); got != 1 {
		t.Errorf("SkipSpacesBack = %d; want 1", got)
	}
}

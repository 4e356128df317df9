package vntext

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var parseNumberTests = []struct {
	in   string
	want float64
	err  error
	pos  int
}{
	{"3.666", 3666, nil, 0},
	{"4.863,4", 4863.4, nil, 0},
	{"8,2", 8.2, nil, 0},
	{"12.112", 12112, nil, 0},
	{"386,2", 386.2, nil, 0},
	{"31.748", 31748, nil, 0},
	{"1.000.000", 1e6, nil, 0},
	{"2024", 2024, nil, 0},
	{"0,5", 0.5, nil, 0},
	{"-3,5", -3.5, nil, 0},
	{"+7", 7, nil, 0},
	{"1.23.4", 0, ErrSyntax, 4},
	{"3.66", 0, ErrSyntax, 2},
	{"4.0", 0, ErrSyntax, 2},
	{"1234.567", 0, ErrSyntax, 4},
	{"", 0, ErrSyntax, 0},
	{"-", 0, ErrSyntax, 1},
	{"12,", 0, ErrSyntax, 2},
	{",5", 0, ErrSyntax, 0},
	{"8,2%", 0, ErrSyntax, 3},
	{"3.666 tỷ", 0, ErrSyntax, 5},
	{"99999999999999999999", 0, ErrRange, 15},
}

func TestParseNumber(t *testing.T) {
	for _, tt := range parseNumberTests {
		got, err := ParseNumber(tt.in)
		if !errors.Is(err, tt.err) || got != tt.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.err)
			continue
		}
		if err != nil {
			var ne *NumError
			if !errors.As(err, &ne) || ne.Pos != tt.pos || ne.Num != tt.in || ne.Func != "ParseNumber" {
				t.Errorf("ParseNumber(%q) error = %#v; want Pos %d", tt.in, err, tt.pos)
			}
		}
	}
}

// TestParseNumberErrors checks the error contract the way callers use it.
func TestParseNumberErrors(t *testing.T) {
	_, err := ParseNumber("1.23.4")
	require.ErrorIs(t, err, ErrSyntax)
	ne, ok := errors.AsType[*NumError](err)
	require.True(t, ok, "error type %T, want *NumError", err)
	assert.Equal(t, "ParseNumber", ne.Func)
	assert.Equal(t, "1.23.4", ne.Num)
	assert.Equal(t, 4, ne.Pos)
	assert.EqualError(t, err, `vntext.ParseNumber: parsing "1.23.4": invalid syntax at byte 4`)
}

func TestParseNumberAllocs(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { _, _ = ParseNumber("4.863,4") })
	if allocs != 0 {
		t.Errorf("ParseNumber allocated %v times; want 0", allocs)
	}
}

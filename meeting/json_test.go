package meeting

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnreport/vnreport/internal/golden"
)

// TestJSONRoundTrip checks that every golden file, which is the JSON the
// CLI writes, decodes back into the Meeting that Parse returns, but for
// what the JSON does not carry (dropUnencoded).
func TestJSONRoundTrip(t *testing.T) {
	for _, in := range golden.Inputs(t, 1) {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			want, err := Parse(string(src))
			if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(golden.Path(in))
			if err != nil {
				t.Fatal(err)
			}
			var got Meeting
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("json.Unmarshal(%s): %v", golden.Path(in), err)
			}
			dropUnencoded(want)
			assert.Equal(t, want, &got)
		})
	}
}

// TestJSONRoundTripEmpty checks the Meeting of a text that states nothing.
func TestJSONRoundTripEmpty(t *testing.T) {
	m, err := Parse("Xin chào.")
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != "{}" {
		t.Errorf("json.Marshal of an empty Meeting = %s, want {}", b)
	}
	var got Meeting
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	assert.Equal(t, m, &got)
}

// dropUnencoded clears what the JSON leaves out: YearInferred in every
// date of m (not part of a date's text form) and every field tagged
// json:"-" (the cues kept for explaining a value).
func dropUnencoded(m *Meeting) {
	m.Date.YearInferred = false
	m.Published.YearInferred = false
	for i := range m.References {
		m.References[i].Date.YearInferred = false
	}
	clearUntagged(reflect.ValueOf(m).Elem())
}

// clearUntagged zeroes every struct field tagged json:"-" in v, through
// pointers, slices and nested structs.
func clearUntagged(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			clearUntagged(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			clearUntagged(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Tag.Get("json") == "-" {
				v.Field(i).SetZero()
				continue
			}
			clearUntagged(v.Field(i))
		}
	}
}

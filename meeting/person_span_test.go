package meeting

import "testing"

// TestPersonSpan checks the span of a person's first full mention: the
// titles and the name with its honorific, after the colon of a list's
// introduction.
func TestPersonSpan(t *testing.T) {
	tests := []struct {
		name, in, person, want string
	}{
		{"honorific and titles after the name",
			"Đồng chí Lý Văn Sơn - Phó Bí thư Tỉnh ủy chủ trì hội nghị.",
			"Lý Văn Sơn", "Đồng chí Lý Văn Sơn - Phó Bí thư Tỉnh ủy"},
		{"titles before the name",
			"Tới dự có Phó Chủ tịch UBND tỉnh Hà Thị Nga.",
			"Hà Thị Nga", "Phó Chủ tịch UBND tỉnh Hà Thị Nga"},
		{"a list after a colon",
			"Hội nghị do các đồng chí: Lê Văn Bình - Bí thư Huyện ủy; Trần Thị Hoa - Chủ tịch UBND huyện chủ trì.",
			"Lê Văn Bình", "Lê Văn Bình - Bí thư Huyện ủy"},
		{"the first mention, not a later one",
			"Đồng chí Lý Văn Sơn - Phó Bí thư Tỉnh ủy dự hội nghị. Đồng chí Lý Văn Sơn đề nghị các cấp ủy tập trung lãnh đạo.",
			"Lý Văn Sơn", "Đồng chí Lý Văn Sơn - Phó Bí thư Tỉnh ủy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := peopleOf(tt.in)
			found := false
			for _, p := range append(m.Chairs, m.Attendees...) {
				if p.Name != tt.person {
					continue
				}
				found = true
				if got := tt.in[p.Start:p.End]; got != tt.want {
					t.Errorf("span of %s = %q, want %q", p.Name, got, tt.want)
				}
			}
			if !found {
				t.Errorf("%s not found in %+v %+v", tt.person, m.Chairs, m.Attendees)
			}
		})
	}
}

package indicators

import "testing"

// TestListItem checks the marks that open a list item, one row a line
// (trimmed, lower case, as taskLists passes it).
func TestListItem(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"- cải tạo 14 tuyến đường", true},
		{"2) kết nạp 60 đảng viên", true},
		{"b) trồng 5 ha rừng", true},
		{"một là, cải tạo 14 tuyến đường", true},
		{"bẩy là: hoàn thành 3 trường", true},
		{"thứ nhất, kết nạp 60 đảng viên", true},
		{"thứ nhì. hoàn thành 3 trường", true},
		{"thứ mười, trồng 5 ha rừng", true},
		{"mốt là, trồng", false},
		{"thứ một, trồng", false},
		{"một là trồng 5 ha", false}, // the mark needs its comma, colon or stop
		{"thứ hai tuần này, huyện họp", false},
		{"thị xã có 9 phường", false},
	} {
		if got := listItem(c.s); got != c.want {
			t.Errorf("listItem(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

package golden

import (
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	for _, c := range []struct {
		name, want, got, diff string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"one line inserted keeps the lines after it",
			"a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nX\nd\ne\nf\ng\nh\n",
			"@@ -1,6 +1,7 @@\n a\n b\n c\n+X\n d\n e\n f\n"},
		{"one line removed",
			"a\nb\nc\nd\ne\n", "a\nb\nd\ne\n",
			"@@ -1,6 +1,5 @@\n a\n b\n-c\n d\n e\n \n"},
		{"one line changed",
			"a\nb\nc\n", "a\nB\nc\n",
			"@@ -1,4 +1,4 @@\n a\n-b\n+B\n c\n \n"},
		{"changes far apart make two hunks",
			"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\nX\n3\n4\n5\n6\n7\n8\n9\n10\n11\nY\n",
			"@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n@@ -9,5 +9,5 @@\n 9\n 10\n 11\n-12\n+Y\n \n"},
		{"changes near each other make one hunk",
			"1\n2\n3\n4\n5\n6\n", "X\n2\n3\n4\n5\nY\n",
			"@@ -1,7 +1,7 @@\n-1\n+X\n 2\n 3\n 4\n 5\n-6\n+Y\n \n"},
		{"all new", "", "a\n", "@@ -1,1 +1,2 @@\n+a\n \n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Diff(c.want, c.got); got != c.diff {
				t.Errorf("Diff =\n%s\nwant\n%s", got, c.diff)
			}
		})
	}
}

// TestScript checks that the edit script rebuilds both sides and is as
// short as the longest common subsequence allows.
func TestScript(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"abcabba", "cbabac"},
		{"", "abc"},
		{"abc", ""},
		{"xaxbxc", "abc"},
		{"kitten", "sitting"},
	} {
		a, b := strings.Split(c.a, ""), strings.Split(c.b, "")
		var ra, rb []string
		changes := 0
		for _, e := range script(a, b) {
			switch e.op {
			case ' ':
				ra, rb = append(ra, a[e.w]), append(rb, b[e.g])
			case '-':
				ra = append(ra, a[e.w])
				changes++
			case '+':
				rb = append(rb, b[e.g])
				changes++
			}
		}
		if strings.Join(ra, "") != c.a || strings.Join(rb, "") != c.b {
			t.Errorf("%q → %q: script rebuilds %q → %q", c.a, c.b, strings.Join(ra, ""), strings.Join(rb, ""))
		}
		if want := len(a) + len(b) - 2*lcs(a, b); changes != want {
			t.Errorf("%q → %q: %d changes, want %d", c.a, c.b, changes, want)
		}
	}
}

func lcs(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}

func TestDiffLarge(t *testing.T) {
	var a, b strings.Builder
	for i := range 5000 {
		a.WriteString(strings.Repeat("x", i%7) + "\n")
		b.WriteString(strings.Repeat("y", i%5) + "\n")
	}
	if d := Diff(a.String(), b.String()); !strings.HasSuffix(d, "… (more lines differ)\n") {
		t.Errorf("a long diff is not cut short: %d bytes", len(d))
	}
}

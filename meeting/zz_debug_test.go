package meeting

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/vnreport/vnreport/vntext"
)

func TestZZDebugClues(t *testing.T) {
	for _, f := range strings.Fields(os.Getenv("ZZF")) {
		b, _ := os.ReadFile(f)
		m, _ := Parse(string(b))
		fmt.Println("#####", f, m.Date, m.DateBasis)
		p := newParser(vntext.NewDoc(string(b)), config{})
		p.end = p.article.End
		p.parseHeader(&Meeting{})
		var buf [32]yearClue
		steps := []struct {
			n string
			f func([]yearClue) []yearClue
		}{
			{"period", func(o []yearClue) []yearClue { c, bases := p.anniversaryClues(o); return p.periodClues(c, bases) }},
			{"date", p.dateClues}, {"assembly", p.assemblyClues}, {"abound", p.assemblyBounds}, {"natday", p.nationalDayClues},
			{"event", p.eventYearClues}, {"election", p.electionClues}, {"congress", p.partyCongressClues}, {"leader", p.leaderClues},
		}
		for _, s := range steps {
			for _, c := range s.f(buf[:0]) {
				y, ok := voteYear(c, m.Date.Month, m.Date.Day)
				if !ok {
					y = 0
				}
				txt := p.doc.Text[c.at:min(len(p.doc.Text), c.at+50)]
				fmt.Printf("  %-8s vote=%d w=%d b=%v l=%v %s..%s | %q\n", s.n, y, c.weight, c.bound, c.limit, c.from.Format("2006-01-02"), c.to.Format("2006-01-02"), strings.ReplaceAll(txt, "\n", " "))
			}
		}
	}
}

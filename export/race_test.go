//go:build race

package export

// raceEnabled: the race detector slows prose's model decoding tenfold.
const raceEnabled = true

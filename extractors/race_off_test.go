//go:build !race

package extractors

// raceEnabled reports a test binary built with -race, whose timings say
// nothing about the code's own growth.
const raceEnabled = false

//go:build race

package entities_test

const raceEnabled = true

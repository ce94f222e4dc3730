//go:build !unix

package bench

import (
	"runtime"
	"time"
)

func cpuTime() time.Duration { return 0 }

func threadTime() time.Duration { return 0 }

// PeakRSS falls back to the Go heap's peak where the OS gives nothing.
func PeakRSS() int64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.Sys)
}

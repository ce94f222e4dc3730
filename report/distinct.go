package report

import (
	"math"
	"math/bits"
)

// distinct estimates the number of distinct keys in a stream with
// HyperLogLog (Flajolet et al. 2007) in 2^hllP bytes: a relative standard
// error of about 1.04/sqrt(2^hllP), 0.8% here. Tables use it only once their
// top-k summary has had to drop keys; until then the count is exact.
type distinct struct {
	reg [1 << hllP]uint8
}

const hllP = 14

func (d *distinct) add(key string) {
	x := hashString(key)
	i := x >> (64 - hllP)
	rank := uint8(bits.LeadingZeros64(x<<hllP|1<<(hllP-1)) + 1)
	if rank > d.reg[i] {
		d.reg[i] = rank
	}
}

// estimate returns the estimated number of distinct keys added.
func (d *distinct) estimate() int64 {
	const m = float64(1 << hllP)
	sum, zeros := 0.0, 0
	for _, r := range d.reg {
		sum += math.Ldexp(1, -int(r))
		if r == 0 {
			zeros++
		}
	}
	e := 0.7213 / (1 + 1.079/m) * m * m / sum
	if e <= 2.5*m && zeros > 0 {
		e = m * math.Log(m/float64(zeros)) // linear counting for small sets
	}
	return int64(math.Round(e))
}

// hashString is FNV-1a, inlined to keep the hot path free of allocations,
// followed by mix64.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix64(h)
}

// mix64 is MurmurHash3's finalizer: FNV alone spreads short keys poorly
// over the high bits HyperLogLog reads.
func mix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb93e185a8e53
	x ^= x >> 33
	return x
}

//go:build !unix

package review

// lockDir is a no-op where flock does not exist: decisions from one server
// are still serialised, and the size and time checks catch most writes from
// others.
func lockDir(string) (func(), error) { return func() {}, nil }

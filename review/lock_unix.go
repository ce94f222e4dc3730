//go:build unix

package review

import (
	"os"
	"syscall"
)

// lockDir takes an exclusive advisory lock on dir, so that two review
// servers on the same file (two processes) write one after the other: each
// re-reads the file under the lock before deciding. It locks the directory
// itself, so no lock file is ever created.
func lockDir(dir string) (unlock func(), err error) {
	d, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(d.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		d.Close()
		return nil, err
	}
	return func() {
		syscall.Flock(int(d.Fd()), syscall.LOCK_UN)
		d.Close()
	}, nil
}

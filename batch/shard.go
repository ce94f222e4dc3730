package batch

import (
	"fmt"
	"strconv"
	"strings"
)

// Shard picks every Count-th article of the input, starting at Index
// (0-based), so that Count copies of sayso, each with its own Index, share a
// dump without talking to each other. The zero value takes every article.
type Shard struct {
	Index, Count int
}

// Takes reports whether the article at input position i (0-based, over all
// inputs in order, failed ones included) belongs to the shard.
func (s Shard) Takes(i int) bool { return s.Count <= 1 || i%s.Count == s.Index }

func (s Shard) String() string {
	if s.Count <= 1 {
		return "all"
	}
	return strconv.Itoa(s.Index) + "/" + strconv.Itoa(s.Count)
}

// ParseShard reads "i/n": shard i (0-based) of n.
func ParseShard(s string) (Shard, error) {
	i, n, ok := strings.Cut(s, "/")
	if !ok {
		return Shard{}, fmt.Errorf("shard %q is not of the form i/n (e.g. 0/4)", s)
	}
	return makeShard(i, n)
}

func makeShard(index, count string) (Shard, error) {
	i, err1 := strconv.Atoi(strings.TrimSpace(index))
	n, err2 := strconv.Atoi(strings.TrimSpace(count))
	switch {
	case err1 != nil || err2 != nil:
		return Shard{}, fmt.Errorf("shard %s/%s: index and count must be integers", index, count)
	case n < 1:
		return Shard{}, fmt.Errorf("shard %d/%d: the count must be at least 1", i, n)
	case i < 0 || i >= n:
		return Shard{}, fmt.Errorf("shard %d/%d: the index must be between 0 and %d", i, n, n-1)
	}
	return Shard{Index: i, Count: n}, nil
}

// ShardFromEnv chooses the shard of a run from, in order: the --shard flag
// (flag, "i/n"); Kubernetes Indexed Jobs' JOB_COMPLETION_INDEX with the
// shard count from the --shards flag (count) or else SAYSO_SHARDS. getenv
// is os.Getenv in production. With none of them set, the run takes every
// article.
func ShardFromEnv(flag string, count int, getenv func(string) string) (Shard, error) {
	if flag != "" {
		return ParseShard(flag)
	}
	index := getenv("JOB_COMPLETION_INDEX")
	n := ""
	if count > 0 {
		n = strconv.Itoa(count)
	} else {
		n = getenv("SAYSO_SHARDS")
	}
	switch {
	case index == "" && n == "":
		return Shard{}, nil
	case index == "":
		return Shard{}, fmt.Errorf("a shard count (%s) is given but no shard index: pass --shard i/n or set JOB_COMPLETION_INDEX", n)
	case n == "":
		return Shard{}, fmt.Errorf("JOB_COMPLETION_INDEX=%s is set but not the number of shards: pass --shards N (the Job's completions) or set SAYSO_SHARDS", index)
	}
	return makeShard(index, n)
}

//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpecialFiles checks that a batch over a folder holding a FIFO, a
// link to /dev/zero and two articles ends at once with four lines, the
// two special files reported as what they are.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "a-fifo.txt"), 0o644))
	require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "b-zero.txt")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.txt"), []byte(article), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d.txt"), []byte(article), 0o644))
	done := make(chan struct{})
	var code int
	var out, errs string
	go func() {
		defer close(done)
		code, out, errs = runCLI(t, "", "-jsonl", dir)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the batch hangs")
	}
	assert.Equal(t, exitFailed, code)
	ls := lines(t, out)
	require.Len(t, ls, 4, out)
	for i, name := range []string{"a-fifo.txt", "b-zero.txt", "c.txt", "d.txt"} {
		assert.Equal(t, filepath.Join(dir, name), ls[i]["source_file"], "line %d", i+1) // in order
	}
	assert.Contains(t, ls[0]["error"], "named pipe (FIFO)")
	assert.Contains(t, ls[1]["error"], "character device")
	assert.NotContains(t, ls[2], "error")
	assert.NotContains(t, ls[3], "error")
	assert.Contains(t, errs, "a-fifo.txt")

	// named alone, a FIFO is refused too
	code, _, errs = runCLI(t, "", filepath.Join(dir, "a-fifo.txt"))
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "not a regular file")
}

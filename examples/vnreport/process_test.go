//go:build unix

package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain runs the command itself when VNREPORT_ARGS is set, so that the
// tests below can start it as a process, signals and all.
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("VNREPORT_ARGS"); ok {
		os.Args = append([]string{"vnreport"}, strings.Split(args, "\x1f")...)
		main()
		return
	}
	os.Exit(m.Run())
}

// command returns the command as a process with args.
func command(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), "VNREPORT_ARGS="+strings.Join(args, "\x1f"))
	return cmd
}

// TestProcessSIGINT interrupts a batch whose output is a pipe: the output
// ends with a whole line and the exit status is 130.
func TestProcessSIGINT(t *testing.T) {
	dir := manyFiles(t, 300)
	cmd := command(t, "-jsonl", dir)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	br := bufio.NewReader(stdout)
	first, err := br.ReadString('\n')
	require.NoError(t, err)
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	time.Sleep(100 * time.Millisecond)
	rest := new(strings.Builder)
	_, err = br.WriteTo(rest)
	require.NoError(t, err)
	err = cmd.Wait()
	var ee *exec.ExitError
	require.True(t, errors.As(err, &ee), "exit: %v", err)
	assert.Equal(t, exitInterrupt, ee.ExitCode())
	out := first + rest.String()
	assert.True(t, strings.HasSuffix(out, "\n"), "torn last line")
	n := 0
	for l := range strings.Lines(out) {
		n++
		assert.True(t, json.Valid([]byte(l)), "line %d is not whole: %.80q", n, l)
	}
	assert.Less(t, n, 300, "the batch went on after SIGINT")
}

// TestProcessFullDisk writes to /dev/full: the first failed write stops
// the batch with status 1 and says why.
func TestProcessFullDisk(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	cmd := command(t, "-jsonl", manyFiles(t, 300))
	cmd.Stdout = full
	var errb strings.Builder
	cmd.Stderr = &errb
	err = cmd.Run()
	var ee *exec.ExitError
	require.True(t, errors.As(err, &ee), "exit: %v", err)
	assert.Equal(t, exitFailed, ee.ExitCode())
	assert.Equal(t, 1, strings.Count(errb.String(), "writing the output failed"), errb.String())
	assert.Contains(t, errb.String(), "no space left on device")
}

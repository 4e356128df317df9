// Vnreport prints what [meeting.Parse] finds in Vietnamese reports of Party
// committee conferences, congresses and People's Council sessions: as JSON
// in the shape that SCHEMA.md describes, as CSV rows of figures, or as an
// HTML page that shows every extracted span in the article.
//
// Usage:
//
//	vnreport                          # parse the embedded sample article, indented JSON
//	vnreport FILE                     # one article -> one JSON object
//	vnreport -                        # read one article from standard input
//	vnreport -ref 2024-06-20 FILE     # a reference date for years the text leaves out
//	vnreport -jsonl FILE|DIR|-...     # one JSON object per line, with "source_file"
//	vnreport -in jsonl RECORDS|-...   # records {"id", "text", "published"}: one line each, with "id"
//	vnreport -csv FILE|DIR...         # one CSV row per figure, with a header row
//	vnreport -explain FILE            # per figure, the cues that decided its role and key
//	vnreport -html FILE > page.html   # the article, every extracted span highlighted
//	vnreport -html -o OUTDIR DIR...   # a page per article and OUTDIR/index.html
//
// vnreport -h lists every flag, output format and exit status.
//
// With -jsonl, folders are searched recursively for *.txt files, taken in
// lexical order, hidden folders and files skipped; "-" reads a list of
// paths from standard input. The articles are parsed on all cores, and each
// input's output is written in the order of the input however long each
// article takes; only a bounded number of results wait to be written, so
// memory stays flat for any number of files. Only regular files of at most
// -max-size bytes (64 MB by default) are read: a FIFO, a device or a socket
// is reported as what it is, never read. An input that cannot be read or is
// not UTF-8 text yields a line {"source_file": …, "error": …} and a message
// on standard error, and the batch goes on. When standard error is a
// terminal, a progress count is shown there.
//
// On SIGINT or SIGTERM the output being written is finished, and vnreport
// exits with status 130 or 143; the first failed write to standard output
// stops it with status 1. Otherwise the exit status is 0 when every input
// was read and parsed, 1 when an input could not be read or was not UTF-8
// text, and 2 for invalid usage.
package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

//go:embed sample.txt
var sample string

func main() {
	fi, err := os.Stderr.Stat()
	progress := err == nil && fi.Mode()&os.ModeCharDevice != 0
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	c := &cli{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, progress: progress, signals: sigs}
	os.Exit(c.run(os.Args[1:]))
}

// A cli is the command's surroundings.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	progress       bool             // show a progress count on stderr
	signals        <-chan os.Signal // SIGINT and SIGTERM; nil in tests that send none
}

// run is the command with the standard surroundings of a test: it reads
// args and stdin, writes to stdout and stderr, and returns the exit
// status. progress enables the progress count on stderr.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, progress bool) int {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr, progress: progress}
	return c.run(args)
}

// run parses the command line, picks the output and runs the inputs
// through it.
func (c *cli) run(args []string) int {
	o, err := parseFlags(args, c.stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case err != nil:
		return exitUsage
	}
	if err := checkArgs(o); err != nil {
		fmt.Fprintln(c.stderr, "vnreport:", err)
		return exitUsage
	}
	f, err := newFormat(o)
	if err != nil {
		fmt.Fprintln(c.stderr, "vnreport:", err)
		return exitFailed
	}
	return c.pipeline(o, f)
}

// newFormat returns the output the options ask for. Another output is a
// flag in parseFlags and a case here.
func newFormat(o *options) (format, error) {
	switch {
	case o.csv:
		return &csvFormat{}, nil
	case o.explain:
		return &explainFormat{batch: o.batch()}, nil
	case o.html && o.outDir != "":
		return newHTMLBatch(o.outDir)
	case o.html:
		return &htmlPage{}, nil
	case o.jsonl || o.records:
		return jsonLines{}, nil
	}
	return jsonIndented{}, nil
}

// Vnreport prints what [meeting.Parse] finds in Vietnamese reports of Party
// committee conferences, congresses and People's Council sessions, as JSON
// in the shape that SCHEMA.md describes.
//
// Usage:
//
//	vnreport                     # parse the embedded sample article, pretty JSON
//	vnreport FILE                # one article -> one JSON object
//	vnreport -                   # read one article from standard input
//	vnreport -jsonl FILE|DIR...  # one JSON object per line, with "source_file"
//
// With -jsonl, folders are searched recursively for *.txt files, taken in
// lexical order. The articles are parsed on all cores, and the lines are
// written in the order of the input however long each article takes; only a
// bounded number of results wait to be written, so memory stays flat for any
// number of files. An input that cannot be read or is not text yields a line
// {"source_file": …, "error": …} and a message on standard error, and the
// batch goes on. When standard error is a terminal, a progress count is
// shown there.
//
// The exit status is 0 when every input was read and parsed, 1 when an
// input could not be read or was not text, and 2 for invalid usage.
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/vnreport/vnreport/meeting"
)

//go:embed sample.txt
var sample string

func main() {
	fi, err := os.Stderr.Stat()
	progress := err == nil && fi.Mode()&os.ModeCharDevice != 0
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, progress))
}

// errNotText reports an input that is not UTF-8 text.
var errNotText = errors.New("input is not text")

// run is the command: it reads args, stdin and writes to stdout and
// stderr, and returns the exit status. progress enables the progress count
// on stderr.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, progress bool) int {
	fl := flag.NewFlagSet("vnreport", flag.ContinueOnError)
	fl.SetOutput(stderr)
	jsonl := fl.Bool("jsonl", false, "write one JSON object per line for each FILE or *.txt file under DIR")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: vnreport [FILE | -]\n       vnreport -jsonl FILE|DIR...")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *jsonl {
		if fl.NArg() == 0 {
			fmt.Fprintln(stderr, "vnreport: -jsonl needs at least one FILE or DIR")
			return 2
		}
		return batch(fl.Args(), stdout, stderr, progress)
	}
	var src []byte
	switch fl.NArg() {
	case 0:
		src = []byte(sample)
	case 1:
		var err error
		if fl.Arg(0) == "-" {
			src, err = io.ReadAll(stdin)
		} else {
			src, err = os.ReadFile(fl.Arg(0))
		}
		if err != nil {
			fmt.Fprintln(stderr, "vnreport:", err)
			return 1
		}
	default:
		fl.Usage()
		return 2
	}
	m, err := parse(src)
	if err != nil {
		fmt.Fprintf(stderr, "vnreport: %s: %v\n", name(fl.Arg(0)), err)
		return 1
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		fmt.Fprintln(stderr, "vnreport:", err)
		return 1
	}
	b = append(b, '\n')
	if _, err := stdout.Write(b); err != nil {
		fmt.Fprintln(stderr, "vnreport:", err)
		return 1
	}
	return 0
}

func name(arg string) string {
	switch arg {
	case "":
		return "sample"
	case "-":
		return "standard input"
	}
	return arg
}

// parse checks that src is text and parses it. A panic in the parser is
// returned as an error, so that one article cannot stop a batch.
func parse(src []byte) (m *meeting.Meeting, err error) {
	if bytes.IndexByte(src[:min(len(src), 8192)], 0) >= 0 || !utf8.Valid(src) && looksBinary(src) {
		return nil, errNotText
	}
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	return meeting.Parse(string(src))
}

// looksBinary reports input where control bytes or invalid UTF-8 abound.
func looksBinary(src []byte) bool {
	bad := 0
	n := min(len(src), 8192)
	for i := 0; i < n; {
		r, w := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && w == 1 || r < ' ' && r != '\n' && r != '\r' && r != '\t' {
			bad++
		}
		i += w
	}
	return bad*20 > n
}

// A line is one output line of -jsonl: the meeting or the error, with the
// file it came from.
type line struct {
	SourceFile string `json:"source_file"`
	Error      string `json:"error,omitempty"`
	*meeting.Meeting
}

// job is one input of a batch; out receives its encoded line.
type job struct {
	path string
	err  error // an error met while listing the inputs
	out  chan []byte
}

// batch runs -jsonl over the inputs and returns the exit status.
func batch(args []string, stdout, stderr io.Writer, progress bool) int {
	workers := runtime.GOMAXPROCS(0)
	window := 4 * workers // results that may wait to be written
	jobs := make(chan job, window)
	order := make(chan chan []byte, window)
	var failed atomic.Bool
	var errMu sync.Mutex
	report := func(path string, err error) {
		failed.Store(true)
		errMu.Lock()
		if progress {
			fmt.Fprint(stderr, "\r\033[K")
		}
		fmt.Fprintf(stderr, "vnreport: %s: %v\n", path, err)
		errMu.Unlock()
	}

	go func() {
		defer close(jobs)
		defer close(order)
		emit := func(path string, err error) {
			j := job{path: path, err: err, out: make(chan []byte, 1)}
			order <- j.out
			jobs <- j
		}
		for _, arg := range args {
			fi, err := os.Stat(arg)
			if err != nil || !fi.IsDir() {
				emit(arg, nil) // a file, or an error the worker reports
				continue
			}
			werr := filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					emit(path, err)
					if d != nil && d.IsDir() {
						return fs.SkipDir
					}
					return nil
				}
				if !d.IsDir() && strings.HasSuffix(d.Name(), ".txt") {
					emit(path, nil)
				}
				return nil
			})
			if werr != nil {
				emit(arg, werr)
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- encodeLine(j, report)
			}
		}()
	}

	n := 0
	var werr error
	for ch := range order {
		b := <-ch
		if werr == nil {
			_, werr = stdout.Write(b)
		}
		n++
		if progress && n%50 == 0 {
			errMu.Lock()
			fmt.Fprintf(stderr, "\rvnreport: %d files", n)
			errMu.Unlock()
		}
	}
	wg.Wait()
	if progress {
		fmt.Fprintf(stderr, "\rvnreport: %d files\n", n)
	}
	if werr != nil {
		fmt.Fprintln(stderr, "vnreport:", werr)
		return 1
	}
	if failed.Load() {
		return 1
	}
	return 0
}

// encodeLine reads and parses one input and encodes its line.
func encodeLine(j job, report func(string, error)) []byte {
	l := line{SourceFile: j.path}
	err := j.err
	if err == nil {
		var src []byte
		if src, err = os.ReadFile(j.path); err == nil {
			l.Meeting, err = parse(src)
		}
	}
	if err != nil {
		report(j.path, err)
		l.Meeting = nil
		l.Error = err.Error()
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(l); err != nil {
		report(j.path, err)
		buf.Reset()
		enc.Encode(line{SourceFile: j.path, Error: err.Error()})
	}
	return buf.Bytes()
}

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// An input is one article to parse, as listed; read loads its text on a
// worker.
type input struct {
	name string          // the path as given, "standard input" or "sample"; "FILE:LINE" for a record
	id   json.RawMessage // a record's id, as given; nil for an article
	ref  time.Time       // the reference date, from -ref or a record's published date
	err  error           // an error met while listing it
	read func() ([]byte, error)
}

// source is how outputs name the input: a record's id, or the path.
func (in *input) source() string {
	if in.id != nil {
		var s string
		if json.Unmarshal(in.id, &s) == nil {
			return s
		}
		return string(in.id)
	}
	return in.name
}

// A lister sends the inputs of a command line, in order, to emit, and
// stops when emit returns false.
type lister struct {
	o     *options
	stdin io.Reader
	emit  func(*input) bool
}

// errFolderNeedsBatch is the usage error of a folder given alone.
type errFolderNeedsBatch struct{ dir string }

func (e errFolderNeedsBatch) Error() string {
	return fmt.Sprintf("%s is a folder; to parse every *.txt file in it, use: vnreport -jsonl %s", e.dir, e.dir)
}

// checkArgs reports a folder given where one article is read.
func checkArgs(o *options) error {
	if o.batch() || o.records {
		return nil
	}
	for _, a := range o.args {
		if fi, err := os.Stat(a); err == nil && fi.IsDir() {
			if o.html {
				return fmt.Errorf("%s is a folder; to write a page for every *.txt file in it, use: vnreport -html -o OUTDIR %s", a, a)
			}
			return errFolderNeedsBatch{a}
		}
	}
	return nil
}

// list sends every input.
func (l *lister) list() {
	if l.o.records {
		args := l.o.args
		if len(args) == 0 {
			args = []string{"-"}
		}
		for _, a := range args {
			if !l.records(a) {
				return
			}
		}
		return
	}
	if len(l.o.args) == 0 {
		l.emit(&input{name: "sample", ref: l.o.ref, read: func() ([]byte, error) { return []byte(sample), nil }})
		return
	}
	for _, a := range l.o.args {
		if !l.arg(a) {
			return
		}
	}
}

// arg sends the inputs of one argument: a file, a folder's *.txt files,
// or standard input (an article, or with -jsonl a list of paths).
func (l *lister) arg(a string) bool {
	if a == "-" {
		if l.o.jsonl {
			return l.pathsFrom(l.stdin)
		}
		return l.emit(&input{name: "standard input", ref: l.o.ref, read: func() ([]byte, error) {
			return readAtMost(l.stdin, l.o.maxSize)
		}})
	}
	if fi, err := os.Stat(a); err == nil && fi.IsDir() {
		return l.folder(a)
	}
	return l.file(a)
}

func (l *lister) file(path string) bool {
	return l.emit(&input{name: path, ref: l.o.ref, read: func() ([]byte, error) { return readFile(path, l.o.maxSize) }})
}

// folder sends the *.txt files under dir in lexical order, past hidden
// folders and files, or an error when there are none.
func (l *lister) folder(dir string) bool {
	n := 0
	stopped := false
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if err != nil {
			n++
			if !l.emit(&input{name: path, err: unwrapPath(err)}) {
				stopped = true
				return fs.SkipAll
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !strings.HasSuffix(d.Name(), ".txt") {
			return nil
		}
		n++
		if !l.file(path) {
			stopped = true
			return fs.SkipAll
		}
		return nil
	})
	switch {
	case stopped:
		return false
	case err != nil:
		return l.emit(&input{name: dir, err: unwrapPath(err)})
	case n == 0:
		return l.emit(&input{name: dir, err: errors.New("a folder with no .txt files in it (hidden folders are skipped)")})
	}
	return true
}

// pathsFrom sends the inputs of the paths listed in r, one a line.
func (l *lister) pathsFrom(r io.Reader) bool {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<16)
	for sc.Scan() {
		p := strings.TrimSpace(sc.Text())
		if p == "" {
			continue
		}
		var ok bool
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			ok = l.folder(p)
		} else {
			ok = l.file(p)
		}
		if !ok {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		return l.emit(&input{name: "standard input", err: fmt.Errorf("reading the list of paths: %w", err)})
	}
	return true
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// A record is one line of -in jsonl.
type record struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
}

// records sends the records of the file at path, or of standard input
// for "-": one input a line, blank lines skipped.
func (l *lister) records(path string) bool {
	var r io.Reader = l.stdin
	name := "standard input"
	if path != "-" {
		f, err := os.Open(path)
		if err == nil {
			defer f.Close()
			var fi os.FileInfo
			if fi, err = f.Stat(); err == nil && !fi.Mode().IsRegular() && fi.Mode()&fs.ModeNamedPipe == 0 {
				err = fmt.Errorf("%s, not a file of records: not read", notRegular(fi.Mode()))
			}
		}
		if err != nil {
			return l.emit(&input{name: path, err: unwrapPath(err)})
		}
		r, name = f, path
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := readLine(br, l.o.maxSize)
		at := name + ":" + strconv.Itoa(n)
		switch {
		case errors.Is(err, io.EOF) && len(line) == 0:
			return true
		case errors.Is(err, errLongLine):
			if !l.emit(&input{name: at, err: tooLarge(-1, l.o.maxSize)}) {
				return false
			}
			continue
		case err != nil && !errors.Is(err, io.EOF):
			return l.emit(&input{name: at, err: err})
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if !l.emit(l.record(at, line)) {
			return false
		}
	}
}

// record decodes one record line into its input.
func (l *lister) record(at string, line []byte) *input {
	in := &input{name: at, ref: l.o.ref}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		in.err = fmt.Errorf("not a JSON record: %v", err)
		return in
	}
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		in.id = rec.ID
	}
	if rec.Text == nil {
		in.err = errors.New(`the record has no "text"`)
		return in
	}
	if rec.Published != "" {
		t, err := parsePublished(rec.Published)
		if err != nil {
			in.err = err
			return in
		}
		in.ref = t
	}
	text := *rec.Text
	in.read = func() ([]byte, error) { return []byte(text), nil }
	return in
}

// parsePublished reads a record's published date: YYYY-MM-DD, or an RFC
// 3339 time whose date is taken.
func parsePublished(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	return time.Time{}, fmt.Errorf("published %q is not a date YYYY-MM-DD", s)
}

var errLongLine = errors.New("line too long")

// readLine reads one line of br without its line end. A line longer than
// max is skipped to its end and reported as errLongLine.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	long := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !long {
			if int64(len(line)+len(chunk)) > max+1 {
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if long {
			if err == nil {
				err = errLongLine
			} else if errors.Is(err, io.EOF) {
				err = errLongLine
			}
			return nil, err
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

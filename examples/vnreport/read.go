package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/vnreport/vnreport/meeting"
)

// readFile reads the article at path. Only a regular file of at most max
// bytes is read: the file is opened without blocking (a FIFO with no
// writer would wait for one) and checked once open, so that a FIFO, a
// device such as /dev/zero, or a socket, whatever link leads to it, is
// reported as what it is and never read. The error names no path: the
// caller does, once.
func readFile(path string, max int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if what := notRegular(fi.Mode()); what != "" {
		return nil, fmt.Errorf("%s, not a regular file: not read", what)
	}
	if fi.Size() > max {
		return nil, tooLarge(fi.Size(), max)
	}
	return readAtMost(f, max)
}

// notRegular says what a file that is not a regular one is, or "" for a
// regular file.
func notRegular(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	}
	return "a special file"
}

// readAtMost reads r to its end, or fails once it holds more than max
// bytes.
func readAtMost(r io.Reader, max int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, err
	}
	if n > max {
		return nil, tooLarge(-1, max)
	}
	return buf.Bytes(), nil
}

func tooLarge(size, max int64) error {
	if size < 0 {
		return fmt.Errorf("larger than %s, the limit: not read (raise it with -max-size)", sizeText(max))
	}
	return fmt.Errorf("%s, larger than %s, the limit: not read (raise it with -max-size)", sizeText(size), sizeText(max))
}

// sizeText writes n bytes in the largest unit that divides it, or in
// bytes.
func sizeText(n int64) string {
	for _, u := range []struct {
		name string
		n    int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}} {
		if n >= u.n && n%u.n == 0 {
			return fmt.Sprintf("%d %s", n/u.n, u.name)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}

// errBinary reports an input that holds binary data rather than text.
var errBinary = errors.New("binary data, not text")

// checkText reports input that is not UTF-8 text: binary data, or text in
// another encoding, such as Windows-1258 or VNI, which is named with a way
// to convert it.
func checkText(src []byte) error {
	if bytes.IndexByte(src[:min(len(src), 8192)], 0) >= 0 || looksBinary(src) {
		return errBinary
	}
	if !utf8.Valid(src) {
		i := invalidAt(src)
		return fmt.Errorf("not UTF-8 (invalid byte 0x%02x at offset %d): perhaps Windows-1258; convert it with iconv -f WINDOWS-1258 -t UTF-8", src[i], i)
	}
	return nil
}

// invalidAt returns the offset of the first byte of src that is not valid
// UTF-8, or len(src).
func invalidAt(src []byte) int {
	for i := 0; i < len(src); {
		r, w := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return len(src)
}

// looksBinary reports input where control bytes abound.
func looksBinary(src []byte) bool {
	bad := 0
	n := min(len(src), 8192)
	for _, c := range src[:n] {
		if c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			bad++
		}
	}
	return bad*20 > n
}

// parse checks that src is UTF-8 text and parses it with the reference
// date ref (none when zero). A panic in the parser is returned as an
// error, so that one article cannot stop a batch.
func parse(src []byte, ref time.Time) (m *meeting.Meeting, err error) {
	if err := checkText(src); err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	var opts []meeting.Option
	if !ref.IsZero() {
		opts = append(opts, meeting.WithReference(ref))
	}
	return meeting.Parse(string(src), opts...)
}

package main

import (
	"fmt"
	"os"
	"runtime"
	"syscall"

	"github.com/vnreport/vnreport/meeting"
)

// A result is one input once read and parsed, with its output.
type result struct {
	*input
	src  []byte           // the text as read
	m    *meeting.Meeting // nil when err is set
	err  error
	seq  int           // 1 for the first input
	out  []byte        // what the format writes to stdout for it
	page string        // the page -html -o wrote for it
	done chan struct{} // closed once out is ready
}

// A format writes the results of a run.
type format interface {
	// begin writes what comes before the first input (a header row).
	begin(c *cli) error
	// encode builds r.out, on a worker; it may read r.src.
	encode(r *result)
	// add is called in input order once r.out is written.
	add(r *result)
	// end writes what comes after the last input (an index page).
	end(c *cli) error
}

// process reads, parses and encodes one input.
func process(r *result, f format) {
	defer close(r.done)
	r.err = r.input.err
	if r.err == nil {
		r.src, r.err = r.read()
	}
	if r.err == nil {
		r.m, r.err = parse(r.src, r.ref)
	}
	f.encode(r)
}

// pipeline parses the inputs on all cores and writes each one's output in
// the order of the input, however long each takes; only a bounded number
// of results wait to be written, so memory stays flat for any number of
// inputs. It stops at the first failed write to stdout, and on a signal
// once the output being written is complete. It returns the exit status.
func (c *cli) pipeline(o *options, f format) int {
	quit := make(chan struct{}) // closed when the writer stops, to stop the rest
	defer close(quit)
	order := c.start(o, f, quit)
	if err := f.begin(c); err != nil {
		return c.writeFailed(err)
	}
	n, failed := 0, false
	for r := range order {
		select {
		case <-r.done:
		case sig := <-c.signals:
			return c.interrupted(sig, n)
		}
		select {
		case sig := <-c.signals:
			return c.interrupted(sig, n)
		default:
		}
		if r.err != nil {
			failed = true
			c.report(r.name, r.err)
		}
		if len(r.out) > 0 {
			if _, err := c.stdout.Write(r.out); err != nil {
				return c.writeFailed(err)
			}
		}
		f.add(r)
		n++
		if c.progress && n%50 == 0 {
			fmt.Fprintf(c.stderr, "\rvnreport: %d inputs", n)
		}
	}
	if c.progress && n >= 50 {
		fmt.Fprintf(c.stderr, "\rvnreport: %d inputs\n", n)
	}
	if err := f.end(c); err != nil {
		return c.writeFailed(err)
	}
	if failed {
		return exitFailed
	}
	return exitOK
}

// start lists the inputs and processes them on one worker per core, and
// returns their results in input order, at most a few per worker ahead of
// the writer. Closing quit stops the listing.
func (c *cli) start(o *options, f format, quit <-chan struct{}) <-chan *result {
	workers := runtime.GOMAXPROCS(0)
	window := 4 * workers
	jobs := make(chan *result, window)
	order := make(chan *result, window)
	go func() {
		defer close(jobs)
		defer close(order)
		seq := 0
		l := &lister{o: o, stdin: c.stdin, emit: func(in *input) bool {
			seq++
			r := &result{input: in, seq: seq, done: make(chan struct{})}
			select {
			case order <- r:
			case <-quit:
				return false
			}
			select {
			case jobs <- r:
				return true
			case <-quit:
				return false
			}
		}}
		l.list()
	}()
	for range workers {
		go func() {
			for r := range jobs {
				process(r, f)
			}
		}()
	}
	return order
}

// report writes an input's error on stderr, naming the input once.
func (c *cli) report(name string, err error) {
	if c.progress {
		fmt.Fprint(c.stderr, "\r\033[K")
	}
	fmt.Fprintf(c.stderr, "vnreport: %s: %v\n", name, err)
}

// writeFailed reports a failed write to the output and returns its status.
func (c *cli) writeFailed(err error) int {
	fmt.Fprintf(c.stderr, "vnreport: writing the output failed, stopping: %v\n", unwrapPath(err))
	return exitFailed
}

// interrupted reports a signal received after n outputs were written, all
// of them whole, and returns the status it calls for.
func (c *cli) interrupted(sig os.Signal, n int) int {
	fmt.Fprintf(c.stderr, "\nvnreport: %v after %d inputs; the output ends with the last whole one\n", sig, n)
	if sig == syscall.SIGTERM {
		return exitTerm
	}
	return exitInterrupt
}

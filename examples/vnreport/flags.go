package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// The exit statuses.
const (
	exitOK        = 0   // every input read and parsed
	exitFailed    = 1   // an input could not be read or is not UTF-8 text, or stdout failed
	exitUsage     = 2   // invalid flags or arguments
	exitInterrupt = 130 // SIGINT (128 + 2)
	exitTerm      = 143 // SIGTERM (128 + 15)
)

// defaultMaxSize is the largest input read by default.
const defaultMaxSize = 64 << 20

// options are the parsed command line.
type options struct {
	jsonl   bool      // batch JSON lines
	records bool      // -in jsonl: the inputs are record files
	csv     bool      // CSV rows, one per figure
	html    bool      // a page per article
	explain bool      // -explain: the cues behind each figure's role and key
	outDir  string    // -o: where -html writes a batch
	ref     time.Time // -ref; zero when not given
	maxSize int64     // -max-size, in bytes
	args    []string
}

// batch reports whether the inputs are taken as a list, each giving one
// output line (or rows, or a page), rather than one article.
func (o *options) batch() bool {
	return o.jsonl || o.records || o.csv || o.explain && len(o.args) > 1 || o.html && o.outDir != ""
}

const usageText = `vnreport reads Vietnamese reports of Party committee conferences,
congresses and People's Council sessions and prints what it finds.

Usage:
  vnreport [flags]                     the embedded sample article, as indented JSON
  vnreport [flags] FILE | -            one article (- reads it from standard input)
  vnreport -jsonl [flags] FILE|DIR|-...
                                       one JSON object per line and input, with
                                       "source_file"; DIR is searched for *.txt
                                       (hidden folders and files skipped); -
                                       reads a list of paths, one per line
  vnreport -in jsonl [flags] [RECORDS.jsonl|-...]
                                       records {"id", "text", "published"}, one per
                                       line (standard input when none is named);
                                       one JSON line per record, with "id"
  vnreport -csv [flags] [FILE|DIR|-...]
                                       one CSV row per figure, with a header row
                                       (- reads an article from standard input)
  vnreport -explain [flags] FILE|DIR|-...
                                       per figure its role and the cue that
                                       decided it, per indicator its key and cue
  vnreport -html [flags] FILE | -      the article as a page, every span
                                       highlighted
  vnreport -html -o OUTDIR [flags] FILE|DIR...
                                       a page per article (or record, with
                                       -in jsonl) and OUTDIR/index.html

Examples:
  vnreport report.txt
  curl -s https://example.org/bai-viet.txt | vnreport -ref 2024-06-20 -
  vnreport -jsonl corpus/ > meetings.jsonl
  find corpus -name '*.txt' -newer stamp | vnreport -jsonl -
  vnreport -in jsonl -csv scraped.jsonl > figures.csv
  vnreport -html report.txt > report.html
  vnreport -html -o pages/ corpus/

Flags:
`

const usageTail = `
Output:
  JSON      the shape SCHEMA.md documents; <, > and & are written as they are
            in every mode (the JSON is never HTML-escaped).
  -jsonl    every input gives exactly one line, in the order given, whatever
            the cores finish first; an input that fails gives
            {"source_file": …, "error": …} and the batch goes on.
  -csv      RFC 4180, UTF-8 without a byte-order mark, a header row; columns
            source, title, date, kind, level, locality, key, metric, period,
            role, value, total, unit, bound, baseline, vnd, start, end. For
            Excel, import it as UTF-8 (Data > From Text/CSV).
  -html     a self-contained page (no external assets), safe for any text.

Inputs are read only when they are regular files of at most -max-size bytes
and UTF-8 text; a FIFO, device or socket is reported, never read.

Exit status:
  0    every input was read and parsed (a text with no report in it too)
  1    an input could not be read, was too large or not UTF-8 text,
       or standard output failed
  2    invalid flags or arguments
  130  interrupted (SIGINT); the line being written is finished first
  143  terminated (SIGTERM); likewise
`

// errUsage is returned by parseFlags for a command line it has reported.
var errUsage = errors.New("usage")

// parseFlags reads the command line. It returns flag.ErrHelp for -h, and
// errUsage after printing what is wrong to stderr.
func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{maxSize: defaultMaxSize}
	fl := flag.NewFlagSet("vnreport", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.BoolVar(&o.jsonl, "jsonl", false, "write one JSON object per line for each FILE, *.txt file under DIR, or path read from -")
	in := fl.String("in", "text", "input format: text (articles), or jsonl (records {\"id\", \"text\", \"published\"})")
	fl.BoolVar(&o.csv, "csv", false, "write one CSV row per figure")
	fl.BoolVar(&o.html, "html", false, "write the article as an HTML page with every extracted span highlighted")
	fl.BoolVar(&o.explain, "explain", false, "print per figure its role and the cue that decided it, and its indicator's key and key cue")
	fl.StringVar(&o.outDir, "o", "", "with -html: the folder for one page per article and index.html")
	ref := fl.String("ref", "", "reference `YYYY-MM-DD` for years the text leaves out (a record's published date wins)")
	size := fl.String("max-size", "64MB", "largest input read, in bytes or with KB, MB, GB")
	fl.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fl.PrintDefaults()
		fmt.Fprint(stderr, usageTail)
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, errUsage
	}
	o.args = fl.Args()
	bad := func(format string, a ...any) (*options, error) {
		fmt.Fprintf(stderr, "vnreport: "+format+"\n", a...)
		fmt.Fprintln(stderr, "Run vnreport -h for usage.")
		return nil, errUsage
	}
	switch *in {
	case "text":
	case "jsonl":
		o.records = true
	default:
		return bad("-in %q: the input formats are text and jsonl", *in)
	}
	if *ref != "" {
		t, err := time.Parse(time.DateOnly, *ref)
		if err != nil {
			return bad("-ref %q: want a date YYYY-MM-DD", *ref)
		}
		o.ref = t
	}
	n, err := parseSize(*size)
	if err != nil {
		return bad("-max-size %q: %v", *size, err)
	}
	o.maxSize = n
	modes := 0
	for _, on := range []bool{o.jsonl, o.csv, o.html, o.explain} {
		if on {
			modes++
		}
	}
	switch {
	case modes > 1:
		return bad("-jsonl, -csv, -html and -explain are different outputs; choose one")
	case o.outDir != "" && !o.html:
		return bad("-o names the folder of -html pages; it needs -html")
	case o.html && o.records && o.outDir == "":
		return bad("-html -in jsonl writes a page per record; name their folder: -html -o OUTDIR")
	case o.jsonl && !o.records && len(o.args) == 0:
		return bad("-jsonl needs at least one FILE or DIR, or - to read paths from standard input")
	case !o.batch() && len(o.args) > 1:
		if o.html {
			return bad("-html writes one page to standard output; for %d inputs give a folder: -html -o OUTDIR", len(o.args))
		}
		return bad("one article at a time; for %d inputs use -jsonl %s", len(o.args), strings.Join(o.args, " "))
	}
	return o, nil
}

// parseSize reads a byte count: "65536", "500KB", "64MB", "1GB" (powers of
// 1024).
func parseSize(s string) (int64, error) {
	mult := int64(1)
	num := strings.ToUpper(strings.TrimSpace(s))
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"B", 1}} {
		if v, ok := strings.CutSuffix(num, u.suffix); ok {
			num, mult = strings.TrimSpace(v), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, errors.New("want a positive size such as 64MB")
	}
	return n * mult, nil
}

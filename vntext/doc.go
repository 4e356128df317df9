// Package vntext reads the building blocks of Vietnamese report text:
// normalised letters, numbers, money and percentages, dates and periods,
// ordinals, sentences and abbreviations.
//
// # Normalisation
//
// Vietnamese text reaches a program in many shapes: NFC or NFD, with the
// old ("hoà", "Quận uỷ") or the modern ("hòa", "Quận ủy") tone-mark
// placement, with no-break spaces, CRLF line ends and typographic dashes.
// [Normalize] brings all of these to one form and [Fold] further removes
// case and diacritics for keyword matching. A [Doc] holds the normalised
// text together with a map back to the caller's offsets, so every match
// this package reports indexes the input exactly as given:
//
//	d := vntext.NewDoc(input)
//	i := strings.Index(d.Lower, "hội nghị")
//	start, end := d.SrcSpan(i, i+len("hội nghị")) // input[start:end] is the source
//
// # Numbers
//
// Numbers follow the Vietnamese convention: '.' groups thousands and ','
// is the decimal mark. [ParseNumber] is strict about grouping, so that a
// malformed number is an error rather than a guess:
//
//	v, err := vntext.ParseNumber("4.863,4") // 4863.4, nil
//	_, err = vntext.ParseNumber("3.66")     // ErrSyntax
//
// # Money, percentages and bounds
//
// [ParseMoney] reads an amount with its scale and currency, and keeps the
// exact number of đồng beside the value as written; [ParsePercent] reads
// "8,2%", "8,2 %" and "8,2 phần trăm". [FindQuantities] finds numbers,
// percentages and money in running text, each with the bound word before
// it ("trên", "hơn", "gần", "khoảng", "xấp xỉ", "dưới", "tối đa", "không
// quá", "không dưới") or after it ("từ 80% trở lên", "trở xuống")
// reported apart as a [Bound], from one table in bound.go:
//
//	m, _ := vntext.ParseMoney("3.666 tỷ đồng") // Value 3666, Unit "tỷ đồng", VND 3666000000000
//
// ParseMoney also reads an amount in words ("mười đồng", "hai trăm nghìn
// đồng") and a currency code before the number ("USD1,23"). FindQuantities
// reads an amount in words when the words are one number of a thousand or
// more ("dưới bảy ngàn đồng", "hơn một tỷ đồng"), never rough sizes ("hàng
// chục tỷ đồng", "vài trăm nghìn đồng") or words that only look like one
// ("hai đồng chí", "một đồng minh"). The forms of money live in
// quantity_money.go.
//
// # Dates and periods
//
// [ParseDate] reads one date expression as Vietnamese reports write it:
// "12/7/2018", "13-01-2021", "ngày 28 tháng 2 năm 2024", "3/9/91", a day
// without its year ("17/6", "ngày 13/1", "mồng 3 tháng Ba"), a month
// ("tháng 8/2020", "tháng Giêng"), with a printed clock ("20:57
// 17/06/2024", "12/07/2018 | 15:35"). [DateAt] reads a date at an offset
// for a caller with a cue of its own, and [DaysInMonth] gives the days of
// a month. A [Date]
// keeps 0 for what the text does not state, and ParseDate checks the
// calendar itself, so "31/2/2024" is an [ErrRange] rather than 2 March.
// [Date.Resolve] fills a missing year from a reference such as the
// publication date:
//
//	d, _ := vntext.ParseDate("17/6")
//	d = d.Resolve(published) // the latest 17 June not after published
//
// [FindDates] scans running text. Besides the date, each [DateMatch]
// reports the part of the day ("Chiều 17/6" → [Afternoon]) and a
// written weekday ("Thứ Tư, ngày 28 tháng 2 năm 2024"). It is cautious
// with "d/m", which reports use as often for ratios ("19/19 chỉ tiêu",
// "26/27 đại biểu") and document numbers ("06/NQ-HĐND") as for dates: a
// pair needs a cue such as "ngày", "sáng" or "hôm", or a slash form that
// cannot be a share, to count as a date.
//
// [ParsePeriod] and [FindPeriods] read the periods figures are given
// for: "quý I/2021", "6 tháng đầu năm 2024", "năm 2024", "giai đoạn
// 2021-2025", "nhiệm kỳ 2020 – 2025", "tính đến ngày 31/12/2020". A
// [Period] formats compactly as "2021-Q1", "2024-H1" or "2020/2025".
//
// Two readers serve a caller that weighs the context itself. [Doc.DayAt]
// and [Doc.AppendDays] read every day written in a stretch of a Doc,
// ratios-like "17/6" included, and report whether a cue marks each as a
// day ([DayMention]); [ClockAt] reads the clock of a page stamp.
// [PeriodPhraseEnd] gives the extent of a period phrase as a figure's
// period is quoted, "9 tháng qua" and "năm nay" included.
//
// # Number words and ordinals
//
// [ParseWords] reads numbers written in words ("Sáu" is 6, "hai mươi
// lăm" is 25, "hai chục" is 20, "một nghìn không trăm linh năm" is 1005,
// and "5 nghìn", digits before their scale, is 5000) and
// [FindNumberWords] finds them in text. The words live in one table, which
// [OrdinalWordsAt], [MonthNameAt], and for one word [OrdinalWord] ("thứ
// nhất") and [CountWord] ("Một là") read too; [WeekdayAt] reads "Thứ Ba". [ParseOrdinal] and
// [FindOrdinals] read "thứ nhất", "thứ tư", "đầu tiên", "lần thứ 21", "lần
// thứ XIII", "kỳ họp thứ 13" and "Hội nghị Trung ương 7", and leave weekdays ("Thứ Tư, ngày 28 tháng
// 2 năm 2024") to [FindDates].
//
// # Sentences and abbreviations
//
// [Sentences] splits text into sentences with byte spans, without breaking
// "TP.HCM", "Q.2", "3.666", "4.0", "ThS." or a quotation. [Expand] gives
// the full forms of the genre's abbreviations ("HĐND", "UBND", "GPMB",
// "KT-XH", "QU", …) and [FindAbbreviations] finds them in text.
//
// # Errors
//
// Parse functions return a [*NumError] that records the function, the
// input and the byte position of the first offending character; its Err
// is [ErrSyntax] or [ErrRange], for use with errors.Is.
//
// # The report among the site's furniture
//
// [Doc.FindArticle] finds where a report ends on its page and which lines
// inside it are the site's furniture (related headlines under "Tin liên
// quan", captions), from one table of furniture phrases in furniture.go:
// an extractor reads a character only when [Article.Furniture] says it is
// not furniture.
//
// # Concurrency
//
// All functions are safe for concurrent use.
package vntext

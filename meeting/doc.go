// Package meeting turns a Vietnamese report about a Party committee
// conference, a congress or a People's Council session into a [Meeting].
//
// One call reads the whole article, as published or as pasted from a web
// page:
//
//	m, err := meeting.Parse(article)
//	if err != nil {
//		return err // only for input that is not UTF-8 text
//	}
//	fmt.Println(m.Kind, m.Body.Locality, m.Session, m.Date) // conference Thanh Xuân 21 2024-06-17
//
// # What it reads
//
// The page: the headline, the publication stamp ("(20:57 17/06/2024)",
// "13-01-2021 20:36", "Ngày đăng 12/07/2018 | 15:35"), the outlet tag at the
// start of the lead ("HNP - ", "(Thanhuytphcm.vn) - ") and the byline. A
// site clock at the top of a page ("Thứ Tư, ngày 28 tháng 2 năm 2024") is
// not a publication date, and site furniture after the article ("Các bài
// mới đăng", "Ý kiến bạn đọc", comment forms) is not read at all: it is
// found once ([vntext.Doc.FindArticle]) and every step, the figures
// included, reads the same report.
//
// The meeting: the one the lead names, in a sentence that gives its day if
// there is one ("Chiều 17/6, Ban Chấp hành Đảng bộ quận Thanh Xuân khóa VI
// tổ chức Hội nghị lần thứ 21"). Its number, term, tenure and "(mở rộng)"
// are read in any order ("Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ quận (mở
// rộng) khóa XII", "kỳ họp thứ 13 HĐND quận … khóa VI"). Other bodies the
// report names — the city's Party committee, a council whose session the
// conference discussed, the national Party congress — are kept apart from
// the body that met. When the lead names the body without its place
// ("Ban Chấp hành Đảng bộ Quận khóa XXV"), the place of that level the report
// names most is taken, and when mentions of the tenure disagree, the reading
// most of them share.
//
// The day: a year the text leaves out ("Chiều 17/6") is taken from the
// publication stamp, else from [WithReference] unless the report says
// another year, else from the report's own context: the periods it reviews
// or plans ("6 tháng đầu năm 2017" in July, "kế hoạch năm 2018" in
// December, "quý I/2021", "so với cùng kỳ năm 2016"), the months, days and
// documents it dates (a cut-off of figures, "tính đến ngày 31/12/2016",
// comes before the meeting; a deadline or a step to come, "dự kiến cuối
// năm 2017", "tháng 8-2017 sẽ …", after it; "Nghị quyết số
// 12/2017/NQ-HĐND ngày 8/4" writes its day's year in its number), and the
// tenure of a congress; each clue votes for
// the year that fits it, and a tie tells nothing, nor does a year named
// once in passing ("Theo ông Hòa, năm 2015 nhà máy …") unless the body's
// tenure or a leader's term holds the meeting within a few years. A year
// outside the body's tenure is never taken. Meeting.DateBasis says which of these gave the
// year ("text" when the date writes it); where nothing tells, the Date has
// no year and prints as "--06-17".
//
// People, directives, cited documents and figures are read by the steps
// after the header (see [Person], [Directive], [DocRef] and the indicators
// package).
//
// # The Meeting fields
//
// Every field is what the text states: a field it does not state is left at
// its zero value and omitted from JSON, never guessed. [Meeting.Kind] is one
// of [KindConference], [KindCongress], [KindCouncilSession] or [KindOther]
// (a report about no meeting, such as a disciplinary decision or a year's
// review); Body.Level is one of "tỉnh", "thành phố", "quận", "huyện",
// "thị xã", "phường", "xã", "thị trấn", and Body.Locality is the place name
// without the level word. Body, Term and Tenure are values, their zero
// value when the text does not state them, so a reader never meets a nil.
// Offsets (Start, End) are byte offsets into the text exactly as given to
// Parse, so text[Start:End] is the source of an item, whatever its Unicode
// form; a Person's span is that of the first mention naming them in full.
// The JSON of a Meeting decodes back into an equal Meeting (but for the
// fields tagged json:"-" and whether a year was inferred).
//
// The text may come in NFC or NFD, with old ("hoà", "Quận uỷ") or modern
// tone marks, CRLF line ends, no-break spaces and typographic dashes and
// quotes: the fields are the same.
//
// # Where the cues live
//
// Each family of cues is a table in a file of its own; a new way of
// saying something is a new row there, and a case of your own writing in
// the test table named beside it:
//
//   - who chaired and who attended ("chủ trì", "điều hành", "tham dự",
//     "có mặt", "Đoàn Chủ tịch … gồm"): roleCues in role_verbs.go, each
//     phrase with its role, the words that may open it ("tham" dự) and a
//     guard where the phrase also means something else ("dự án"); test in
//     peopleTests (people_test.go);
//   - who speaks at the meeting as a guest ("Phát biểu tại kỳ họp, Chủ
//     tịch Quốc hội X …" at a district's session): the "phát biểu" row of
//     roleCues, and titleLevels in people_guests.go, the level each organ
//     word of a title tells against the level of the body that met; test
//     in guestTests (people_guests_test.go);
//   - office titles, organ words, surnames and person markers: titles.go;
//     test in TestPersonTitles;
//   - directive verbs ("đề nghị", "yêu cầu", "nhấn mạnh"): directiveCues
//     in directive_verbs.go, each verb with what it needs after it (a
//     task for "nhấn mạnh") and its guard ("giao" but not "giao thông"),
//     and taskCues beside it, and reportVerbs ("X cho biết đang yêu cầu
//     …": the speaker's own instruction), and quoteVerbs, the verbs of
//     saying that name who speaks a quotation whose "Tôi đề nghị …" is
//     theirs (directive_quote.go); test in directiveTests
//     (directive_test.go);
//   - kinds of cited documents and their codes: refKinds and refCodeKinds
//     in refs_kinds.go; test in refTests (refs_test.go);
//   - how a period the report names stands to the meeting's day ("tổng
//     kết … năm 2023" reviews it, "dự toán năm 2024" plans it), which
//     gives a day written without its year its year: yearCueRows in
//     date_year_cues.go, with the words that make a date a cut-off
//     (cutoffVerbs, cutoffFillers), one to come (comingWords, read in
//     date_year_coming.go) or a result asked for (demandWords); test in
//     TestYearFromContext (date_year_test.go);
//   - what a reader knows of the calendar, which dates a meeting held
//     around it: the days whose anniversaries reports celebrate ("kỷ niệm
//     90 năm thành lập Đảng"), leaders' births and diplomatic relations
//     (nationalDays, leaderBirths, diplomaticRelations in
//     date_year_anniversary.go; test in TestAnniversaryYear); the National
//     Assembly's terms, its general elections and the Party's national
//     congresses (assemblyTerms, electedBodies, partyCongresses in
//     date_year_national.go; tests in TestElectionYear and
//     TestPartyCongressYear, date_year_anniversary_test.go); the five-year
//     cycle of the Party's congresses below the national one
//     (partyCongressCycle, partyCycleLevels in date_year_national.go; test
//     in TestPartyCycle); the days each
//     Assembly was elected and first sat, which bound a report naming it
//     from below (assemblyDays in date_year_assembly.go; test in
//     TestAssemblyBound); events named
//     with their year ("Năm APEC 2017"): eventHeads and the words that
//     make a year no event's in date_year_events.go; test in TestEventYear;
//   - who held which office when ("Thủ tướng Nguyễn Xuân Phúc", April
//     2016 to April 2021), which holds a meeting at which a leader is
//     named with his title within his time in office: leaderTerms in
//     date_year_leaders.go; test in TestLeaderYear;
//   - how a day is written and what cues it ("Chiều 17/6", "ngày 20 và
//     21/12", "2024-12-10T15:30"), the clock of a stamp, the number
//     words of list markers ("Thứ nhất", "Một là"): vntext, which the
//     header reads with Doc.AppendDays, ClockAt, OrdinalWord and
//     CountWord; the cue words are dateCues in vntext's date_words.go;
//     test in vntext's TestDayAt (date_day_test.go);
//   - where the article ends and what is site furniture ("Tin liên quan",
//     "Tổng lượt bình luận"): furnitureCues in vntext's furniture.go, found
//     once per Parse and handed to indicators; test in vntext's
//     furniture_test.go.
//
// The lexicons the scanner looks words up in are built from these tables,
// so a row added is matched with no other list to keep in step. Their
// tables (titles.go) hold up to 64 lexicons, 1,023 distinct words of at
// most twelve bytes and 1,024 phrases of at most six words; a row past one
// of these stops the package when it loads, with a message naming the
// limit, and flagBits or phraseBits raise it. TestLexiconRoom logs the room
// left (go test -run LexiconRoom -v).
//
// # Errors
//
// Parse fails only on text that is not valid UTF-8: the error is a
// *[ParseError] with the byte offset of the first bad byte, wrapping
// [ErrInvalidText]:
//
//	_, err := meeting.Parse(b)
//	if errors.Is(err, meeting.ErrInvalidText) { … }
//
// Empty text, or text with no report in it, gives an empty Meeting and no
// error.
//
// # Concurrency
//
// Parse keeps no state between calls: it is safe for concurrent use by
// multiple goroutines, and a returned Meeting is the caller's.
package meeting

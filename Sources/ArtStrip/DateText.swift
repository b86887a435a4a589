/// Dates as people write them: `Jun 08, 2023`, `3. Oktober 2024`,
/// `le 3 octobre 2024`, `3 de octubre de 2024`, `02.02.2022`,
/// `22/11/2020`, `2025-02-22`.
enum DateText {
    struct Found {
        /// The day, `YYYY-MM-DD`.
        var day: String
        /// Where the date starts in the text, in unicode scalars.
        var start: Int
        /// The other reading of a numeric date whose day and month could
        /// be either (`03/10/2023`), for other evidence to decide.
        var alternate: String?
    }

    /// A run of letters or of digits, and the punctuation before it.
    struct Token {
        var word: String = ""
        var number: Int?
        var digitCount = 0
        /// The non-space characters between the previous token and this one.
        var gap: String = ""
        var start = 0
    }

    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names: [[String]] = [
            ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen", "januari"],
            ["february", "feb", "febr", "februar", "février", "févr", "fév", "fevr", "febrero", "fevereiro", "fev", "febbraio", "februari"],
            ["march", "mar", "märz", "mär", "mrz", "mars", "marzo", "março", "maart"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maio", "maggio", "mag", "mei"],
            ["june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug"],
            ["august", "aug", "août", "aout", "agosto", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "ottobre", "ott"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dezembro", "dicembre"],
        ]
        for (k, list) in names.enumerated() { for n in list { table[n] = k + 1 } }
        return table
    }()

    /// Abbreviations that are also English words: months only on pages
    /// not in English.
    static let foreignOnly: [String: Int] = ["ago": 8, "set": 9, "out": 10]

    /// Words between a day, a month and a year: `3 de octubre de 2024`,
    /// `the 3rd of May 2024`, and ordinal endings written apart.
    static let connectors: Set<String> = ["de", "del", "of", "the", "st", "nd", "rd", "th", "er", "o", "º", "ª"]

    static func tokens(_ s: String) -> [Token] {
        var out: [Token] = []
        var current: Token?
        var gap = ""
        var k = 0
        for scalar in s.unicodeScalars {
            defer { k += 1 }
            let isDigit = scalar.value >= 0x30 && scalar.value <= 0x39
            let isLetter = !isDigit && isAlphabetic(scalar)
            // The token grows in place: a copy would share, and so copy, its word.
            if let number = current?.number, isDigit {
                current!.number = current!.digitCount < 9 ? number * 10 + Int(scalar.value - 0x30) : number
                current!.digitCount += 1
                continue
            }
            if current != nil, current!.number == nil, isLetter {
                appendLowercased(scalar, to: &current!.word)
                continue
            }
            if let t = current { out.append(t) }
            current = nil
            if isDigit || isLetter {
                var t = Token(gap: gap, start: k)
                if isDigit {
                    t.number = Int(scalar.value - 0x30)
                    t.digitCount = 1
                } else {
                    appendLowercased(scalar, to: &t.word)
                }
                current = t
                gap = ""
            } else if !TextUtil.isSpace(scalar.value) {
                gap.unicodeScalars.append(scalar)
            }
        }
        if let t = current { out.append(t) }
        return out
    }

    /// Whether `s` has a run of exactly four ASCII digits: the number
    /// tokens of `tokens` are such runs, and `first` needs a year.
    static func hasFourDigitRun(_ s: String) -> Bool {
        var s = s
        return s.withUTF8(hasFourDigitRun)
    }

    /// The same of UTF-8 bytes. Collapsing white space keeps every digit
    /// and leaves a space between two runs, so a text's collapsed line has
    /// such a run exactly when the text has.
    static func hasFourDigitRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for b in bytes {
            if b &- 0x30 < 10 {
                run += 1
            } else {
                if run == 4 { return true }
                run = 0
            }
        }
        return run == 4
    }

    /// Whether `scalar` is a letter, without a property look-up for ASCII.
    @inline(__always)
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
    }

    /// Appends the lower-case mapping of a letter (ASCII without a look-up).
    @inline(__always)
    static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout String) {
        if scalar.isASCII {
            word.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value | 0x20)))
        } else {
            word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// The first full date in `s`. `lang` (a BCP 47 tag) decides whether
    /// `03/04/2024` is March 4 (English, unless British) or 3 April.
    static func first(in s: String, lang: String?, earliest: Int = 1995) -> Found? {
        // Every date read here has a year of four digits: a text without a
        // run of exactly four ASCII digits (bytes that are never part of a
        // longer UTF-8 sequence) holds none, and is not tokenised.
        guard hasFourDigitRun(s) else { return nil }
        let t = tokens(s)
        let english = lang.map { $0.lowercased().hasPrefix("en") } ?? true
        let monthFirst = english && !(lang.map { l in ["gb", "uk", "au", "nz", "ie", "in", "za"].contains { l.lowercased().hasSuffix($0) } } ?? false)
        func month(_ i: Int) -> Int? {
            guard i >= 0, i < t.count, t[i].number == nil else { return nil }
            return months[t[i].word] ?? (english && !betweenNumbers(i) ? nil : foreignOnly[t[i].word])
        }
        // `04-ago-2021`: an abbreviation joined to a day and a year by the
        // same dash, dot or slash is a month in any language.
        func betweenNumbers(_ i: Int) -> Bool {
            guard i > 0, i + 1 < t.count, t[i - 1].number != nil, t[i + 1].number != nil else { return false }
            return ["-", ".", "/"].contains(t[i].gap) && t[i + 1].gap == t[i].gap
        }
        func dayNumber(_ i: Int) -> Int? {
            guard i >= 0, i < t.count, let v = t[i].number, t[i].digitCount <= 2, v >= 1, v <= 31 else { return nil }
            return v
        }
        func year(_ i: Int) -> Int? {
            guard i >= 0, i < t.count, let v = t[i].number, t[i].digitCount == 4 else { return nil }
            return v
        }
        func skipConnectors(_ i: Int, _ step: Int) -> Int {
            var j = i
            while j >= 0, j < t.count, t[j].number == nil, connectors.contains(t[j].word), abs(j - i) < 3 { j += step }
            return j
        }
        for i in 0..<t.count {
            if let m = month(i) {
                // Month first: "December 19, 2025", "Dec. 19th 2025".
                if let d = dayNumber(i + 1) {
                    let yi = skipConnectors(i + 2, 1)
                    if let y = year(yi), DateParser.valid(y, m, d, earliest: earliest) {
                        return Found(day: DateParser.day(y, m, d), start: t[i].start)
                    }
                }
                // Day first: "3. Oktober 2024", "3 de octubre de 2024".
                let di = skipConnectors(i - 1, -1)
                let yi = skipConnectors(i + 1, 1)
                if let d = dayNumber(di), let y = year(yi), DateParser.valid(y, m, d, earliest: earliest) {
                    return Found(day: DateParser.day(y, m, d), start: t[di].start)
                }
            } else if let found = numeric(t, at: i, monthFirst: monthFirst, earliest: earliest) {
                return found
            }
        }
        return nil
    }

    /// `2025-02-22`, `2025/02/22`, `02.02.2022`, `22/11/2020`, `11-22-2020`:
    /// three numbers with the same separator, not part of a longer run.
    static func numeric(_ t: [Token], at i: Int, monthFirst: Bool, earliest: Int) -> Found? {
        guard i + 2 < t.count, let a = t[i].number, let b = t[i + 1].number, let c = t[i + 2].number else { return nil }
        let sep = t[i + 1].gap
        guard sep == "." || sep == "/" || sep == "-", t[i + 2].gap == sep else { return nil }
        if i > 0, t[i - 1].number != nil, t[i].gap == sep { return nil }
        if i + 3 < t.count, t[i + 3].number != nil, t[i + 3].gap == sep { return nil }
        let (y, m, d): (Int, Int, Int)
        if t[i].digitCount == 4, t[i + 1].digitCount <= 2, t[i + 2].digitCount <= 2 {
            (y, m, d) = (a, b, c)
        } else if t[i + 2].digitCount == 4, t[i].digitCount <= 2, t[i + 1].digitCount <= 2 {
            // Dotted dates are day first everywhere; slashes follow the
            // language unless one number cannot be a month.
            let dayFirst = sep == "." || a > 12 || (!monthFirst && b <= 12)
            (y, m, d) = dayFirst ? (c, b, a) : (c, a, b)
        } else {
            return nil
        }
        guard DateParser.valid(y, m, d, earliest: earliest) else { return nil }
        var found = Found(day: DateParser.day(y, m, d), start: t[i].start)
        if t[i].digitCount <= 2, m != d, m <= 12, d <= 12 { found.alternate = DateParser.day(y, d, m) }
        return found
    }
}

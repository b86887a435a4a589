/// Dates in the forms pages use, to ISO 8601: machine values (attributes,
/// JSON-LD, meta tags), dates written in text, and dates in addresses.
enum DateParser {
    static func digits(_ s: ArraySlice<UInt8>) -> Int? {
        guard !s.isEmpty, s.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return s.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> String { "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))" }

    static let monthLengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// A real day of a year from `earliest` on; machine values may be older
    /// than what text and addresses are trusted for.
    static func valid(_ y: Int, _ m: Int, _ d: Int, earliest: Int = 1900) -> Bool {
        y >= earliest && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= monthLengths[m - 1]
    }

    /// "2021-12-27", "2021-12-27T10:00:00Z", "2021-12-27 10:00:00+01:00"
    /// keep their time and zone; "Mon, 27 Dec 2021 10:00:00 GMT",
    /// "Dec 19th 2025" or "27.12.2021" give the day.
    static func iso8601(_ raw: String) -> String? {
        let s = TextUtil.trim(raw)
        let b = Array(s.utf8)
        guard b.count >= 10, let y = digits(b[0..<4]), b[4] == 0x2D, let m = digits(b[5..<7]), b[7] == 0x2D,
            let d = digits(b[8..<10]), valid(y, m, d)
        else { return DateText.first(in: s, lang: nil, earliest: 1900)?.day }
        return day(y, m, d) + time(b, from: 10)
    }

    /// The time and zone after the day at `k`: "T10:00:00+01:00", or "".
    static func time(_ b: [UInt8], from start: Int) -> String {
        var k = start
        guard k < b.count, b[k] == 0x54 || b[k] == 0x20, b.count >= k + 6, let hh = digits(b[(k + 1)..<(k + 3)]),
            b[k + 3] == 0x3A, let mm = digits(b[(k + 4)..<(k + 6)]), hh < 24, mm < 60
        else { return "" }
        var out = "T\(pad(hh, 2)):\(pad(mm, 2))"
        k += 6
        if k + 3 <= b.count, b[k] == 0x3A, let ss = digits(b[(k + 1)..<(k + 3)]), ss < 61 {
            out += ":\(pad(ss, 2))"
            k += 3
        } else {
            out += ":00"
        }
        // Fractional seconds are dropped.
        if k < b.count, b[k] == 0x2E {
            k += 1
            while k < b.count, b[k] >= 0x30 && b[k] <= 0x39 { k += 1 }
        }
        guard k < b.count else { return out }
        if b[k] == 0x5A || b[k] == 0x7A { return out + "Z" }
        guard b[k] == 0x2B || b[k] == 0x2D, k + 3 <= b.count, let oh = digits(b[(k + 1)..<(k + 3)]) else {
            return out
        }
        var om = 0
        if k + 6 <= b.count, b[k + 3] == 0x3A, let v = digits(b[(k + 4)..<(k + 6)]) {
            om = v
        } else if k + 5 <= b.count, let v = digits(b[(k + 3)..<(k + 5)]) {
            om = v
        }
        return out + (b[k] == 0x2B ? "+" : "-") + "\(pad(oh, 2)):\(pad(om, 2))"
    }

    /// A month's name at `k` of an address, then `separator`: the month
    /// and where the day starts.
    static func namedMonth(_ b: [UInt8], at k: Int, separator: UInt8) -> (month: Int, next: Int)? {
        var j = k
        while j < b.count, j - k < 10, lowerASCII(b[j]) >= 0x61, lowerASCII(b[j]) <= 0x7A { j += 1 }
        guard j - k >= 3, j < b.count, b[j] == separator,
            let m = DateText.months[String(decoding: b[k..<j].map(lowerASCII), as: UTF8.self)]
        else { return nil }
        return (m, j + 1)
    }

    /// A date in a URL path: /2021/12/27/, /2021-12-27-, /20211227/,
    /// -20211227 or /2023/october/03/.
    static func fromURL(_ url: String) -> String? {
        let b = Array(url.utf8)
        // Only the path: a host may hold digits too.
        var i = 0
        if let scheme = TextUtil.find(b, Array("://".utf8), from: 0) {
            i = b[(scheme + 3)...].firstIndex(of: 0x2F) ?? b.count
        }
        func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
        func isBreak(_ k: Int) -> Bool { k >= b.count || !(isDigit(k) || lowerASCII(b[k]) >= 0x61 && lowerASCII(b[k]) <= 0x7A) }
        while i + 9 <= b.count {
            guard b[i] == 0x2F || b[i] == 0x2D || b[i] == 0x5F else {
                i += 1
                continue
            }
            let at = i + 1
            if at + 4 <= b.count, let y = digits(b[at..<(at + 4)]), y >= 1995, y <= 2100 {
                let sep = at + 4 < b.count ? b[at + 4] : 0
                if sep == 0x2F || sep == 0x2D || sep == 0x5F, at + 10 <= b.count, let m = digits(b[(at + 5)..<(at + 7)]),
                    b[at + 7] == sep, let d = digits(b[(at + 8)..<(at + 10)]), valid(y, m, d), !isDigit(at + 10)
                {
                    return day(y, m, d)
                }
                if at + 8 <= b.count, let m = digits(b[(at + 4)..<(at + 6)]), let d = digits(b[(at + 6)..<(at + 8)]),
                    valid(y, m, d), isBreak(at + 8)
                {
                    return day(y, m, d)
                }
                if sep == 0x2F || sep == 0x2D, let (m, next) = namedMonth(b, at: at + 5, separator: sep) {
                    var end = next
                    while isDigit(end), end - next < 2 { end += 1 }
                    if end > next, !isDigit(end), let d = digits(b[next..<end]), valid(y, m, d) { return day(y, m, d) }
                }
            }
            i += 1
        }
        return nil
    }
}

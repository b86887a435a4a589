/// A date as feeds and sitemaps write it, read into its parts: RFC 822 in
/// RSS (`Tue, 05 Mar 2024 09:30:00 GMT`), RFC 3339 in Atom and the W3C
/// datetime of sitemaps (`2024-03-05`, `2024-03-05T09:30:00+01:00`, also
/// just a year or a month). Written in ISO 8601 as art-strip writes
/// `date` (art-strip(1)): to the precision given, seconds added to a time,
/// fractions dropped, the zone as `Z` or `+hh:mm`.
public struct FeedDate: Sendable, Equatable {
    var year: Int
    var month: Int?
    var day: Int?
    /// Hour, minute and second, when the date has a time.
    var time: (Int, Int, Int)?
    /// Minutes east of UTC; nil when no zone was given.
    var offset: Int?

    public static func == (a: FeedDate, b: FeedDate) -> Bool { a.iso8601 == b.iso8601 }

    /// `2024-03-05T09:30:00Z`.
    public var iso8601: String {
        var s = pad(year, 4)
        guard let month else { return s }
        s += "-" + pad(month, 2)
        guard let day else { return s }
        s += "-" + pad(day, 2)
        guard let (h, m, sec) = time else { return s }
        s += "T\(pad(h, 2)):\(pad(m, 2)):\(pad(sec, 2))"
        if let offset {
            s += offset == 0 ? "Z" : (offset < 0 ? "-" : "+") + pad(abs(offset) / 60, 2) + ":" + pad(abs(offset) % 60, 2)
        }
        return s
    }

    /// Seconds since the epoch of the date's first instant (UTC when no zone is given).
    public var seconds: Int {
        let (h, m, s) = time ?? (0, 0, 0)
        return Self.civilDays(year, month ?? 1, day ?? 1) * 86400 + h * 3600 + m * 60 + s - (offset ?? 0) * 60
    }

    /// Seconds since the epoch just after the date's last instant: the
    /// end of the day for a day, of the month for a month.
    public var endSeconds: Int {
        if time != nil { return seconds + 1 }
        guard let month else { return Self.civilDays(year + 1, 1, 1) * 86400 }
        guard day != nil else {
            return Self.civilDays(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) * 86400
        }
        return seconds + 86400
    }

    /// Reads either form; nil when the text is not a date.
    public init?(_ text: String) {
        let bytes = Array(text.utf8).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = bytes.first else { return nil }
        if first >= 0x30 && first <= 0x39, let d = Self.w3c(Array(bytes)) {
            self = d
        } else if let d = Self.rfc822(String(decoding: bytes, as: UTF8.self)) {
            self = d
        } else {
            return nil
        }
    }

    init(year: Int, month: Int?, day: Int?, time: (Int, Int, Int)?, offset: Int?) {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.offset = offset
    }

    // MARK: - W3C datetime, RFC 3339

    static func w3c(_ b: [UInt8]) -> FeedDate? {
        var i = 0
        func number(_ width: Int) -> Int? {
            guard i + width <= b.count, b[i..<(i + width)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            defer { i += width }
            return b[i..<(i + width)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        func take(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = number(4) else { return nil }
        var date = FeedDate(year: year, month: nil, day: nil, time: nil, offset: nil)
        if take(0x2D) {
            guard let m = number(2), (1...12).contains(m) else { return nil }
            date.month = m
            if take(0x2D) {
                guard let d = number(2), (1...31).contains(d) else { return nil }
                date.day = d
            }
        }
        if date.day != nil, take(0x54) || take(0x74) || take(0x20) {
            guard let h = number(2), h < 24, take(0x3A), let m = number(2), m < 60 else { return nil }
            var s = 0
            if take(0x3A) {
                guard let v = number(2), v < 61 else { return nil }
                s = v
                if take(0x2E) { while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 } }
            }
            date.time = (h, m, s)
            if take(0x5A) || take(0x7A) {
                date.offset = 0
            } else if i < b.count, b[i] == 0x2B || b[i] == 0x2D {
                let sign = b[i] == 0x2D ? -1 : 1
                i += 1
                guard let oh = number(2) else { return nil }
                _ = take(0x3A)
                date.offset = sign * (oh * 60 + (number(2) ?? 0))
            }
        }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
        return i == b.count ? date : nil
    }

    // MARK: - RFC 822 (and 1123)

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// The zone names RFC 822 defines, in minutes east of UTC.
    static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
        "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    ]

    /// `[Tue,] 05 Mar 2024 09:30[:00] (GMT|+0100)`.
    static func rfc822(_ text: String) -> FeedDate? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\n" }).map(String.init)
        if let first = words.first, Int(first) == nil { words.removeFirst() }  // the day's name
        guard words.count >= 3, let day = Int(words[0]), (1...31).contains(day),
            let month = months.firstIndex(of: String(words[1].lowercased().prefix(3))), var year = Int(words[2])
        else { return nil }
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        var date = FeedDate(year: year, month: month + 1, day: day, time: nil, offset: nil)
        guard words.count >= 4 else { return date }
        let hms = words[3].split(separator: ":").map { Int($0) }
        guard hms.count >= 2, hms.allSatisfy({ $0 != nil }), let h = hms[0], let m = hms[1], h < 24, m < 60 else {
            return nil
        }
        date.time = (h, m, hms.count > 2 ? hms[2]! : 0)
        guard words.count >= 5 else { return date }
        let zone = words[4]
        if let named = zones[zone.lowercased()] {
            date.offset = named
        } else if zone.count == 5, let sign = zone.first, sign == "+" || sign == "-", let v = Int(zone.dropFirst()) {
            date.offset = (sign == "-" ? -1 : 1) * (v / 100 * 60 + v % 100)
        }
        return date
    }

    /// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    static func civilDays(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

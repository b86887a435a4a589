/// The publication date of a page: its machine-readable values (JSON-LD,
/// `<meta>`, `itemprop`, `<time datetime>`), the dateline it shows near
/// its headline, and its address. The day the page shows wins; a machine
/// value of the same day gives its time and zone (art(7), art-strip(1)
/// `date`).
extension MetadataReader {
    /// Machine values sorted by what they say they are.
    struct MachineDates {
        var published: [Sourced<String>] = []
        var modified: [Sourced<String>] = []
        /// Publication values of `<time>` elements whose text shows the
        /// day of their `datetime`.
        var shownPublished: [Sourced<String>] = []
    }

    enum DateRole { case published, modified }

    static let publishedMeta = [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
        "article.published", "published_time", "publish_date", "publishdate", "pubdate", "date",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date",
        "parsely-pub-date", "article:published", "citation_publication_date", "cxenseparse:recs:publishtime",
        "dc.date.created",
    ]

    static let modifiedMeta = [
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
        "modified_time", "last-modified", "article:modified",
    ]

    /// Words of a meta key or class name that mark a later revision.
    static let revisionWords = ["modif", "updat", "revis", "edited"]

    /// Words of meta keys that date something other than the page.
    static let otherDateWords = ["expir", "birth", "event", "start", "end", "crawl", "index", "valid", "copyright", "reviewed"]

    /// Whether a `<meta>` key may date the page: `date-pub`,
    /// `published-date`, `cludo:date`, `og:updated_time`.
    static func mayNameDate(_ key: String) -> Bool {
        for w in ["date", "publish", "time", "created", "issued", "modif", "updat"] where TextUtil.contains(key, w) {
            return !otherDateWords.contains { TextUtil.contains(key, $0) }
        }
        return false
    }

    static func role(of name: String) -> DateRole {
        revisionWords.contains { TextUtil.contains(name, $0) } ? .modified : .published
    }

    /// `date` and `date_modified`. Without a publication date, `date` is
    /// the modified one, and its source says `date_modified`.
    func dates(baseURL: String?, lang: String?, headline: String?) -> (published: Sourced<String>?, modified: Sourced<String>?) {
        var machine = machineDates()
        let shown = shownDates(lang: lang, headline: headline)
        let inURL = [baseURL, canonical, metaValue(["og:url"])].lazy.compactMap { $0.flatMap(DateParser.fromURL) }.first
            .map { Sourced(value: $0, source: "url") }
        let known = machine.published + machine.modified + (inURL.map { [$0] } ?? [])
        /// The machine value of the day `v` shows, else that day.
        func read(_ v: DateText.Found) -> (value: Sourced<String>, agrees: Bool) {
            for reading in [v.day] + (v.alternate.map { [$0] } ?? []) {
                if let m = known.first(where: { $0.value.prefix(10) == reading.prefix(10) }) { return (m, true) }
            }
            // A numeric date that reads either way takes the reading a
            // `<time datetime>` elsewhere on the page gives (the same
            // article listed in a sidebar), when only that reading is there.
            if let other = v.alternate {
                let days = isoTimeDays()
                if days.contains(other), !days.contains(String(v.day.prefix(10))) {
                    return (Sourced(value: other, source: "dateline-text"), false)
                }
            }
            return (Sourced(value: v.day, source: "dateline-text"), false)
        }
        var modified = shown.modified.map { read($0).value } ?? machine.modified.first
        // A publication stamped later than the page's own revision is no
        // publication (a stamp of the last build or of a re-listing): the
        // page was first published on or before the day it was revised.
        if let revised = modified {
            machine.published.removeAll { MetadataReader.isLater($0.value, than: revised.value) }
        }
        // A note that the article first appeared on a day outweighs the
        // stamps of its later versions.
        if let first = statedFirstPublication(lang: lang) {
            return (Sourced(value: first, source: "dateline-text"), modified)
        }
        // Machine values that disagree on the day of publication: the one
        // a `<time>` of the article also shows in its text is the page's
        // word (a feed's or a template's stamps are not shown).
        if shown.published == nil, let t = machine.shownPublished.first,
            machine.published.contains(where: { $0.value.prefix(10) != t.value.prefix(10) })
        {
            return (t, modified)
        }
        let stated = machine.published.first ?? inURL
        if let v = shown.published {
            // The stated instant shown in another zone (the reader's, the
            // server's) is the same publication: the page's stamp as it is
            // written wins, unless the address names the shown day.
            if let p = machine.published.first, inURL.map({ $0.value != v.day.prefix(10) }) ?? true,
                MetadataReader.mayBeTheSameMoment(day: v.day, stamp: p.value)
            {
                return (p, modified)
            }
            let (value, agrees) = read(v)
            // A shown date later than the stated publication is an update
            // or another article's; an earlier one is the original.
            if !agrees, let p = stated, p.value.prefix(10) < v.day.prefix(10) { return (p, modified) }
            return (value, modified)
        }
        if let p = stated { return (p, modified) }
        // Dated nowhere else: a labelled date wherever it stands.
        if modified == nil, let (found, isRevision) = labelledDate(lang: lang) {
            let day = Sourced(value: found.day, source: "dateline-text")
            if !isRevision { return (day, nil) }
            modified = day
        }
        return (modified.map { Sourced(value: $0.value, source: "date_modified") }, modified)
    }

    /// Whether the line a `<time>` stands in (its parent's and
    /// grandparent's text) or their classes call it a revision (`Updated`).
    func labelsARevision(aroundTime i: Int) -> Bool {
        var p = Int(dom.parent[i])
        for _ in 0..<2 where p >= 0 {
            let line = text(p, limit: 200).lowercased()
            if MetadataReader.revisionCues.contains(where: { TextUtil.contains(line, $0) }) { return true }
            if dom.hasClassOrID(p), MetadataReader.role(of: dom.classAndID(p).lowercased()) == .modified { return true }
            p = Int(dom.parent[p])
        }
        return false
    }

    /// Whether `a` (ISO 8601) writes a later day than `b` and, when both
    /// give a time and a zone, is also the later instant.
    static func isLater(_ a: String, than b: String) -> Bool {
        guard let x = dayNumber(a), let y = dayNumber(b), x > y else { return false }
        if let s = instantMinutes(a, day: x), let t = instantMinutes(b, day: y) { return s > t }
        return true
    }

    /// Minutes since 1970-01-01 in UTC of a stamp with a time and a zone.
    static func instantMinutes(_ stamp: String, day: Int) -> Int? {
        let b = Array(stamp.utf8)
        guard b.count >= 17, b[10] == 0x54, let hh = DateParser.digits(b[11..<13]), let mm = DateParser.digits(b[14..<16]),
            let zone = zoneMinutes(b)
        else { return nil }
        return day * 1440 + hh * 60 + mm - zone
    }

    /// Whether the day `day` shows can be the instant of `stamp`
    /// (`2021-12-10T02:17:00+00:00`) in some time zone (UTC-12 to
    /// UTC+14) while `stamp` writes another day: the next or the day before.
    static func mayBeTheSameMoment(day: String, stamp: String) -> Bool {
        let b = Array(stamp.utf8)
        guard b.count >= 17, b[10] == 0x54, let shown = dayNumber(day), let written = dayNumber(stamp),
            let hh = DateParser.digits(b[11..<13]), let mm = DateParser.digits(b[14..<16]),
            let zone = zoneMinutes(b)
        else { return false }
        // Minutes from the written day's midnight to the instant in UTC.
        let utc = hh * 60 + mm - zone
        switch shown - written {
        case -1: return utc - 12 * 60 < 0
        case 1: return utc + 14 * 60 >= 24 * 60
        default: return false
        }
    }

    /// The zone of an ISO 8601 stamp in minutes east of UTC: `Z` or `±HH:MM`
    /// at its end; nil when it has none.
    static func zoneMinutes(_ b: [UInt8]) -> Int? {
        if b.last == 0x5A { return 0 }
        guard b.count >= 25, b[b.count - 6] == 0x2B || b[b.count - 6] == 0x2D,
            let h = DateParser.digits(b[(b.count - 5)..<(b.count - 3)]), let m = DateParser.digits(b[(b.count - 2)...])
        else { return nil }
        return (b[b.count - 6] == 0x2B ? 1 : -1) * (h * 60 + m)
    }

    /// Days since 1970-01-01 of the `YYYY-MM-DD` that starts `s`.
    static func dayNumber(_ s: String) -> Int? {
        let b = Array(s.utf8.prefix(10))
        guard b.count == 10, let y = DateParser.digits(b[0..<4]), let m = DateParser.digits(b[5..<7]),
            let d = DateParser.digits(b[8..<10])
        else { return nil }
        // The civil-calendar day count, with March as the year's first month.
        let yy = m <= 2 ? y - 1 : y
        let era = yy / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Whether `s` starts as ISO 8601 does: four digits and a dash.
    static func isISODay(_ s: String) -> Bool {
        let b = Array(TextUtil.trim(s).utf8.prefix(5))
        return b.count == 5 && b[4] == 0x2D && b[0..<4].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The days of every ISO `<time datetime>` on the page, furniture too.
    func isoTimeDays() -> Set<String> {
        Set(timeNodes.compactMap { dom.attr($0, .datetime) }.filter(MetadataReader.isISODay)
            .map { String(TextUtil.trim($0).prefix(10)) })
    }

    func machineDates() -> MachineDates {
        var d = MachineDates()
        func add(_ raw: String?, _ role: DateRole, _ source: String) {
            guard let raw, let v = DateParser.iso8601(raw) else { return }
            let found = Sourced(value: v, source: source)
            if role == .published { d.published.append(found) } else { d.modified.append(found) }
        }
        add(ld?.datePublished, .published, "json-ld")
        add(ld?.dateModified, .modified, "json-ld")
        for key in MetadataReader.publishedMeta { add(meta[key], .published, MetadataReader.source(ofMeta: key)) }
        for key in MetadataReader.modifiedMeta { add(meta[key], .modified, MetadataReader.source(ofMeta: key)) }
        for (key, value) in dateMeta where !MetadataReader.publishedMeta.contains(key) && !MetadataReader.modifiedMeta.contains(key) {
            add(value, MetadataReader.role(of: key), MetadataReader.source(ofMeta: key))
        }
        for i in itempropDateNodes where !isFurniture(i) {
            let raw = dom.attr(i, .datetime) ?? dom.attr(i, .content) ?? text(i, limit: 200)
            add(raw, MetadataReader.role(of: dom.attr(i, .itemprop)?.lowercased() ?? ""), "itemprop")
        }
        // A `datetime` that is not ISO 8601 (`02-12-2025`) may read either
        // way: the element's text is read as a shown date instead.
        for i in timeNodes.prefix(8) where dom.attr(i, .datetime).map(MetadataReader.isISODay) ?? false && !isFurniture(i) {
            let role = MetadataReader.role(of: dom.classAndID(i).lowercased())
            add(dom.attr(i, .datetime), role, "time")
            if role == .published, let v = d.published.last, v.source == "time",
                DateText.first(in: text(i, limit: 100), lang: nil)?.day == String(v.value.prefix(10)),
                !labelsARevision(aroundTime: i)
            {
                d.shownPublished.append(v)
            }
        }
        return d
    }
}

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
        let machine = machineDates()
        let shown = shownDates(lang: lang, headline: headline)
        let inURL = [baseURL, canonical, metaValue(["og:url"])].lazy.compactMap { $0.flatMap(DateParser.fromURL) }.first
            .map { Sourced(value: $0, source: "url") }
        let known = machine.published + machine.modified + (inURL.map { [$0] } ?? [])
        /// The machine value of the day `v` shows, else that day.
        func read(_ v: DateText.Found) -> (value: Sourced<String>, agrees: Bool) {
            for reading in [v.day] + (v.alternate.map { [$0] } ?? []) {
                if let m = known.first(where: { $0.value.prefix(10) == reading.prefix(10) }) { return (m, true) }
            }
            return (Sourced(value: v.day, source: "dateline-text"), false)
        }
        let modified = shown.modified.map { read($0).value } ?? machine.modified.first
        let stated = machine.published.first ?? inURL
        if let v = shown.published {
            let (value, agrees) = read(v)
            // A shown date later than the stated publication is an update
            // or another article's; an earlier one is the original.
            if !agrees, let p = stated, p.value.prefix(10) < v.day.prefix(10) { return (p, modified) }
            return (value, modified)
        }
        if let p = stated { return (p, modified) }
        return (modified.map { Sourced(value: $0.value, source: "date_modified") }, modified)
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
        for i in timeNodes.prefix(8) where !isFurniture(i) {
            add(dom.attr(i, .datetime), MetadataReader.role(of: dom.classAndID(i).lowercased()), "time")
        }
        return d
    }

    /// Inside navigation, a sidebar, a footer, a form, comments, sharing or
    /// related articles: never where the article's own date is. An
    /// `<aside>` or `<footer>` of an `<article>` is the article's own.
    /// Ancestors are read up to one that spans most of the page.
    func isFurniture(_ i: Int) -> Bool {
        var p = i
        var margin = false
        // A class above the headline names the article's wrapper, not
        // furniture (a post wrapper named `newsletter-post`).
        var holdsHeadline = false
        while p >= 0 {
            // An element left open around most of the page holds the article.
            if (Int(dom.end[p]) - p) * 5 > dom.count * 4 { break }
            holdsHeadline = holdsHeadline || (p != i && h1Nodes.contains { $0 > p && $0 < Int(dom.end[p]) })
            switch dom.tag[p] {
            case .nav, .form: return true
            case .aside, .footer: margin = true
            case .article: if margin { margin = false }
            default: break
            }
            if dom.flags[p].contains(.alwaysUnlikely), !holdsHeadline { return true }
            p = Int(dom.parent[p])
        }
        return margin
    }
}

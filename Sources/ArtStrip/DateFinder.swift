/// The publication date of a page: its machine-readable values (JSON-LD,
/// `<meta>`, `itemprop`, `<time datetime>`), the dateline it shows near
/// its headline, and its address. The day the page shows wins; a machine
/// value of the same day gives its time and zone (art(7), art-strip(1)
/// `date`).
extension MetadataReader {
    /// Machine values sorted by what they say they are.
    struct MachineDates {
        var published: [String] = []
        var modified: [String] = []
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

    func date(baseURL: String?, lang: String?) -> String? {
        let machine = machineDates()
        let shown = shownDates(lang: lang)
        let inURL = [baseURL, canonical, metaValue(["og:url"])].lazy.compactMap { $0.flatMap(DateParser.fromURL) }.first
        let known = machine.published + machine.modified + (inURL.map { [$0] } ?? [])
        func agreeing(_ v: DateText.Found) -> String? {
            for reading in [v.day] + (v.alternate.map { [$0] } ?? []) {
                if let m = known.first(where: { $0.prefix(10) == reading.prefix(10) }) { return m }
            }
            return nil
        }
        if let v = shown.published {
            if let m = agreeing(v) { return m }
            // A shown date later than the stated publication is an update
            // or another article's; an earlier one is the original.
            if let p = machine.published.first ?? inURL, p.prefix(10) < v.day.prefix(10) { return p }
            return v.day
        }
        if let p = machine.published.first ?? inURL { return p }
        if let v = shown.modified { return agreeing(v) ?? v.day }
        return machine.modified.first
    }

    func machineDates() -> MachineDates {
        var d = MachineDates()
        func add(_ raw: String?, _ role: DateRole) {
            guard let raw, let v = DateParser.iso8601(raw) else { return }
            if role == .published { d.published.append(v) } else { d.modified.append(v) }
        }
        add(ld?.datePublished, .published)
        add(ld?.dateModified, .modified)
        for key in MetadataReader.publishedMeta { add(meta[key], .published) }
        for key in MetadataReader.modifiedMeta { add(meta[key], .modified) }
        for (key, value) in dateMeta where !MetadataReader.publishedMeta.contains(key) && !MetadataReader.modifiedMeta.contains(key) {
            add(value, MetadataReader.role(of: key))
        }
        for i in itempropDateNodes where !isFurniture(i) {
            let raw = dom.attr(i, .datetime) ?? dom.attr(i, .content) ?? text(i, limit: 200)
            add(raw, MetadataReader.role(of: dom.attr(i, .itemprop)?.lowercased() ?? ""))
        }
        for i in timeNodes.prefix(8) where !isFurniture(i) {
            add(dom.attr(i, .datetime), MetadataReader.role(of: dom.classAndID(i).lowercased()))
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
        while p >= 0 {
            // An element left open around most of the page holds the article.
            if (Int(dom.end[p]) - p) * 5 > dom.count * 4 { break }
            switch dom.tag[p] {
            case .nav, .form: return true
            case .aside, .footer: margin = true
            case .article: if margin { margin = false }
            default: break
            }
            if dom.flags[p].contains(.alwaysUnlikely) { return true }
            p = Int(dom.parent[p])
        }
        return margin
    }
}

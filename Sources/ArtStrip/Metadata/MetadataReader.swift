import ArtCore

/// Collects metadata from the flattened page.
struct MetadataReader {
    let dom: DOM
    let ld: StructuredArticle?
    /// `<meta>` values by lower-cased `property`/`name`/`itemprop`/`http-equiv`
    /// (first occurrence wins).
    var meta: [String: String] = [:]
    var htmlLang: String?
    var canonical: String?
    var h1s: [String] = []
    /// The first `h1` elements (or else the first `h2`), where a visible
    /// dateline is looked for.
    var h1Nodes: [Int] = []
    /// Names of `rel=author` links and `itemprop=author` elements, and
    /// which of the two the first was.
    var relAuthors: [String] = []
    var relAuthorSource: String?
    /// Every `article:tag` (a page states one per tag).
    var articleTags: [String] = []
    var bylines: [String] = []
    /// Names that follow an element saying only `Written by` (or `By`,
    /// `Author`, `Von`, `Par`, `Por`, `Di`): a byline laid out in two parts.
    var labelledBylines: [String] = []
    /// `<meta>` keys and values that may name a date, in page order.
    var dateMeta: [(key: String, value: String)] = []
    /// `<time>` elements, in page order.
    var timeNodes: [Int] = []
    /// Elements marked `itemprop="datePublished"` or `"dateModified"`
    /// (other than `<meta>`).
    var itempropDateNodes: [Int] = []
    /// Small elements whose class names a byline, a dateline or a date.
    var datelineNodes: [Int] = []

    init(dom: DOM, ld: StructuredArticle?) {
        self.dom = dom
        self.ld = ld
        for i in 0..<dom.count where dom.tag[i] != .text && dom.hasAttributes(i) {
            let t = dom.tag[i]
            switch t {
            case .html:
                if htmlLang == nil { htmlLang = dom.attr(i, .lang) ?? dom.attr(i, .xmlLang) }
            case .meta:
                guard let content = dom.attr(i, .content) else { continue }
                for key in [AttributeName.property, .name, .itemprop, .httpEquiv] {
                    guard let keys = dom.attr(i, key)?.lowercased() else { continue }
                    for k in TextUtil.split(keys, separator: " ") {
                        if meta[k] == nil { meta[k] = content }
                        if k == "article:tag", articleTags.count < 50 { articleTags.append(content) }
                        if MetadataReader.mayNameDate(k), dateMeta.count < 40 { dateMeta.append((k, content)) }
                    }
                }
            case .link:
                if let rel = dom.attr(i, .rel)?.lowercased(), let href = dom.attr(i, .href) {
                    if TextUtil.split(rel, separator: " ").contains("canonical"), canonical == nil { canonical = href }
                }
            case .time:
                if timeNodes.count < 40 { timeNodes.append(i) }
            default: break
            }
            if let prop = dom.attr(i, .itemprop) {
                if TextUtil.contains(prop, "date"), t != .meta, itempropDateNodes.count < 8 { itempropDateNodes.append(i) }
                let props = TextUtil.split(prop, separator: " ")
                if props.contains("author") || props.contains("creator"), relAuthors.count < 6 {
                    var name = dom.attr(i, .content)
                    if name == nil {
                        // A nested itemprop="name", or the element's own text.
                        var j = i + 1
                        while j < Int(dom.end[i]) {
                            if dom.tag[j] != .text, dom.attr(j, .itemprop) == "name" {
                                name = dom.attr(j, .content) ?? text(j, limit: 200)
                                break
                            }
                            j += 1
                        }
                        if name == nil { name = text(i, limit: 200) }
                    }
                    if let name, !name.isEmpty {
                        relAuthors.append(name)
                        relAuthorSource = relAuthorSource ?? "itemprop"
                    }
                }
            }
            if t == .a, let rel = dom.attr(i, .rel)?.lowercased(),
                TextUtil.split(rel, separator: " ").contains("author"),
                relAuthors.count < 6
            {
                relAuthors.append(text(i, limit: 200))
                relAuthorSource = relAuthorSource ?? "rel-author"
            }
            if dom.flags[i].contains(.byline), t != .meta, t != .html, t != .body, datelineNodes.count < 24,
                Int(dom.end[i]) - i < 40, datelineNodes.last.map({ i >= Int(dom.end[$0]) }) ?? true
            {
                datelineNodes.append(i)
            }
            if t != .meta, t != .html, t != .body, bylines.count < 4 {
                if dom.flags[i].contains(.authorBox) {
                    let s = text(i, limit: 300)
                    let n = TextUtil.scalarCount(s)
                    if n >= 3 && n < 120 { bylines.append(s) }
                }
            }
        }
        findLabelledBylines()
        for i in 0..<dom.count where dom.tag[i] == .h1 && h1s.count < 3 {
            let s = lineText(i, limit: 400)
            if !s.isEmpty {
                h1s.append(s)
                h1Nodes.append(i)
            }
        }
        if h1Nodes.isEmpty, let h2 = (0..<dom.count).first(where: { dom.tag[$0] == .h2 }) { h1Nodes.append(h2) }
    }

    /// The collapsed text of `root`'s subtree, its text nodes taken while
    /// they come to at most `limit` bytes of the page.
    func text(_ root: Int, limit: Int) -> String { dom.collapsedText(root, limit: limit) }

    func metaValue(_ keys: [String]) -> String? { metaEntry(keys)?.value }

    /// The first of `keys` the page states, and the evidence it is.
    func metaEntry(_ keys: [String]) -> Sourced<String>? {
        for k in keys {
            if let v = meta[k] {
                let c = TextUtil.collapse(v)
                if !c.isEmpty { return Sourced(value: c, source: MetadataReader.source(ofMeta: k)) }
            }
        }
        return nil
    }

    /// `og` for Open Graph keys (`og:`, `article:`), `twitter` for
    /// Twitter's, `meta[name=KEY]` for the rest.
    static func source(ofMeta key: String) -> String {
        if key.hasPrefix("og:") || key.hasPrefix("article:") { return "og" }
        if key.hasPrefix("twitter:") { return "twitter" }
        return "meta[name=\(key)]"
    }

    static func fromLD(_ value: String?) -> Sourced<String>? { value.map { Sourced(value: $0, source: "json-ld") } }

    func read(baseURL: String?) -> PageMetadata {
        var m = PageMetadata()
        func note<V>(_ field: String, _ found: Sourced<V>?) -> V? {
            if let found { m.sources[field] = found.source }
            return found?.value
        }
        m.site = note("site", metaEntry(["og:site_name"]) ?? Self.fromLD(ld?.publisher)
            ?? metaEntry(["application-name", "twitter:site:name"]))
        m.title = note("title", title(site: m.site))
        let credit = authors(site: m.site)
        m.authors = note("authors", credit.names) ?? []
        m.agency = note("agency", credit.agency)
        m.lang = note("lang", declaredLanguage())
        let dates = dates(baseURL: baseURL, lang: m.lang, headline: m.title)
        m.date = note("date", dates.published)
        m.dateModified = note("date_modified", dates.modified)
        // A page that escaped its meta text twice (`That&amp;#039;s`) shows
        // the characters, not their references.
        let described = metaEntry(["dc:description", "dcterm:description", "og:description", "description",
            "twitter:description", "dc.description"]).map { Sourced(value: StructuredData.clean($0.value), source: $0.source) }
        m.description = note("description", described ?? Self.fromLD(ld?.description))
        let url = canonical.map { Sourced(value: $0, source: "link[rel=canonical]") } ?? metaEntry(["og:url"])
            ?? Self.fromLD(ld?.url)
        m.canonicalURL = note("canonical_url", url.map { Sourced(value: resolve(TextUtil.collapse($0.value), base: baseURL), source: $0.source) })
        readMedia(into: &m, base: baseURL ?? m.canonicalURL)
        return m
    }

    /// The language the page declares: `<html lang>`, else its meta
    /// fields or JSON-LD (`en_GB` written `en-GB`).
    func declaredLanguage() -> Sourced<String>? {
        if let l = htmlLang.map(TextUtil.collapse), !l.isEmpty { return Sourced(value: l, source: "html-lang") }
        let stated = metaEntry(["og:locale", "content-language", "language", "dc.language"]) ?? Self.fromLD(ld?.inLanguage)
        return stated.map { Sourced(value: $0.value.replacing("_", with: "-"), source: $0.source) }
    }

    /// `url` made absolute against `base` (the page's address).
    func resolve(_ url: String, base: String?) -> String { LinkAddress.resolve(url, against: base) }
}

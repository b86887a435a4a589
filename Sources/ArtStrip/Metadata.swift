import ArtCore

/// What a page says about itself.
public struct PageMetadata: Sendable, Equatable {
    public var title: String?
    public var authors: [String] = []
    public var date: String?
    public var site: String?
    public var lang: String?
    public var description: String?
    public var canonicalURL: String?
    public init() {}
}

/// The article object of a page's JSON-LD, reduced to what we use.
struct StructuredArticle {
    var headline: String?
    var name: String?
    var authors: [String] = []
    var datePublished: String?
    var dateModified: String?
    var publisher: String?
    var articleBody: String?
    var description: String?
    var url: String?
    var inLanguage: String?
    var isArticle = false
}

enum StructuredData {
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle",
        "socialmediaposting", "liveblogposting", "posting", "report", "webpage", "itempage", "review",
        "medicalwebpage", "creativework", "aboutpage", "advertisercontentarticle", "satiricalarticle",
    ]

    static let markers = ["<![CDATA[", "]]>", "<!--", "-->"].map { Array($0.utf8) }

    /// `script` without CDATA and comment markers (each marker in turn, every
    /// occurrence).
    static func removingMarkers(_ script: String) -> String {
        var bytes = Array(script.utf8)
        var changed = false
        for marker in markers {
            var from = 0
            var kept: [UInt8] = []
            while let k = TextUtil.find(bytes, marker, from: from) {
                kept.append(contentsOf: bytes[from..<k])
                from = k + marker.count
            }
            guard from > 0 else { continue }
            kept.append(contentsOf: bytes[from...])
            bytes = kept
            changed = true
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : script
    }

    static func parse(_ scripts: [String]) -> StructuredArticle? {
        var best: StructuredArticle?
        var bestRank = -1
        // Dates of any object, for an article that states none (a WebPage
        // of the same graph often does).
        var anyPublished: String?
        var anyModified: String?
        for script in scripts {
            // Between the first opening and the last closing bracket: drops
            // CDATA markers, HTML comments and stray script around the JSON.
            let body = removingMarkers(script)
            let utf8 = body.utf8
            guard let open = utf8.firstIndex(where: { $0 == 0x7B || $0 == 0x5B }),
                let close = utf8.lastIndex(where: { $0 == 0x7D || $0 == 0x5D }), open < close
            else { continue }
            let s = String(body[open...close])
            let value: JSONValue
            do {
                value = try JSONValue(parsing: s, maxDepth: 64)
            } catch {
                if debugEnabled { debugLog("json-ld: \(error) in \(s.prefix(200))") }
                continue
            }
            // Breadth-first over nested objects and arrays, bounded.
            var queue: [JSONValue] = [value]
            var k = 0
            while k < queue.count && k < 2000 {
                let v = queue[k]
                k += 1
                switch v {
                case .array(let items): queue.append(contentsOf: items)
                case .object(let members):
                    anyPublished = anyPublished ?? v["datePublished"]?.stringValue ?? v["dateCreated"]?.stringValue
                    anyModified = anyModified ?? v["dateModified"]?.stringValue
                    let types = typeNames(v)
                    let rank = types.contains(where: { $0 != "webpage" && $0 != "itempage" && $0 != "creativework"
                        && articleTypes.contains($0) }) ? 2 : (types.contains(where: articleTypes.contains) ? 1 : 0)
                    if rank > bestRank, rank > 0 {
                        best = article(from: v)
                        bestRank = rank
                    }
                    for (key, m) in members where key == "@graph" || key == "mainEntity" || key == "itemListElement" {
                        queue.append(m)
                    }
                default: break
                }
            }
        }
        guard var article = best else { return nil }
        if article.datePublished == nil { article.datePublished = anyPublished }
        if article.dateModified == nil { article.dateModified = anyModified }
        return article
    }

    static func typeNames(_ v: JSONValue) -> [String] {
        switch v["@type"] {
        case .string(let s)?: return [s.lowercased()]
        case .array(let a)?: return a.compactMap { $0.stringValue?.lowercased() }
        default: return []
        }
    }

    static func article(from v: JSONValue) -> StructuredArticle {
        var a = StructuredArticle()
        a.isArticle = true
        a.headline = v["headline"]?.stringValue.map(clean)
        a.name = v["name"]?.stringValue.map(clean)
        a.datePublished = v["datePublished"]?.stringValue ?? v["dateCreated"]?.stringValue
        a.dateModified = v["dateModified"]?.stringValue
        a.articleBody = v["articleBody"]?.stringValue ?? v["text"]?.stringValue
        a.description = v["description"]?.stringValue.map(clean)
        a.inLanguage = v["inLanguage"]?.stringValue
        if let url = v["url"]?.stringValue {
            a.url = url
        } else if let main = v["mainEntityOfPage"] {
            a.url = main.stringValue ?? main["@id"]?.stringValue
        }
        if let p = v["publisher"] {
            a.publisher = (p.stringValue ?? p["name"]?.stringValue ?? p.arrayValue?.first?["name"]?.stringValue)
                .map(clean)
        }
        var people: [String] = []
        func person(_ x: JSONValue) {
            switch x {
            case .string(let s): people.append(s)
            case .array(let items): items.forEach(person)
            case .object:
                let types = typeNames(x)
                if types.contains("organization") || types.contains("newsmediaorganization") { return }
                if let name = x["name"]?.stringValue {
                    people.append(name)
                } else if let name = x["name"] {
                    person(name)
                }
            default: break
            }
        }
        if let author = v["author"] { person(author) } else if let c = v["creator"] { person(c) }
        a.authors = people.map(clean).filter { !$0.isEmpty }
        return a
    }

    static func clean(_ s: String) -> String { TextUtil.collapse(decodeEntities(s)) }

    /// A few character references that pages leave inside JSON-LD strings.
    static func decodeEntities(_ s: String) -> String {
        guard TextUtil.contains(s, "&") else { return s }
        var out = s
        for (e, r) in [("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'"), ("&#039;", "'"), ("&apos;", "'"),
            ("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", " "), ("&#8217;", "\u{2019}"), ("&#8216;", "\u{2018}"),
            ("&#8220;", "\u{201C}"), ("&#8221;", "\u{201D}"), ("&#x27;", "'")]
        {
            out = out.replacing(e, with: r)
        }
        return out
    }
}

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
    var relAuthors: [String] = []
    var bylines: [String] = []
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
                    if let name, !name.isEmpty { relAuthors.append(name) }
                }
            }
            if t == .a, let rel = dom.attr(i, .rel)?.lowercased(),
                TextUtil.split(rel, separator: " ").contains("author"),
                relAuthors.count < 6
            {
                relAuthors.append(text(i, limit: 200))
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
        for i in 0..<dom.count where dom.tag[i] == .h1 && h1s.count < 3 {
            let s = text(i, limit: 400)
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

    func metaValue(_ keys: [String]) -> String? {
        for k in keys {
            if let v = meta[k] {
                let c = TextUtil.collapse(v)
                if !c.isEmpty { return c }
            }
        }
        return nil
    }

    func read(baseURL: String?) -> PageMetadata {
        var m = PageMetadata()
        m.site = ld?.publisher ?? metaValue(["og:site_name", "application-name", "twitter:site:name"])
        if let s = metaValue(["og:site_name"]) { m.site = s }
        m.title = title(site: m.site)
        m.authors = authors(site: m.site)
        if let l = htmlLang.map(TextUtil.collapse), !l.isEmpty {
            m.lang = l
        } else if let l = metaValue(["og:locale", "content-language", "language", "dc.language"]) ?? ld?.inLanguage {
            m.lang = l.replacing("_", with: "-")
        }
        m.date = date(baseURL: baseURL, lang: m.lang)
        m.description = metaValue(["dc:description", "dcterm:description", "og:description", "description", "twitter:description", "dc.description"])
            ?? ld?.description
        var url = canonical ?? metaValue(["og:url"]) ?? ld?.url
        if let u = url { url = resolve(TextUtil.collapse(u), base: baseURL) }
        m.canonicalURL = url
        return m
    }

    // MARK: Title

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " \\ ", " ~ "]

    func title(site: String?) -> String? {
        let raw = dom.titleText.map(TextUtil.collapse) ?? ""
        var candidates: [String] = []
        for c in [ld?.headline, ld?.name] { if let c, !c.isEmpty { candidates.append(c) } }
        for key in ["dc:title", "dcterm:title", "og:title", "twitter:title", "dc.title", "parsely-title",
            "sailthru.title"]
        {
            if let v = metaValue([key]) { candidates.append(stripSite(v, site: site, aggressive: false, page: raw)) }
        }
        candidates.append(contentsOf: h1s)
        let stripped = stripSite(raw, site: site, aggressive: true, page: raw)
        if !raw.isEmpty { candidates.append(stripped) }
        // The first, in order of evidence, that the page's <title> confirms.
        if !raw.isEmpty {
            let pageWords = Set(TextUtil.words(raw))
            let core = Set(TextUtil.words(stripped))
            for c in candidates {
                let w = TextUtil.words(c)
                guard !w.isEmpty else { continue }
                let shared = w.filter { pageWords.contains($0) }.count
                let covered = core.filter { w.contains($0) }.count
                if shared * 4 >= w.count * 3 && covered * 2 >= core.count { return c }
            }
        }
        return candidates.first
    }

    func stripSite(_ title: String, site: String?, aggressive: Bool, page: String) -> String {
        for sep in MetadataReader.separators {
            let parts = TextUtil.split(title, separator: sep)
            guard parts.count >= 2 else { continue }
            if !aggressive, title != page, page.hasSuffix(sep + parts.last!) {
                // The same suffix as the page's <title>: the site's name.
                return parts.dropLast().joined(separator: sep)
            }
            if let site {
                let key = TextUtil.words(site)
                if TextUtil.words(parts.last!) == key {
                    return parts.dropLast().joined(separator: sep)
                }
                if TextUtil.words(parts.first!) == key { return parts.dropFirst().joined(separator: sep) }
            }
            guard aggressive else { continue }
            let head = parts.dropLast().joined(separator: sep)
            if TextUtil.words(head).count >= 3, TextUtil.words(parts.last!).count <= 5 { return head }
            let tail = parts.dropFirst().joined(separator: sep)
            if TextUtil.words(parts.first!).count <= 3, TextUtil.words(tail).count >= 4 { return tail }
            return title
        }
        return title
    }

    // MARK: Authors

    func authors(site: String?) -> [String] {
        var sources: [[String]] = []
        if let a = ld?.authors { sources.append(a) }
        for key in ["dc:creator", "dcterm:creator", "author", "article:author", "dc.creator", "parsely-author",
            "sailthru.author", "byl"]
        {
            if let v = metaValue([key]) { sources.append([v]) }
        }
        sources.append(relAuthors)
        sources.append(bylines)
        // The first source that yields person names.
        for candidates in sources {
            var names: [String] = []
            for c in candidates {
                for name in MetadataReader.splitNames(c) where MetadataReader.isPersonName(name, site: site) {
                    if !names.contains(name) { names.append(name) }
                }
            }
            if !names.isEmpty { return names }
        }
        return []
    }

    static func splitNames(_ s: String) -> [String] {
        // Prefixes and stops are ASCII or caseless: they are looked for in
        // ASCII-lower-cased bytes, where offsets are those of the text.
        var t = TextUtil.collapse(s)
        for prefix in ["by ", "by:", "written by ", "words by ", "posted by ", "von ", "par ", "por "]
        where TextUtil.asciiLowercased(t).starts(with: prefix.utf8) {
            t = TextUtil.trim(Substring(t.utf8.dropFirst(prefix.utf8.count)))
        }
        // Cut a trailing "| date", "- Updated", "on Monday..."
        for stop in [" | ", " • ", " on ", " updated", " published", "\n", " - ", " — "] {
            if let k = TextUtil.find(TextUtil.asciiLowercased(t), Array(stop.utf8), from: 0) {
                t = String(decoding: t.utf8.prefix(k), as: UTF8.self)
            }
        }
        var parts: [String] = []
        var rest = t
        for conjunction in [" and ", " & ", " y ", " und ", " et ", ";"] {
            rest = TextUtil.split(rest, separator: conjunction, keepingEmpty: true).joined(separator: ",")
        }
        for p in TextUtil.split(rest, separator: ",") {
            // A name ends before a word with a digit (a date or a time).
            var kept: [String] = []
            for w in TextUtil.split(p, separator: " ") {
                if w.contains(where: { $0.isNumber }) { break }
                kept.append(w)
            }
            let name = TextUtil.trim(kept.joined(separator: " "))
            if !name.isEmpty { parts.append(name) }
        }
        return parts
    }

    static func isPersonName(_ name: String, site: String?) -> Bool {
        let lower = name.lowercased()
        if lower.hasPrefix("http") || TextUtil.contains(lower, "@") || TextUtil.contains(lower, "/") || TextUtil.contains(lower, ".com") {
            return false
        }
        let words = TextUtil.words(name)
        if words.isEmpty || words.count > 6 { return false }
        let banned: Set<String> = ["staff", "editor", "editors", "admin", "team", "newsroom", "reporter", "reuters",
            "ap", "afp", "associated", "press", "desk", "wire", "agency", "contributor", "guest", "anonymous"]
        if words.count <= 3 && words.contains(where: banned.contains) { return false }
        if let site, TextUtil.words(site) == words { return false }
        return true
    }

    func resolve(_ url: String, base: String?) -> String {
        if url.hasPrefix("http://") || url.hasPrefix("https://") { return url }
        guard let base, let schemeEnd = base.firstRange(of: "://") else { return url }
        if url.hasPrefix("//") { return String(base[..<schemeEnd.lowerBound]) + ":" + url }
        let afterScheme = base[schemeEnd.upperBound...]
        let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        let origin = String(base[..<hostEnd])
        if url.hasPrefix("/") { return origin + url }
        return url
    }
}

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

    static let namedReferences: [String: String] = [
        "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": " ", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "ndash": "\u{2013}", "mdash": "\u{2014}",
        "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{00B7}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}",
    ]

    /// Character references left in text: in JSON-LD strings, and in
    /// titles a page escaped twice (`&amp;#8211;`). Repeats while a pass
    /// changes something, at most twice.
    static func decodeEntities(_ s: String) -> String {
        var out = s
        for _ in 0..<2 {
            guard TextUtil.contains(out, "&") else { break }
            let decoded = decodeOnce(out)
            if decoded == out { break }
            out = decoded
        }
        return out
    }

    static func decodeOnce(_ s: String) -> String {
        var out = ""
        var rest = s[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest.index(after: amp)
            guard let semi = rest[after...].prefix(10).firstIndex(of: ";") else {
                out += "&"
                rest = rest[after...]
                continue
            }
            let name = rest[after..<semi]
            var value: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                value = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                value = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                value = namedReferences[String(name)]
            }
            if let value {
                out += value
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                rest = rest[after...]
            }
        }
        return out + rest
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

    static let bylineLabels: Set<String> = ["written by", "by", "author", "authors", "authored by", "posted by",
        "words by", "von", "par", "por", "di", "autor", "autorin", "auteur", "door"]

    /// An element whose only text is a byline label, and the name in the next
    /// element with text.
    mutating func findLabelledBylines() {
        var i = 0
        while i < dom.count && labelledBylines.count < 2 {
            let end = Int(dom.end[i])
            guard dom.tag[i] != .text, dom.tag[i] != .head, dom.tag[i] != .script, end - i <= 2, end > i + 1,
                dom.tag[i + 1] == .text
            else {
                i += 1
                continue
            }
            let label = TextUtil.asciiLowercased(text(i, limit: 24))
            let bare = String(decoding: label.filter { $0 != UInt8(ascii: ":") }, as: UTF8.self)
            guard Self.bylineLabels.contains(TextUtil.trim(Substring(bare))) else {
                i += 1
                continue
            }
            // The next element with text, small enough to be a name.
            var j = end
            while j < dom.count && (dom.tag[j] == .text || Int(dom.end[j]) - j > 6 || text(j, limit: 120).isEmpty) { j += 1 }
            if j < dom.count {
                let name = text(j, limit: 120)
                let n = TextUtil.scalarCount(name)
                if n >= 3 && n <= 80 { labelledBylines.append("by " + name) }
            }
            i = max(end, j)
        }
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
        if let h = h1s.first, isShownHeadline(h, others: [raw] + candidates) { return StructuredData.clean(h) }
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
                if shared * 4 >= w.count * 3 && covered * 2 >= core.count { return StructuredData.clean(c) }
            }
        }
        return candidates.first.map(StructuredData.clean)
    }

    /// The page's first `h1` is the headline it shows when it has three
    /// words or more and another title of the page shares a third of its
    /// words of four letters or more (a logo or a section name does not).
    func isShownHeadline(_ h1: String, others: [String]) -> Bool {
        guard TextUtil.words(h1).count >= 3 else { return false }
        let w = TextUtil.words(h1).filter { $0.count >= 4 }
        guard !w.isEmpty else { return false }
        return others.contains { other in
            let set = Set(TextUtil.words(other))
            return w.filter(set.contains).count * 10 >= w.count * 3
        }
    }

    /// The text of an element as one line: its text nodes joined as they
    /// are, with a space only at a block or a line break inside it
    /// (`Metroid</a>, One` keeps its comma where it was).
    func lineText(_ root: Int, limit: Int) -> String {
        var s: [UInt8] = []
        var i = root + 1
        while i < Int(dom.end[root]), s.count < limit {
            if dom.tag[i] == .text {
                dom.withText(i) { s.append(contentsOf: $0) }
            } else if dom.tag[i].isBlock || dom.tag[i] == .br {
                s.append(0x20)
            }
            i += 1
        }
        return TextUtil.collapse(String(decoding: s, as: UTF8.self))
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
        // twitter:label1 "Written by" names the author in twitter:data1.
        if let label = metaValue(["twitter:label1"]), TextUtil.asciiLowercased(label).starts(with: "written by".utf8),
            let name = metaValue(["twitter:data1"])
        {
            sources.append([name])
        }
        sources.append(relAuthors)
        sources.append(bylines)
        sources.append(labelledBylines)
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
        for prefix in ["author:", "author ", "reviewed by ", "by ", "by:", "written by ", "words by ", "posted by ",
            "von ", "par ", "por "]
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
            // ...and before a month or an outlet in capitals that runs on
            // (`Oleg Parashchak Jul`, `Brian Truitt USA TODAY`).
            while kept.count >= 2, let last = kept.last, runOnWords.contains(last.lowercased().filter(\.isLetter))
                || (last.count >= 2 && last.allSatisfy { $0.isUppercase || !$0.isLetter } && kept.count >= 3)
            {
                kept.removeLast()
            }
            let name = TextUtil.trim(kept.joined(separator: " "))
            if !name.isEmpty { parts.append(name) }
        }
        return parts
    }

    /// Month names that follow a byline's name (`May`, `June`, `April`
    /// and `August` are also first names and are not cut).
    static let runOnWords: Set<String> = ["jan", "january", "feb", "february", "mar", "march", "apr", "jun", "jul",
        "july", "aug", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"]

    /// `MS`, `RD`, `Ph.D.`, `CEPF®`: a credential after a name, not a name.
    static func isCredential(_ name: String) -> Bool {
        guard !name.contains(" ") else { return false }
        return name.contains(".") || name.allSatisfy { $0.isUppercase || !$0.isLetter }
    }

    static func isPersonName(_ name: String, site: String?) -> Bool {
        if isCredential(name) { return false }
        let lower = name.lowercased()
        if lower.hasPrefix("http") || TextUtil.contains(lower, "@") || TextUtil.contains(lower, "/") || TextUtil.contains(lower, ".com") {
            return false
        }
        // A form's field (`Name *`), a script's placeholder, a label or a month is not a name.
        if name.contains("*") || ["undefined", "null", "name", "none"].contains(lower) { return false }
        if bylineLabels.contains(lower) || runOnWords.contains(lower) { return false }
        let words = TextUtil.words(name)
        if words.isEmpty || words.count > 6 { return false }
        let banned: Set<String> = ["staff", "editor", "editors", "admin", "team", "newsroom", "reporter", "reuters",
            "ap", "afp", "associated", "press", "desk", "wire", "agency", "contributor", "guest", "anonymous", "author"]
        // A collective byline that names its team (`Podium Staff`, `TOI
        // Lifestyle Desk`) is the author as the page credits it; a bare role
        // (`Staff`, `Editor`, `admin`) or a wire's name is not.
        let collective: Set<String> = ["staff", "team", "desk", "editors", "newsroom"]
        let namesItsTeam = words.count >= 2 && collective.contains(words.last!) && !words.dropLast().contains(where: banned.contains)
        if words.count <= 3 && words.contains(where: banned.contains) && !namesItsTeam { return false }
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

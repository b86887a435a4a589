import ArtCore

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
    /// The lead image's address as written.
    var image: String?
    var section: String?
    var keywords: [String] = []
    /// Authors the page types as organisations: an agency, or the
    /// publisher credited as the author.
    var organizations: [String] = []
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
        a.image = v["image"].flatMap(imageURL)
        a.section = v["articleSection"].flatMap { $0.stringValue ?? $0.arrayValue?.first?.stringValue }.map(clean)
        a.keywords = v["keywords"].map(keywords) ?? []
        if let author = v["author"] ?? v["creator"] { readAuthors(author, into: &a) }
        return a
    }

    /// Person names into `authors`, organisations' into `organizations`.
    static func readAuthors(_ x: JSONValue, into a: inout StructuredArticle) {
        var people: [String] = []
        var organizations: [String] = []
        func visit(_ x: JSONValue) {
            switch x {
            case .string(let s): people.append(s)
            case .array(let items): items.forEach(visit)
            case .object:
                let types = typeNames(x)
                if types.contains("organization") || types.contains("newsmediaorganization") {
                    if let name = x["name"]?.stringValue { organizations.append(name) }
                } else if let name = x["name"]?.stringValue {
                    people.append(name)
                } else if let name = x["name"] {
                    visit(name)
                }
            default: break
            }
        }
        visit(x)
        a.authors = people.map(clean).filter { !$0.isEmpty }
        a.organizations = organizations.map(clean).filter { !$0.isEmpty }
    }

    /// `"image": "..."`, `{"url": ...}`, `{"contentUrl": ...}` or a list of them: the first.
    static func imageURL(_ v: JSONValue) -> String? {
        switch v {
        case .string(let s): return s.isEmpty ? nil : s
        case .array(let items): return items.lazy.compactMap(imageURL).first
        case .object: return (v["url"] ?? v["contentUrl"]).flatMap(imageURL)
        default: return nil
        }
    }

    /// `"keywords": "a, b"` or `["a", "b"]`.
    static func keywords(_ v: JSONValue) -> [String] {
        switch v {
        case .string(let s): return TextUtil.split(s, separator: ",").map(clean)
        case .array(let items): return items.compactMap(\.stringValue).map(clean)
        default: return []
        }
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

    /// The character a numeric reference names; U+FFFD for none (0, a
    /// surrogate, past U+10FFFF), as HTML reads them.
    static func character(_ v: UInt32) -> String {
        guard v != 0, let scalar = Unicode.Scalar(v) else { return "\u{FFFD}" }
        return String(Character(scalar))
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
                value = UInt32(name.dropFirst(2), radix: 16).map(character)
            } else if name.hasPrefix("#") {
                value = UInt32(name.dropFirst()).map(character)
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

/// The headline the page shows (art-strip(1), `title`).
extension MetadataReader {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " \\ ", " ~ "]

    func title(site: String?) -> Sourced<String>? {
        let raw = dom.titleText.map(TextUtil.collapse) ?? ""
        var candidates: [Sourced<String>] = []
        for c in [ld?.headline, ld?.name] { if let c, !c.isEmpty { candidates.append(Sourced(value: c, source: "json-ld")) } }
        for key in ["dc:title", "dcterm:title", "og:title", "twitter:title", "dc.title", "parsely-title",
            "sailthru.title"]
        {
            if let v = metaEntry([key]) {
                candidates.append(Sourced(value: stripSite(v.value, site: site, aggressive: false, page: raw), source: v.source))
            }
        }
        func cleaned(_ c: Sourced<String>) -> Sourced<String> { Sourced(value: StructuredData.clean(c.value), source: c.source) }
        if let h = h1s.first, isShownHeadline(h, others: [raw] + candidates.map(\.value)) {
            return Sourced(value: StructuredData.clean(h), source: "h1")
        }
        candidates.append(contentsOf: h1s.map { Sourced(value: $0, source: "h1") })
        let stripped = stripSite(raw, site: site, aggressive: true, page: raw)
        if !raw.isEmpty { candidates.append(Sourced(value: stripped, source: "title-tag")) }
        // The first, in order of evidence, that the page's <title> confirms.
        if !raw.isEmpty {
            let pageWords = Set(TextUtil.words(raw))
            let core = Set(TextUtil.words(stripped))
            for c in candidates {
                let w = TextUtil.words(c.value)
                guard !w.isEmpty else { continue }
                let shared = w.filter { pageWords.contains($0) }.count
                let covered = core.filter { w.contains($0) }.count
                if shared * 4 >= w.count * 3 && covered * 2 >= core.count { return cleaned(c) }
            }
        }
        return candidates.first.map(cleaned)
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
}

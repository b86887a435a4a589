/// What the page states of its lead image, section and keywords
/// (art-strip(1), `image`, `section`, `keywords`): only what it states.
extension MetadataReader {
    func readMedia(into m: inout PageMetadata, base: String?) {
        let image = metaEntry(["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"])
            ?? Self.fromLD(ld?.image.map(TextUtil.collapse))
        if let image, !image.value.isEmpty {
            m.image = resolve(image.value, base: base)
            m.sources["image"] = image.source
        }
        if let section = metaEntry(["article:section"]) ?? Self.fromLD(ld?.section), !section.value.isEmpty {
            m.section = section.value
            m.sources["section"] = section.source
        }
        if let keywords = keywords() {
            m.keywords = keywords.value
            m.sources["keywords"] = keywords.source
        }
    }

    /// The first source that lists keywords: JSON-LD `keywords`, each
    /// `article:tag`, `news_keywords`, `keywords`; trimmed, each once.
    func keywords() -> Sourced<[String]>? {
        var sources: [Sourced<[String]>] = []
        if let ld, !ld.keywords.isEmpty { sources.append(Sourced(value: ld.keywords, source: "json-ld")) }
        if !articleTags.isEmpty { sources.append(Sourced(value: articleTags, source: "og")) }
        for key in ["news_keywords", "keywords"] {
            if let v = metaEntry([key]) { sources.append(Sourced(value: [v.value], source: v.source)) }
        }
        for source in sources {
            let list = Self.keywordList(source.value)
            if !list.isEmpty { return Sourced(value: list, source: source.source) }
        }
        return nil
    }

    /// Values split at commas and semicolons, trimmed, each once (the
    /// first spelling of those that differ only in case).
    static func keywordList(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        var list: [String] = []
        for value in values {
            for part in TextUtil.split(StructuredData.clean(value).replacing(";", with: ","), separator: ",") {
                let k = TextUtil.trim(part)
                guard !k.isEmpty, TextUtil.scalarCount(k) <= 100, seen.insert(k.lowercased()).inserted else { continue }
                list.append(k)
            }
        }
        return list
    }
}

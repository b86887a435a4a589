import ArtCore

/// The languages the data files describe (`lang/index.txt`), what the
/// filters can do in each, and the data of those the segmenter has rules for.
public struct LanguageCatalog: Sendable {
    /// What a filter needs of a language.
    public enum Capability: String, Sendable, CaseIterable {
        case sentences, entities, quotes
    }

    /// The capabilities of each language, by ISO 639-1 code.
    public let capabilities: [String: Set<Capability>]
    /// The segmenter's data of each language with `sentences`.
    let segmenterData: [String: LanguageData]

    /// Reads the index and the data of every language it lists for sentences.
    public static func load(from locator: ResourceLocator = .standard) throws(ResourceError) -> LanguageCatalog {
        let path: String
        do { path = try locator.locate("lang/index.txt") } catch { throw .notFound(error) }
        let index = try WordListFile(path: path, bytes: try readDataFile(path))
        var capabilities: [String: Set<Capability>] = [:]
        var data: [String: LanguageData] = [:]
        for entry in try index.entries("languages") {
            var set: Set<Capability> = []
            for flag in entry.flags {
                guard let capability = Capability(rawValue: flag) else {
                    throw .malformed(path: path, line: entry.line, reason: "unknown capability '\(flag)'")
                }
                set.insert(capability)
            }
            capabilities[entry.word] = set
            if set.contains(.sentences) { data[entry.word] = try LanguageData.load(entry.word, from: locator) }
        }
        guard data["en"] != nil else {
            throw .malformed(path: path, line: 1, reason: "English (en) must have sentences: it is the default")
        }
        return LanguageCatalog(capabilities: capabilities, segmenterData: data)
    }

    /// Whether the filters can do `capability` in `code`.
    public func supports(_ code: String, _ capability: Capability) -> Bool {
        capabilities[code]?.contains(capability) ?? false
    }

    /// The segmenter's data for `code`: the language's own when it has
    /// rules, English's otherwise (the rules of Latin, Greek and Cyrillic
    /// text are mostly shared; other scripts go to the fallback breaker).
    public func segmenterData(for code: String?) -> LanguageData {
        code.flatMap { segmenterData[$0] } ?? segmenterData["en"]!
    }

    /// The codes of the languages with `capability`, sorted.
    public func languages(with capability: Capability) -> [String] {
        capabilities.filter { $0.value.contains(capability) }.keys.sorted()
    }
}

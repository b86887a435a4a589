import ArtCore

/// What the text layer knows of one language, read from the data files
/// under `lang/<code>/` (see `ResourceLocator`): adding a language is adding
/// its files, not code. The files:
///
/// - `abbreviations.txt`: abbreviations by kind (`AbbreviationTable`);
/// - `sentence-words.txt`: sentence starters, verbs of saying and titles,
///   which the sentence segmenter weighs at a possible sentence end.
public struct LanguageData: Sendable {
    /// The ISO 639-1 code.
    public let code: String
    public let abbreviations: AbbreviationTable
    /// Words that typically begin a sentence.
    let sentenceStarters: Set<UInt64>
    /// Verbs of saying (`"...?" Smith asked`).
    let speechVerbs: Set<UInt64>
    /// Words that stand before a name (`Mr.`, `President`).
    let nameTitles: Set<UInt64>

    /// Reads the data of `code` from the places `locator` searches.
    public static func load(_ code: String, from locator: ResourceLocator = .standard) throws(ResourceError) -> LanguageData {
        let abbreviations = try read("lang/\(code)/abbreviations.txt", locator)
        let words = try read("lang/\(code)/sentence-words.txt", locator)
        return LanguageData(
            code: code, abbreviations: try AbbreviationTable(abbreviations),
            sentenceStarters: try words.keys("sentence-starters"), speechVerbs: try words.keys("speech-verbs"),
            nameTitles: try words.keys("name-titles"))
    }

    private static func read(_ name: String, _ locator: ResourceLocator) throws(ResourceError) -> WordListFile {
        let path: String
        do { path = try locator.locate(name) } catch { throw .notFound(error) }
        return try WordListFile(path: path, bytes: try readDataFile(path))
    }

    /// English, loaded once from the standard places. A filter calls
    /// `LanguageData.ensureEnglish()` first, so that a missing file is an
    /// operational failure (exit 3) rather than a crash here.
    public static var english: LanguageData {
        switch englishResult {
        case .success(let data): return data
        case .failure(let error): fatalError("art: \(error)")
        }
    }

    /// Loads English now; the error names every place looked.
    public static func ensureEnglish() throws(ResourceError) {
        if case .failure(let error) = englishResult { throw error }
    }

    private static let englishResult: Result<LanguageData, ResourceError> = Result { () throws(ResourceError) in
        try load("en")
    }
}

import ArtCore

/// What the text layer knows of one language, read from the data files
/// under `lang/<code>/` (see `ResourceLocator`): adding a language is adding
/// its files, not code. The files:
///
/// - `abbreviations.txt`: abbreviations by kind (`AbbreviationTable`);
/// - `sentence-words.txt`: sentence starters, verbs of saying, titles, the
///   words around ordinal numbers (`am 3. Oktober`), the prepositions of
///   time before a figure (`At 5 a.m.`) and the quotation marks
///   that close a quotation, which the sentence segmenter weighs at a
///   possible sentence end.
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
    /// Words that follow an ordinal number written with a period (`3. Oktober`,
    /// `19. Jahrhundert`), and words that precede one (`am 3.`, `der 2.`).
    let ordinalFollowers: Set<UInt64>
    let ordinalPreceders: Set<UInt64>
    /// Prepositions that open an adverbial of time before a figure (`At 5
    /// a.m.`, `Um 9 Uhr`): with its figure and abbreviation such a phrase is
    /// no sentence of its own.
    let timePrepositions: Set<UInt64>
    /// The marks that close a quotation after its final punctuation, and
    /// those of them that stand after a space (French `Oui. »`).
    let closingQuotes: Set<Unicode.Scalar>
    let spacedClosingQuotes: Set<Unicode.Scalar>
    /// The language writes lower case after a semicolon (`lowercase-after-semicolon`
    /// in `[properties]`), so a sentence starter capitalised there begins a sentence.
    var lowercaseAfterSemicolon = false

    /// Reads the data of `code` from the places `locator` searches.
    public static func load(_ code: String, from locator: ResourceLocator = .standard) throws(ResourceError) -> LanguageData {
        let abbreviations = try read("lang/\(code)/abbreviations.txt", locator)
        let words = try read("lang/\(code)/sentence-words.txt", locator)
        let starters = try words.keys("sentence-starters")
        let speechVerbs = try words.keys("speech-verbs")
        let nameTitles = try words.keys("name-titles")
        var closing: Set<Unicode.Scalar> = []
        var spaced: Set<Unicode.Scalar> = []
        for (mark, flags) in try words.marks("closing-quotes", flags: ["spaced"]) {
            closing.insert(mark)
            if flags.contains("spaced") { spaced.insert(mark) }
        }
        var data = LanguageData(
            code: code, abbreviations: try AbbreviationTable(abbreviations),
            sentenceStarters: starters, speechVerbs: speechVerbs, nameTitles: nameTitles, ordinalFollowers: try words.keys("ordinal-followers"),
            ordinalPreceders: try words.keys("ordinal-preceders"), timePrepositions: try words.keys("time-prepositions"), closingQuotes: closing,
            spacedClosingQuotes: spaced)
        data.lowercaseAfterSemicolon = try words.properties(["lowercase-after-semicolon"]).contains("lowercase-after-semicolon")
        return data
    }

    /// Whether `c` closes a quotation in this language.
    @inline(__always)
    func closesQuotation(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value == 0x22 || c.value == 0x27) && closingQuotes.contains(c) }
        return closingQuotes.contains(c)
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

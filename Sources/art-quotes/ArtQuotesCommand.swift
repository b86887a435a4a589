import ArgumentParser
import ArtCLI
import ArtCore
import ArtLanguageID
import ArtQuotes
import ArtText

@main
struct ArtQuotesCommand: FilterCommand {
    static let configuration = CommandConfiguration(
        commandName: "art-quotes",
        abstract: "Find direct, indirect and partial quotations with their speakers and cues.",
        version: versionString("art-quotes"))

    @OptionGroup var common: CommonOptions
    @OptionGroup var transform: TransformOptions
    @OptionGroup var language: LanguageOption

    @Flag(name: .customLong("no-beliefs"), help: "Report speech only, not thoughts and findings (believes, thinks, polls show).")
    var noBeliefs = false

    @Flag(name: .customLong("no-join"), help: "Do not join an unattributed quote paragraph to the quote before or after it.")
    var noJoin = false

    @Flag(
        name: .customLong("gender"),
        help: "Give each speaker who is a person a gender (female, male or unknown) and the evidence: a pronoun, a title, or the first name's statistics (English only).")
    var gender = false

    mutating func execute() -> ExitStatus {
        var options = common.runnerOptions(tool: "art-quotes")
        transform.apply(to: &options)
        guard loadResource(tool: "art-quotes", { try LanguageData.ensureEnglish() }) != nil,
            let catalog = loadResource(tool: "art-quotes", { try LanguageCatalog.load() })
        else { return .failure }
        let gate = LanguageGate(
            tool: "art-quotes", annotation: "quote lexicon", supported: Set(catalog.languages(with: .quotes)),
            resolver: LanguageResolver(forced: language.lang))
        guard let languages = loadResource(tool: "art-quotes", { try Self.languages(catalog) }) else { return .failure }
        let extractor = QuoteExtractor(includeBeliefs: !noBeliefs, joinContinuations: !noJoin, includeGender: gender)
        return FilterRunner(options: options).run(QuoteFilter(extractor: extractor, gate: gate, languages: languages))
    }

    /// The lexicon and sentence rules of every language the index gives
    /// `quotes`, with its first-name statistics (which `--gender` reports,
    /// and which keep `she` from resolving to a man).
    static func languages(_ catalog: LanguageCatalog) throws(ResourceError) -> [String: QuoteLanguage] {
        var languages: [String: QuoteLanguage] = [:]
        for code in catalog.languages(with: .quotes) {
            let names = try FirstNames.load(code)
            if code == "en" {
                if names != nil { languages[code] = QuoteLanguage(lexicon: .english, segmenter: SentenceSegmenter(), firstNames: names) }
                continue
            }
            languages[code] = QuoteLanguage(
                lexicon: try QuoteLexicon.load(code), segmenter: SentenceSegmenter(language: catalog.segmenterData(for: code)),
                firstNames: names)
        }
        return languages
    }
}

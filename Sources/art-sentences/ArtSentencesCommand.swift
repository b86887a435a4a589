import ArgumentParser
import ArtCLI
import ArtCore
import ArtLanguageID
import ArtText
import ArtTextICU

@main
struct ArtSentencesCommand: FilterCommand {
    static let configuration = CommandConfiguration(
        commandName: "art-sentences",
        abstract: "Split each record's text into sentences.",
        discussion: """
            Reads JSON Lines and adds "sentences", a list of {"start","end"} spans of \
            the record's "text" in Unicode code points, end-exclusive, trimmed of white space. \
            A record without "text" passes through unchanged.
            """,
        version: versionString("art-sentences"))

    @OptionGroup var common: CommonOptions
    @OptionGroup var transform: TransformOptions
    @OptionGroup var language: LanguageOption

    mutating func execute() -> ExitStatus {
        var options = common.runnerOptions(tool: "art-sentences")
        transform.apply(to: &options)
        guard let catalog = loadResource(tool: "art-sentences", { try LanguageCatalog.load() }) else { return .failure }
        let resolver = LanguageResolver(forced: language.lang)
        let filter = SentenceFilter(catalog: catalog, fallback: ICUSentenceBreaker()) { record in
            if case .known(let code) = resolver.language(of: record) { return code }
            return nil
        }
        return FilterRunner(options: options).run(filter)
    }
}

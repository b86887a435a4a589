import ArgumentParser
import ArtCLI
import ArtCore
import ArtStrip

extension StripFormat: ExpressibleByArgument {}

@main
struct ArtStripCommand: FilterCommand {
    static let configuration = CommandConfiguration(
        commandName: "art-strip",
        abstract: "Extract each page's main text and metadata from its html (or tidy a plain text).",
        discussion: """
            A page record gets text, title, authors, agency (the wire service a byline or dateline credits), \
            date, date_modified, site, lang, declared_lang, description, canonical_url, image, section, \
            keywords and notice, each null (or an empty list) when the page does not tell; a plain text \
            gets text and notice. --format markdown adds markdown, --explain adds strip_explain. See \
            art-strip(1).
            """,
        version: versionString("art-strip"))

    @OptionGroup var common: CommonOptions
    @OptionGroup var transform: TransformOptions

    @Flag(name: .customLong("drop-html"), help: "Remove the html field from the output records.")
    var dropHTML = false

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "What to write of the main text: text, or markdown (a markdown field beside text: headings, lists, quotes, tables, links, emphasis).",
            valueName: "text|markdown"))
    var format: StripFormat = .text

    @Flag(name: .customLong("explain"), help: "Add strip_explain: the source of each metadata field, and the element and score of the text.")
    var explain = false

    mutating func execute() -> ExitStatus {
        var options = common.runnerOptions(tool: "art-strip")
        transform.apply(to: &options)
        return FilterRunner(options: options).run(StripFilter(dropHTML: dropHTML, format: format, explain: explain))
    }
}

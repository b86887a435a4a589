import ArgumentParser
import ArtCLI
import ArtCore
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
    @OptionGroup var jobs: JobsOption

    mutating func execute() -> ExitStatus {
        var options = common.runnerOptions(tool: "art-sentences")
        options.jobs = jobs.jobs
        guard let language = loadResource(tool: "art-sentences", { try LanguageData.load("en") }) else { return .failure }
        let segmenter = SentenceSegmenter(language: language, fallback: ICUSentenceBreaker())
        return FilterRunner(options: options).run(SentenceFilter(segmenter: segmenter))
    }
}

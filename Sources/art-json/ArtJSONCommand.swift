import ArgumentParser
import ArtCLI
import ArtCore
import ArtJSON

extension ConversionOptions.Format: ExpressibleByArgument {}

@main
struct ArtJSONCommand: FilterCommand {
    static let configuration = CommandConfiguration(
        commandName: "art-json",
        abstract: "Wrap raw input into records; check, select, explode, summarise and convert records.",
        discussion: """
            With no options, validates every line as a JSON object and passes it through unchanged.
            """,
        version: versionString("art-json"))

    @OptionGroup var common: CommonOptions

    @Flag(help: "Read each FILE whole as one record {\"id\": FILE, \"html\"|\"text\": content}.")
    var wrap = false

    @Flag(help: "Read raw lines: each becomes a record {FIELD: line}.")
    var lines = false

    @Option(help: ArgumentHelp("The field that --wrap or --lines puts the content in.", valueName: "name"))
    var field: String?

    @Flag(name: .customLong("id"), help: "With --lines, add \"id\": \"FILE:LINE\" to each record.")
    var addID = false

    @Flag(help: "Check records against the contract (field types, spans); report each violation.")
    var check = false

    @Flag(help: "Add to each record with text its \"fingerprint\", a MinHash signature of its word 3-grams.")
    var fingerprint = false

    @Flag(help: "Mark a record whose text is a near-copy of an earlier one with \"duplicate_of\" (that record's id) and \"similarity\".")
    var duplicates = false

    @Option(help: ArgumentHelp("With --duplicates, the least estimated Jaccard similarity of word 3-grams that makes a copy (default 0.5).", valueName: "t"))
    var threshold: Double?

    @Option(help: ArgumentHelp("One record per element of the array FIELD, with the parent's id.", valueName: "field"))
    var explode: String?

    @Option(help: ArgumentHelp("Keep only these fields, in this order (comma-separated).", valueName: "list"))
    var select: String?

    @Option(help: ArgumentHelp("Remove these fields (comma-separated).", valueName: "list"))
    var drop: String?

    @Option(name: .customLong("to"), help: ArgumentHelp("Output format: jsonl, json, tsv, csv, html (a report page), md (the report as Markdown), or text (with --stats).", valueName: "format"))
    var format: ConversionOptions.Format = .jsonl

    @Flag(help: "Print one summary of the stream instead of the records: JSON, or with --to text lines to read.")
    var stats = false

    @Option(help: ArgumentHelp("With --stats or --corpus, how many names each top list holds (default 20).", valueName: "n"))
    var top: Int?

    @Flag(help: "With --to html, one report page about the whole stream instead of one section per article: charts and tables of articles, quotes, speakers, entities and copies.")
    var corpus = false

    func validate() throws {
        if wrap && lines { throw ValidationError("--wrap and --lines cannot be used together") }
        if field != nil && !wrap && !lines { throw ValidationError("--field goes with --wrap or --lines") }
        if addID && !lines { throw ValidationError("--id goes with --lines") }
        if stats && format != .jsonl && format != .text { throw ValidationError("--stats goes with --to text or no --to") }
        if format == .text && !stats { throw ValidationError("--to text goes with --stats") }
        if corpus && format != .html { throw ValidationError("--corpus goes with --to html") }
        if corpus && stats { throw ValidationError("--corpus and --stats cannot be used together") }
        if top != nil && !stats && !corpus { throw ValidationError("--top goes with --stats or --corpus") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if threshold != nil && !duplicates { throw ValidationError("--threshold goes with --duplicates") }
        if let threshold, !(threshold > 0 && threshold <= 1) { throw ValidationError("--threshold must be above 0 and at most 1") }
    }

    mutating func execute() -> ExitStatus {
        var conversion = ConversionOptions()
        conversion.check = check
        conversion.fingerprint = fingerprint
        conversion.duplicates = duplicates
        if let threshold { conversion.threshold = threshold }
        conversion.explode = explode
        conversion.select = select.map(Self.list)
        conversion.drop = drop.map(Self.list) ?? []
        conversion.format = format
        conversion.stats = stats || corpus
        conversion.corpus = corpus
        if let top { conversion.top = top }
        let runner = FilterRunner(options: common.runnerOptions(tool: "art-json"))
        var consumer = Conversion(options: conversion) { line, problem in printError("art-json: \(line): \(problem)") }
        let status: ExitStatus
        if wrap {
            status = RawInput.wrap(common.files, field: field, decode: RawInput.decodeDeclaredOrDetected, runner: runner, consumer: &consumer)
        } else if lines {
            status = RawInput.lines(field: field ?? "text", withID: addID, runner: runner, consumer: &consumer)
        } else {
            status = runner.run(&consumer)
        }
        return status == .success && consumer.violations > 0 ? .rejected : status
    }

    static func list(_ s: String) -> [String] {
        s.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(String.UnicodeScalarView(unicodeScalars.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()))
    }
}

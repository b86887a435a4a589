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

    @Option(help: ArgumentHelp("One record per element of the array FIELD, with the parent's id.", valueName: "field"))
    var explode: String?

    @Option(help: ArgumentHelp("Keep only these fields, in this order (comma-separated).", valueName: "list"))
    var select: String?

    @Option(help: ArgumentHelp("Remove these fields (comma-separated).", valueName: "list"))
    var drop: String?

    @Option(name: .customLong("to"), help: ArgumentHelp("Output format: jsonl, json, tsv, csv, html (a report page) or md (the report as Markdown).", valueName: "format"))
    var format: ConversionOptions.Format = .jsonl

    @Flag(help: "Print one JSON summary of the stream instead of the records.")
    var stats = false

    func validate() throws {
        if wrap && lines { throw ValidationError("--wrap and --lines cannot be used together") }
        if field != nil && !wrap && !lines { throw ValidationError("--field goes with --wrap or --lines") }
        if addID && !lines { throw ValidationError("--id goes with --lines") }
        if stats && format != .jsonl { throw ValidationError("--stats and --to cannot be used together") }
    }

    mutating func execute() -> ExitStatus {
        var conversion = ConversionOptions()
        conversion.check = check
        conversion.explode = explode
        conversion.select = select.map(Self.list)
        conversion.drop = drop.map(Self.list) ?? []
        conversion.format = format
        conversion.stats = stats
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

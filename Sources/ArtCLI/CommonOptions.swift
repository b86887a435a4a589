import ArgumentParser
import ArtCore

extension BadLinePolicy: ExpressibleByArgument {}

/// The options every filter shares (art(7), OPTIONS EVERY FILTER HAS).
public struct CommonOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Input files of JSON Lines (standard input when none or -).", valueName: "file"))
    public var files: [String] = []

    @Option(
        name: .customLong("on-error"),
        help: ArgumentHelp(
            "What to do with a line that is not a JSON object: skip (report it and go on) or fail (stop).",
            valueName: "skip|fail"))
    public var onError: BadLinePolicy = .skip

    @Option(name: .customLong("reject"), help: ArgumentHelp("Copy every rejected line, byte for byte, to FILE.", valueName: "file"))
    public var rejectPath: String?

    @Option(
        name: .customLong("max-line-bytes"),
        help: ArgumentHelp("Reject input lines longer than N bytes.", valueName: "n"))
    public var maxLineBytes: Int = 1 << 30

    @Flag(name: .shortAndLong, help: "Do not report rejected lines on standard error (the exit status still tells).")
    public var quiet = false

    @Flag(name: .shortAndLong, help: "Print counts and timing on standard error at the end.")
    public var verbose = false

    @Flag(inversion: .prefixedNo, help: "Show records and rate on standard error while running.")
    public var progress: Bool?

    public init() {}

    public func validate() throws {
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
    }

    /// The runner's options for `tool`.
    public func runnerOptions(tool: String, progressByDefault: Bool = false) -> RunnerOptions {
        var options = RunnerOptions(tool: tool)
        options.inputs = files
        options.onError = onError
        options.rejectPath = rejectPath
        options.maxLineBytes = maxLineBytes
        options.quiet = quiet
        options.verbose = verbose
        options.progress = progress ?? progressByDefault
        return options
    }
}

/// The options of the filters that annotate record by record (art-strip,
/// art-sentences, art-entities, art-quotes): threads, and the largest record
/// they annotate.
public struct TransformOptions: ParsableArguments {
    @Option(
        name: [.short, .customLong("jobs")],
        help: ArgumentHelp("Process records on N threads; output keeps the input order.", valueName: "n"))
    public var jobs: Int = 1

    @Option(
        name: .customLong("max-record-bytes"),
        help: ArgumentHelp(
            "Pass a record longer than N bytes through unannotated, with a too_large entry in its errors (default 256 MiB).",
            valueName: "n"))
    public var maxRecordBytes: Int = RunnerOptions.defaultMaxRecordBytes

    public init() {}

    public func validate() throws {
        guard jobs >= 1 && jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
        guard maxRecordBytes > 0 else { throw ValidationError("--max-record-bytes must be positive") }
    }

    /// Sets these options in the runner's.
    public func apply(to options: inout RunnerOptions) {
        options.jobs = jobs
        options.maxRecordBytes = maxRecordBytes
    }
}

/// `--lang CODE` for the filters that work by language.
public struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Take every record to be in this language (an ISO 639-1 code such as en or de) instead of its lang field or the language identified from its text.",
            valueName: "code"))
    public var lang: String?

    public init() {}

    public func validate() throws {
        guard let lang else { return }
        guard lang.count == 2, lang.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }) else {
            throw ValidationError("--lang takes a two-letter ISO 639-1 code in lower case, such as en or de")
        }
    }
}

/// What to do with a line that is not a record.
public enum BadLinePolicy: String, Sendable, CaseIterable {
    /// Report it, go on, exit 1 at the end.
    case skip
    /// Report it and stop at once with exit 1.
    case fail
}

/// The options every filter shares (art(7), OPTIONS EVERY FILTER HAS), free of any argument parser.
public struct RunnerOptions: Sendable {
    /// The filter's name, for diagnostics (`art-strip`).
    public var tool: String
    /// Input files; standard input when empty. `-` is standard input.
    public var inputs: [String] = []
    public var onError: BadLinePolicy = .skip
    /// Where rejected lines are copied, byte for byte.
    public var rejectPath: String?
    public var quiet = false
    public var verbose = false
    /// Records and rate on standard error while running.
    public var progress = false
    /// Worker threads for RecordTransform filters.
    public var jobs = 1
    public var maxLineBytes = 1 << 30
    /// A record longer than this is not given to the transform: it passes
    /// through with a `too_large` error, so that no record can make a filter
    /// run out of memory (art(7), BAD INPUT AND FAILURES).
    public var maxRecordBytes = RunnerOptions.defaultMaxRecordBytes
    public static let defaultMaxRecordBytes = 256 << 20
    public var maxDepth = JSONLimits.defaultMaxDepth
    /// When set, a line that does not start like JSON (`{`, `[`, `"`) becomes
    /// the record `{"<field>": "<line>"}` (art-fetch reads bare URL lists).
    public var bareLineField: String?

    public init(tool: String) { self.tool = tool }
}

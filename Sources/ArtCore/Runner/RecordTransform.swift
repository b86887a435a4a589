/// The per-record work of a filter: a pure function from a record to the
/// change to make to it. The runner may call it from several threads at once
/// (`--jobs`), so it holds no mutable state.
public protocol RecordTransform: Sendable {
    func transform(_ record: Record) -> RecordUpdate
}

/// A filter whose output is not one record per record (art-json's
/// conversions and summaries): it sees every record in order, on one thread.
public protocol RecordConsumer {
    /// Called once before the first record.
    mutating func begin(_ output: inout OutputSink) throws(OutputError)
    mutating func consume(_ record: Record, at line: LineReference, _ output: inout OutputSink) throws(OutputError)
    /// Called once after the last record (also when the run stops early).
    mutating func finish(_ output: inout OutputSink) throws(OutputError)
}

extension RecordConsumer {
    public mutating func begin(_ output: inout OutputSink) throws(OutputError) {}
    public mutating func finish(_ output: inout OutputSink) throws(OutputError) {}
}

/// Where a line came from, for diagnostics: `art-json: <file>:<line>: <reason>`.
public struct LineReference: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

import ArtCore

/// What `art-json` does to a stream of records, in this order: check each
/// record against the contract, add fingerprints and mark copies, explode an array field into records, keep or
/// drop fields, then write the result in the chosen format or summarise it.
public struct ConversionOptions: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case jsonl, json, tsv, csv, html, md, text
    }

    public var check = false
    public var fingerprint = false
    public var duplicates = false
    /// The least similarity of a near-copy (`--threshold`).
    public var threshold = DuplicateMarker.defaultThreshold
    public var explode: String?
    public var select: [String]?
    public var drop: [String] = []
    public var format: Format = .jsonl
    public var stats = false
    /// `--to html --corpus`: the statistics as a report page (implies `stats`).
    public var corpus = false
    /// How many names each top list of `--stats` holds (`--top`).
    public var top = StreamStats.defaultTop

    public init() {}

    /// True when records pass through as read (byte-identical).
    var isPassThrough: Bool { explode == nil && select == nil && drop.isEmpty && format == .jsonl && !stats }
}

/// The record consumer behind `art-json`.
public struct Conversion: RecordConsumer {
    let options: ConversionOptions
    let tool: String
    /// Called for every contract violation `--check` finds.
    let report: (LineReference, String) -> Void
    public private(set) var violations = 0

    private var table: TableWriter?
    private var html = HTMLReport()
    private var md = MarkdownReport()
    private var stats: StreamStats
    private var marker: DuplicateMarker
    private var wroteJSONElement = false

    public init(options: ConversionOptions, tool: String = "art-json", report: @escaping (LineReference, String) -> Void) {
        self.options = options
        self.tool = tool
        self.report = report
        stats = StreamStats(top: options.top, keepExamples: options.corpus)
        marker = DuplicateMarker(addFingerprint: options.fingerprint, markDuplicates: options.duplicates, threshold: options.threshold)
        switch options.format {
        case .tsv: table = TableWriter(style: .tsv, columns: options.select)
        case .csv: table = TableWriter(style: .csv, columns: options.select)
        default: table = nil
        }
    }

    public mutating func begin(_ output: inout OutputSink) throws(OutputError) {
        if options.stats { return }
        if options.format == .json { try output.write("[".utf8) }
        if options.format == .html { try html.begin(&output) }
    }

    public mutating func consume(_ record: Record, at line: LineReference, _ output: inout OutputSink) throws(OutputError) {
        if options.check {
            for problem in SpecChecker.check(record) {
                violations += 1
                report(line, problem)
            }
        }
        let record = marker.isActive ? marker.mark(record, at: line) : record
        if options.isPassThrough {
            try output.write(record.bytes)
            try output.write(CollectionOfOne(0x0A))
            return
        }
        let records: [Record]
        if let field = options.explode {
            records = Self.explode(record, field: field, carrying: options.select ?? [])
        } else {
            records = [record]
        }
        for var r in records {
            if let select = options.select { r = Self.select(r, select) }
            if !options.drop.isEmpty {
                var update = RecordUpdate()
                for key in options.drop { update.remove(key) }
                r = try! Record(validating: r.applying(update))
            }
            try write(r, &output)
        }
    }

    private mutating func write(_ record: Record, _ output: inout OutputSink) throws(OutputError) {
        if options.stats {
            stats.add(record)
            return
        }
        switch options.format {
        case .jsonl, .text:  // text is a form of --stats only
            try output.write(record.bytes)
            try output.write(CollectionOfOne(0x0A))
        case .json:
            try output.write((wroteJSONElement ? ",\n" : "\n").utf8)
            try output.write(record.bytes)
            wroteJSONElement = true
        case .tsv, .csv:
            try table!.write(record, to: &output)
        case .html:
            try html.write(record, &output)
        case .md:
            try md.write(record, &output)
        }
    }

    public mutating func finish(_ output: inout OutputSink) throws(OutputError) {
        if options.corpus {
            try output.write(CorpusReport.render(stats.summary, examples: stats.speakerExamples).utf8)
        } else if options.stats && options.format == .text {
            try output.write(StatsText.render(stats.summary).utf8)
        } else if options.stats {
            try output.write(stats.summary.jsonBytes)
            try output.write(CollectionOfOne(0x0A))
        } else if options.format == .json {
            try output.write((wroteJSONElement ? "\n]\n" : "]\n").utf8)
        } else if options.format == .html {
            try html.finish(&output)
        } else if options.format == .md {
            try md.finish(&output)
        } else if var table, options.format == .tsv || options.format == .csv {
            // An empty stream still gets its header when the columns are known.
            try table.finish(to: &output)
            self.table = table
        }
    }

    /// The record with only `keys`, in that order (keys it lacks are left out).
    /// A key with dots that is not a field of its own is a path into nested
    /// objects (`speaker.canonical`), and names its column.
    static func select(_ record: Record, _ keys: [String]) -> Record {
        var writer = JSONWriter(capacity: record.bytes.count)
        writer.bytes.append(UInt8(ascii: "{"))
        var first = true
        for key in keys {
            let raw = record.rawValue(key)
            let nested = raw == nil ? nestedValue(record, path: key) : nil
            guard raw != nil || nested != nil else { continue }
            if !first { writer.bytes.append(UInt8(ascii: ",")) }
            first = false
            writer.writeString(key)
            writer.bytes.append(UInt8(ascii: ":"))
            if let raw { writer.bytes.append(contentsOf: raw) } else { writer.write(nested!) }
        }
        writer.bytes.append(UInt8(ascii: "}"))
        return try! Record(validating: writer.bytes)
    }

    /// The value at a dotted path (`speaker.canonical`), or nil.
    static func nestedValue(_ record: Record, path: String) -> JSONValue? {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1, var value = record.value(parts[0]) else { return nil }
        for part in parts.dropFirst() {
            guard let next = value[part] else { return nil }
            value = next
        }
        return value
    }

    /// One record per element of the array `field`: the parent's `id`, the
    /// parent fields in `carrying`, then the element's own fields (an element
    /// that is not an object goes under `value`). A span element without
    /// `text` gets its slice of the parent's `text`.
    static func explode(_ record: Record, field: String, carrying: [String]) -> [Record] {
        guard let elements = record.value(field)?.arrayValue else { return [] }
        var parent: [(key: String, value: JSONValue)] = []
        if let id = record.value("id") { parent.append((key: "id", value: id)) }
        for key in carrying where key != "id" && key != field {
            if let v = record.value(key) { parent.append((key: key, value: v)) }
        }
        let needsText = elements.contains { e in
            guard let span = TextSpan(json: e) else { return false }
            return e["text"] == nil && span.end >= span.start
        }
        let scalars: [Unicode.Scalar] = needsText ? Array((record.string("text") ?? "").unicodeScalars) : []
        return elements.map { element in
            var fields = parent
            if case .object(let members) = element {
                for (k, v) in members {
                    if let i = fields.firstIndex(where: { $0.key == k }) { fields[i].value = v } else { fields.append((k, v)) }
                }
                if needsText, element["text"] == nil, let span = TextSpan(json: element),
                    span.start >= 0, span.end <= scalars.count, span.start <= span.end
                {
                    let text = JSONValue.string(scalars.string(span))
                    if let i = fields.firstIndex(where: { $0.key == "text" }) { fields[i].value = text } else { fields.append((key: "text", value: text)) }
                }
            } else {
                fields.append((key: "value", value: element))
            }
            return Record(fields)
        }
    }
}

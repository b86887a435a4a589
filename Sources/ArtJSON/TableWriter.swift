import ArtCore

/// Writes records as TSV or CSV rows under a header row.
///
/// The columns are `--select`'s fields or else the first record's keys. A
/// string is written as its text, null as an empty cell, an array or object
/// as compact JSON. TSV escapes tab, line breaks and backslash as `\t`, `\n`,
/// `\r`, `\\`; CSV quotes per RFC 4180.
struct TableWriter {
    enum Style { case tsv, csv }

    let style: Style
    private(set) var columns: [String]?
    private var wroteHeader = false

    init(style: Style, columns: [String]?) {
        self.style = style
        self.columns = columns
    }

    mutating func write(_ record: Record, to output: inout OutputSink) throws(OutputError) {
        if columns == nil { columns = record.keys }
        if !wroteHeader { try writeHeader(to: &output) }
        var row: [UInt8] = []
        for (i, key) in columns!.enumerated() {
            if i > 0 { row.append(style == .tsv ? 0x09 : UInt8(ascii: ",")) }
            appendCell(cellText(record, key), to: &row)
        }
        row.append(0x0A)
        try output.write(row)
    }

    mutating func finish(to output: inout OutputSink) throws(OutputError) {
        if !wroteHeader, columns != nil { try writeHeader(to: &output) }
    }

    private mutating func writeHeader(to output: inout OutputSink) throws(OutputError) {
        wroteHeader = true
        var row: [UInt8] = []
        for (i, key) in (columns ?? []).enumerated() {
            if i > 0 { row.append(style == .tsv ? 0x09 : UInt8(ascii: ",")) }
            appendCell(key, to: &row)
        }
        row.append(0x0A)
        try output.write(row)
    }

    private func cellText(_ record: Record, _ key: String) -> String {
        guard let raw = record.rawValue(key), let first = raw.first else { return "" }
        switch first {
        case UInt8(ascii: "\""): return record.string(key) ?? ""
        case UInt8(ascii: "n"): return ""
        case UInt8(ascii: "["), UInt8(ascii: "{"): return record.value(key)?.jsonText ?? ""
        default: return String(decoding: raw, as: UTF8.self)
        }
    }

    private func appendCell(_ text: String, to row: inout [UInt8]) {
        switch style {
        case .tsv:
            for b in text.utf8 {
                switch b {
                case 0x09: row.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x0A: row.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: row.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x5C: row.append(contentsOf: [0x5C, 0x5C])
                default: row.append(b)
                }
            }
        case .csv:
            let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            if !needsQuotes {
                row.append(contentsOf: text.utf8)
                return
            }
            row.append(UInt8(ascii: "\""))
            for b in text.utf8 {
                if b == UInt8(ascii: "\"") { row.append(b) }
                row.append(b)
            }
            row.append(UInt8(ascii: "\""))
        }
    }
}

/// One WARC record's headers (names lower-cased) and block.
struct WARCRecord: Sendable {
    var headers: [(String, String)]
    var block: [UInt8]
    /// Set when the block was larger than the limit and skipped.
    var skippedLength: Int?

    func header(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }
}

/// Splits a stream of WARC bytes into records (ISO 28500: a `WARC/` version
/// line, header lines, a blank line, `Content-Length` bytes of block, CRLF
/// CRLF). Damage is reported once and reading goes on at the next line that
/// starts a record, so every whole record comes out.
struct WARCRecordParser {
    enum Item: Sendable {
        case record(WARCRecord, offset: Int)
        /// `offset` is where the damaged record (or the unreadable bytes) began.
        case damaged(String, offset: Int)
    }

    let maxBlock: Int
    private var bytes: [UInt8]
    private var start = 0
    /// The stream offset of `bytes[0]`.
    private var base = 0
    private var finished: Bool
    /// A record whose block is over `maxBlock`: its bytes are dropped as they come.
    private var skipping: (record: WARCRecord, offset: Int, remaining: Int)?
    /// After damage: looking for the next record, without further reports.
    private var lost = false

    static let longestHeader = 1 << 20
    private static let version = Array("WARC/".utf8)

    /// A parser of `bytes`; `finished` when they are the whole stream.
    init(maxBlock: Int, bytes: [UInt8] = [], finished: Bool = false) {
        self.maxBlock = maxBlock
        self.bytes = bytes
        self.finished = finished
    }

    mutating func feed(_ piece: UnsafeRawBufferPointer) {
        if start > 0 && start >= bytes.count / 2 {
            bytes.removeSubrange(0..<start)
            base += start
            start = 0
        }
        bytes.append(contentsOf: piece)
    }

    /// No more bytes will come.
    mutating func finish() { finished = true }

    /// The next record or damage report; nil when more bytes are needed (or,
    /// after `finish`, at the end).
    mutating func next() -> Item? {
        while true {
            if skipping != nil { return skip() }
            while start < bytes.count && (bytes[start] == 0x0D || bytes[start] == 0x0A) { start += 1 }
            if lost && !findRecordStart() { return nil }
            let available = bytes.count - start
            if available == 0 || (available < Self.version.count && !finished) { return nil }
            let offset = base + start
            guard bytes[start...].starts(with: Self.version) else { return lose("no WARC record here", at: offset) }
            guard let headerEnd = headerEnd() else {
                if finished { return lose("truncated WARC header", at: offset) }
                return available > Self.longestHeader ? lose("WARC header longer than 1 MB", at: offset) : nil
            }
            let headers = Self.headers(bytes[start..<headerEnd])
            guard let lengthText = headers.first(where: { $0.0 == "content-length" })?.1,
                let length = Int(lengthText), length >= 0
            else { return lose("WARC record without Content-Length", at: offset) }
            if length > maxBlock {
                start = headerEnd
                skipping = (WARCRecord(headers: headers, block: [], skippedLength: length), offset, length)
                continue
            }
            let blockEnd = headerEnd + length
            if blockEnd + 4 > bytes.count && !finished { return nil }
            if blockEnd > bytes.count || !hasTrailer(at: blockEnd) {
                // A record cut short: its Content-Length runs into the next record.
                if let next = nextRecordStart(in: headerEnd..<min(blockEnd, bytes.count)) {
                    start = next
                    return .damaged("truncated WARC record (the next record starts inside its block)", offset: offset)
                }
                if blockEnd > bytes.count {
                    let held = bytes.count - headerEnd
                    start = bytes.count
                    return .damaged("truncated WARC record (Content-Length \(length), \(held) bytes)", offset: offset)
                }
            }
            let record = WARCRecord(headers: headers, block: Array(bytes[headerEnd..<blockEnd]), skippedLength: nil)
            start = blockEnd
            return .record(record, offset: offset)
        }
    }

    /// Drops the bytes of an over-long block; the record once they are all gone.
    private mutating func skip() -> Item? {
        guard var skipped = skipping else { return nil }
        let n = min(skipped.remaining, bytes.count - start)
        start += n
        skipped.remaining -= n
        if skipped.remaining == 0 {
            skipping = nil
            return .record(skipped.record, offset: skipped.offset)
        }
        if finished {
            skipping = nil
            let length = skipped.record.skippedLength ?? 0
            return .damaged(
                "truncated WARC record (Content-Length \(length), \(length - skipped.remaining) bytes)",
                offset: skipped.offset)
        }
        skipping = skipped
        return nil
    }

    /// Reports damage at `offset` and looks for the next record after it.
    private mutating func lose(_ reason: String, at offset: Int) -> Item {
        lost = true
        start = offset - base + 1
        return .damaged(reason, offset: offset)
    }

    /// Moves to the next line that starts a record; false when more bytes are needed.
    private mutating func findRecordStart() -> Bool {
        if start < bytes.count && bytes[start...].starts(with: Self.version) && (start == 0 || bytes[start - 1] == 0x0A) {
            lost = false
            return true
        }
        if let next = nextRecordStart(in: start..<bytes.count) {
            start = next
            lost = false
            return true
        }
        // Keep a tail that may be the start of a version line.
        start = finished ? bytes.count : max(start, bytes.count - Self.version.count)
        return false
    }

    /// The first line start in `range` that begins with `WARC/`.
    private func nextRecordStart(in range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while let newline = bytes[i..<range.upperBound].firstIndex(of: 0x0A) {
            if bytes[(newline + 1)...].starts(with: Self.version) { return newline + 1 }
            i = newline + 1
        }
        return nil
    }

    /// The index after the blank line that ends the header at `start`.
    private func headerEnd() -> Int? {
        var i = start
        let limit = min(bytes.count, start + Self.longestHeader)
        while let newline = bytes[i..<limit].firstIndex(of: 0x0A) {
            var next = newline + 1
            if next < limit && bytes[next] == 0x0D { next += 1 }
            if next < limit && bytes[next] == 0x0A { return next + 1 }
            i = newline + 1
        }
        return nil
    }

    private func hasTrailer(at i: Int) -> Bool {
        bytes[i...].starts(with: [0x0D, 0x0A, 0x0D, 0x0A]) || bytes[i...].starts(with: [0x0A, 0x0A])
    }

    /// The named fields after the version line; folded lines join the field before.
    static func headers(_ lines: ArraySlice<UInt8>) -> [(String, String)] {
        var headers: [(String, String)] = []
        for var line in lines.split(separator: 0x0A).dropFirst() {
            if line.last == 0x0D { line = line.dropLast() }
            let text = String(decoding: line, as: UTF8.self)
            if line.first == 0x20 || line.first == 0x09, !headers.isEmpty {
                headers[headers.count - 1].1 += " " + text.trimmingCharacters
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            headers.append((name, String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters))
        }
        return headers
    }
}

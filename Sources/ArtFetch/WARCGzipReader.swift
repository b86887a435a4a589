import ArtCore

/// What became of the gzip member that starts at one offset.
enum MemberOutcome: Sendable {
    /// The whole member, `length` bytes, checked; the events of its records.
    case read(length: Int, events: [WARCEvent])
    /// The member goes on past the bytes held.
    case needsInput
    /// It inflates beyond `memberLimit`: it is read as a stream instead.
    case tooLarge
    case damaged(String)
}

/// Reads a `.warc.gz` of one gzip member per record, as Common Crawl writes
/// them. The members that start in a window are found by their headers, then
/// inflated and converted `jobs` at a time, and their events handed on in
/// file order. A damaged member is reported with its offset and reading goes
/// on at the next member header, so one bad byte costs one record.
struct WARCGzipReader {
    let window: InputWindow
    let converter: WARCConverter
    let jobs: Int

    /// Where the next member is expected.
    private struct Position {
        var offset = 0
        /// After damage: the bytes up to the next member header are skipped
        /// without further reports.
        var resyncing = false
    }

    func read(_ handle: (WARCEvent) throws -> Void) throws {
        var position = Position()
        while true {
            try window.slide(to: position.offset, holding: WARCFile.windowSize)
            // A header cut by the end of the window is found in the next one.
            let scanEnd = window.atEOF ? window.end : window.end - 10
            let starts = memberStarts(from: position.offset, to: scanEnd)
            if try take(starts, inflate(starts), &position, handle) { continue }
            if !position.resyncing && position.offset < scanEnd {
                if window.hasGzipMagic(at: position.offset) { continue }
                try handle(.damaged("byte \(position.offset): no gzip member here"))
                position.resyncing = true
            }
            if window.atEOF { return }
            position.offset = max(position.offset, scanEnd)
        }
    }

    /// Hands on the outcomes in file order, skipping starts inside members
    /// already read; true when the window must be read again from
    /// `position.offset` first.
    private func take(
        _ starts: [Int], _ outcomes: [MemberOutcome], _ position: inout Position, _ handle: (WARCEvent) throws -> Void
    ) throws -> Bool {
        for (start, outcome) in zip(starts, outcomes) where start >= position.offset {
            if start > position.offset && !position.resyncing {
                // A member whose header the scan did not take.
                if window.hasGzipMagic(at: position.offset) { return true }
                try handle(.damaged("byte \(position.offset): no gzip member here"))
                position.resyncing = true
            }
            switch outcome {
            case .read(let length, let events):
                for event in events { try handle(event) }
                position = Position(offset: start + length)
            case .damaged(let reason):
                try handle(.damaged("byte \(start): damaged gzip member (\(reason))"))
                position = Position(offset: start + 1, resyncing: true)
            case .needsInput where start > window.base:
                position.offset = start
                return true
            case .needsInput, .tooLarge:
                position = try stream(at: start, handle)
                return true
            }
        }
        return false
    }

    /// The offsets in `offset..<end` where a member may start: `offset` if it
    /// has the gzip magic, and after it every header of the form writers
    /// produce (RFC 1952: deflate, no reserved flag, a known XFL and OS),
    /// which compressed data holds by chance about once in 100 GB.
    private func memberStarts(from offset: Int, to end: Int) -> [Int] {
        var starts = window.hasGzipMagic(at: offset) ? [offset] : []
        let base = window.base
        window.bytes.withUnsafeBufferPointer { b in
            guard let first = b.baseAddress else { return }
            var i = offset - base + 1
            let stop = end - base
            while i < stop, let hit = memchr(first + i, 0x1F, stop - i) {
                i = first.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if Self.isMemberHeader(b, at: i) { starts.append(base + i) }
                i += 1
            }
        }
        return starts
    }

    static func isMemberHeader(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 10 <= b.count && b[i + 1] == 0x8B && b[i + 2] == 0x08 && b[i + 3] & 0xE0 == 0
            && (b[i + 8] == 0 || b[i + 8] == 2 || b[i + 8] == 4) && (b[i + 9] <= 13 || b[i + 9] == 255)
    }

    /// The outcomes of the members at `starts`, on `jobs` threads.
    private func inflate(_ starts: [Int]) -> [MemberOutcome] {
        let converter = self.converter
        let base = window.base
        let atEOF = window.atEOF
        return window.bytes.withUnsafeBytes { bytes in
            nonisolated(unsafe) let bytes = bytes
            return FilterRunner.map(starts, jobs: jobs) { start in
                Self.readMember(
                    UnsafeRawBufferPointer(rebasing: bytes[(start - base)...]), at: start, atEOF: atEOF, converter: converter)
            }
        }
    }

    /// Inflates the member at the start of `input` whole, then converts its records.
    static func readMember(_ input: UnsafeRawBufferPointer, at offset: Int, atEOF: Bool, converter: WARCConverter) -> MemberOutcome {
        var bytes: [UInt8] = []
        let (length, step) = GzipInflater().inflate(input, into: &bytes, limit: converter.memberLimit)
        switch step {
        case .end: return .read(length: length, events: converter.events(ofMember: bytes, at: offset))
        case .needsInput: return atEOF ? .damaged("truncated gzip data") : .needsInput
        case .outputFull: return .tooLarge
        case .failed(let reason): return .damaged(reason)
        }
    }

    /// Reads a member too long for a window as a stream: its records are
    /// converted one by one as they come out, and held until the member's
    /// CRC is checked (up to 64 MB of output, for a file in one member). The
    /// window grows to hold the whole compressed member, so that reading can
    /// go on after damage.
    private func stream(at start: Int, _ handle: (WARCEvent) throws -> Void) throws -> Position {
        let inflater = GzipInflater()
        var parser = WARCRecordParser(maxBlock: converter.maxBlock)
        var output: [UInt8] = []
        var held: [WARCEvent] = []
        var heldBytes = 0
        var next = start
        while true {
            let base = window.base
            let (consumed, step) = window.bytes.withUnsafeBytes { bytes in
                inflater.inflate(UnsafeRawBufferPointer(rebasing: bytes[(next - base)...]), into: &output, limit: 1 << 20)
            }
            next += consumed
            output.withUnsafeBytes { parser.feed($0) }
            output.removeAll(keepingCapacity: true)
            if step == .end { parser.finish() }
            while let item = parser.next() {
                guard let event = converter.event(item, member: start) else { continue }
                held.append(event)
                if case .line(let bytes, _) = event { heldBytes += bytes.count }
            }
            if step == .end || heldBytes > 64 << 20 {
                for event in held { try handle(event) }
                held.removeAll()
                heldBytes = 0
            }
            switch step {
            case .end:
                return Position(offset: next)
            case .outputFull:
                continue
            case .needsInput where !window.atEOF:
                try window.readMore(WARCFile.windowSize)
            case .needsInput, .failed:
                let reason = if case .failed(let message) = step { message } else { "truncated gzip data" }
                try handle(.damaged("byte \(start): damaged gzip member (\(reason))"))
                return Position(offset: start + 1, resyncing: true)
            }
        }
    }
}

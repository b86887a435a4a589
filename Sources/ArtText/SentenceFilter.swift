import ArtCore

/// art-sentences' per-record work: adds `sentences`, the spans of the
/// sentences of `text` (SPEC §3). A record without a string `text` passes
/// through unchanged.
public struct SentenceFilter: RecordTransform {
    public let segmenter: SentenceSegmenter

    public init(segmenter: SentenceSegmenter = SentenceSegmenter()) {
        self.segmenter = segmenter
    }

    public func transform(_ record: Record) -> RecordUpdate {
        guard let raw = record.rawValue("text"), raw.first == UInt8(ascii: "\"") else { return .unchanged }
        let spans: [TextSpan]
        var events = ScanEvents()
        if let scalars = decodeJSONStringScalars(raw, events: &events) {
            spans = segmenter.sentences(in: scalars, events: events)
        } else if let text = record.string("text") {
            spans = segmenter.sentences(in: Array(text.unicodeScalars))
        } else {
            return .unchanged
        }
        var update = RecordUpdate()
        update.set("sentences", encodedJSON: Self.json(spans))
        return update
    }

    /// `[{"start":S,"end":E},...]`, written straight to JSON text rather than
    /// built as a tree of values: building the tree was a fifth of the
    /// filter's time.
    static func json(_ spans: [TextSpan]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(spans.count * 26 + 2)
        out.append(UInt8(ascii: "["))
        for (k, span) in spans.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: #"{"start":"#.utf8)
            appendDecimal(span.start, to: &out)
            out.append(contentsOf: #","end":"#.utf8)
            appendDecimal(span.end, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    @inline(__always)
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        var v = value
        if v == 0 {
            out.append(UInt8(ascii: "0"))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 {
                d[n] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
                n += 1
            }
            while n > 0 {
                n -= 1
                out.append(d[n])
            }
        }
    }
}

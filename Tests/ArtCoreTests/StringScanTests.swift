import CScan
import Testing

/// The vector scan of a string's body must stop exactly where a byte-at-a-time
/// loop stops: at the first quote, backslash or control character; the
/// whole-string scan must agree, with and without AVX2, with a plain
/// reading of RFC 8259 on where a string ends and whether it is valid.
@Suite("String body scan")
struct StringScanTests {
    func reference(_ bytes: [UInt8]) -> Int {
        bytes.firstIndex { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 } ?? bytes.count
    }

    @Test func stopsAtEverySpecialByteAtEveryOffset() {
        for special: UInt8 in [0x22, 0x5C, 0x00, 0x0A, 0x1F] {
            for length in [1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 200] {
                for position in Array(0..<min(length, 70)) + [length - 1, length] where position >= 0 {
                    var bytes = [UInt8](repeating: 0xC3, count: length)  // non-ASCII is skipped
                    if position < length { bytes[position] = special }
                    let found = bytes.withUnsafeBufferPointer { art_scan_string_body($0.baseAddress!, $0.count) }
                    #expect(found == reference(bytes), "byte \(special) at \(position) of \(length)")
                }
            }
        }
    }

    @Test func quoteOrBackslash() {
        for length in [1, 5, 16, 40, 70] {
            for position in 0...length {
                var bytes = [UInt8](repeating: 0x01, count: length)  // control bytes are not stops here
                if position < length { bytes[position] = UInt8(ascii: "\\") }
                let found = bytes.withUnsafeBufferPointer { art_find_quote_or_backslash($0.baseAddress!, $0.count) }
                #expect(found == position)
            }
        }
    }

    /// The vector paths of the whole-string scan this processor has (0 is
    /// the one without AVX2).
    static let levels = art_vector_level() >= 2 ? [0, 2] : [0]

    /// A string's body the plain way: the closing quote and whether there
    /// are escapes, or nil when it is not a valid JSON string body.
    func referenceString(_ b: [UInt8]) -> (close: Int, escapes: Bool)? {
        func hex4(_ at: Int) -> Int? {
            guard at + 4 <= b.count, let v = Int(String(decoding: b[at..<at + 4], as: UTF8.self), radix: 16),
                b[at..<at + 4].allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") })
            else { return nil }
            return v
        }
        var i = 0
        var escapes = false
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") { return String(validating: b[0..<i], as: UTF8.self) == nil ? nil : (i, escapes) }
            if c < 0x20 { return nil }
            guard c == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            escapes = true
            guard i + 1 < b.count else { return nil }
            if Array(#""\/bfnrt"#.utf8).contains(b[i + 1]) {
                i += 2
                continue
            }
            guard b[i + 1] == UInt8(ascii: "u"), let unit = hex4(i + 2), !(0xDC00...0xDFFF).contains(unit) else { return nil }
            if (0xD800...0xDBFF).contains(unit) {
                guard i + 7 < b.count, b[i + 6] == UInt8(ascii: "\\"), b[i + 7] == UInt8(ascii: "u"),
                    let low = hex4(i + 8), (0xDC00...0xDFFF).contains(low)
                else { return nil }
                i += 12
            } else {
                i += 6
            }
        }
        return nil
    }

    func expectAgreement(_ bytes: [UInt8], _ comment: @autoclosure () -> String) {
        let expected = referenceString(bytes)
        for level in Self.levels {
            var flags: Int32 = 0
            let close = bytes.withUnsafeBufferPointer {
                art_scan_json_string_at_level($0.baseAddress!, $0.count, Int32(level), &flags)
            }
            let invalid = flags & Int32(ART_STRING_INVALID) != 0
            #expect(invalid == (expected == nil), "level \(level): \(comment())")
            if let expected, !invalid {
                #expect(close == expected.close, "level \(level): \(comment())")
                #expect((flags & Int32(ART_STRING_ESCAPES) != 0) == expected.escapes, "level \(level): \(comment())")
            }
        }
    }

    static let escapes: [String] = [
        #"\""#, #"\\"#, #"\/"#, #"\b"#, #"\f"#, #"\n"#, #"\r"#, #"\t"#, #"\u0041"#, #"\u00e9"#, #"\uFFFF"#,
        #"\uD83D\uDE00"#, #"\ud83d\ude00"#, #"\uD83D"#, #"\uDE00"#, #"\uD83D\u0041"#, #"\uD83D\n"#, #"\x"#,
        #"\u12"#, #"\u12G4"#, #"\u+123"#, #"\"#, #"\\\""#, #"\\\\"#,
    ]

    /// Every escape, valid or not, at every position of a block and across
    /// blocks, with a quote, a non-ASCII letter or a cut sequence after it.
    @Test func escapesAtEveryOffset() {
        for escape in Self.escapes.map({ Array($0.utf8) }) {
            for offset in 0..<72 {
                for tail: [UInt8] in [[0x22], Array("é\"".utf8), [0x61, 0xC3, 0x22], [0x20, 0x01, 0x22], []] {
                    let bytes = [UInt8](repeating: 0x61, count: offset) + escape + tail + Array(" trailing".utf8)
                    expectAgreement(bytes, "\(String(decoding: escape, as: UTF8.self)) at \(offset), then \(tail)")
                }
            }
        }
    }

    /// Random strings of escapes, UTF-8 pieces valid and invalid, quotes and
    /// control bytes, short and long.
    @Test func randomStringsAgreeWithTheReference() {
        var rng = SplitMix(seed: 7)
        let pieces: [[UInt8]] =
            UTF8ValidationTests.pieces + Self.escapes.map { Array($0.utf8) } + [
                Array("plain ascii text ".utf8), Array("“quoted” — ".utf8), [0x22], [0x0A], [0x00], Array("😀".utf8),
            ]
        for _ in 0..<30_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 12) + 1 {
                let piece = pieces[Int(rng.next() % UInt64(pieces.count))]
                bytes += rng.next() % 3 == 0 ? [UInt8](repeating: 0x61, count: Int(rng.next() % 70)) + piece : piece
            }
            expectAgreement(bytes, "\(bytes)")
        }
    }

    /// A page-sized string with an escape every few bytes, as HTML has.
    @Test func longStringWithManyEscapes() {
        var bytes: [UInt8] = []
        for k in 0..<5_000 { bytes += Array(#"<a href=\"/x\">Zürich \#(k)</a>\n"#.utf8) }
        expectAgreement(bytes + [0x22], "long, closed")
        expectAgreement(bytes, "long, unterminated")
        bytes[bytes.count / 2] = 0xFF
        expectAgreement(bytes + [0x22], "long, invalid UTF-8")
    }

    /// Decoding: escapes and text in random order, at every alignment of
    /// the 16-byte copies, give the text they stand for.
    @Test func unescapeGivesTheTextEscapesStandFor() {
        let pieces: [(raw: String, text: String)] = [
            (#"\n"#, "\n"), (#"\""#, "\""), (#"\\"#, "\\"), (#"\/"#, "/"), (#"\b"#, "\u{08}"), (#"\f"#, "\u{0C}"),
            (#"\r"#, "\r"), (#"\t"#, "\t"), (#"\u0041"#, "A"), (#"\u00e9"#, "é"), (#"\u20AC"#, "€"), (#"\uFFFF"#, "\u{FFFF}"),
            (#"\uD83D\uDE00"#, "😀"), ("é", "é"), ("plain text ", "plain text "), ("😀", "😀"),
        ]
        var rng = SplitMix(seed: 11)
        for _ in 0..<5_000 {
            var raw = String(repeating: "a", count: Int(rng.next() % 20) + 1)
            var text = raw
            for _ in 0..<Int(rng.next() % 10) {
                let piece = pieces[Int(rng.next() % UInt64(pieces.count))]
                let run = String(repeating: "b", count: Int(rng.next() % 40))
                raw += piece.raw + run
                text += piece.text + run
            }
            let body = Array(raw.utf8)
            var out = [UInt8](repeating: 0, count: body.count)
            let written = body.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { art_json_unescape(b.baseAddress!, b.count, $0.baseAddress!) }
            }
            #expect(String(decoding: out[0..<written], as: UTF8.self) == text, "\(raw)")
        }
    }
}

import CScan
import Testing

/// The vector scan of a string's body must stop exactly where a byte-at-a-time
/// loop stops: at the first quote, backslash or control character.
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

    /// The fused scan: the same stop, and `invalid` exactly when the bytes
    /// before the stop are not complete UTF-8 (cut sequences included).
    @Test func fusedUTF8CheckAgreesWithTheStandardLibrary() {
        var rng = SplitMix(seed: 7)
        let pieces: [[UInt8]] = UTF8ValidationTests.pieces + [
            Array("plain ascii text ".utf8), Array("“quoted” — ".utf8), [0x22], [0x5C], [0x0A], Array("😀".utf8),
        ]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 12) + 1 {
                let piece = pieces[Int(rng.next() % UInt64(pieces.count))]
                bytes += rng.next() % 3 == 0 ? [UInt8](repeating: 0x61, count: Int(rng.next() % 70)) + piece : piece
            }
            var invalid: Int32 = 0
            let stop = bytes.withUnsafeBufferPointer { art_scan_string_body_utf8($0.baseAddress!, $0.count, &invalid) }
            #expect(stop == reference(bytes))
            let valid = String(validating: bytes[0..<stop], as: UTF8.self) != nil
            #expect((invalid == 0) == valid, "\(bytes)")
        }
    }
}

import CScan
import Testing

/// Each vector UTF-8 validator (SSSE3, AVX2) must agree with the
/// byte-at-a-time one, and all with the standard library, on every kind of
/// sequence at every position of a block and across lanes and blocks.
@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// The vector paths this processor has (level 0, scalar, is the reference).
    static let levels = Array(1...max(1, Int(art_vector_level())))

    func vector(_ bytes: [UInt8], _ level: Int) -> Int {
        bytes.withUnsafeBufferPointer { art_utf8_invalid_offset_at_level($0.baseAddress!, $0.count, Int32(level)) }
    }
    func scalar(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { art_utf8_invalid_offset_scalar($0.baseAddress!, $0.count) }
    }
    func stdlibValid(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// Sequences around every boundary of RFC 3629, valid and invalid.
    static let pieces: [[UInt8]] = [
        [0x41], [0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0x80], [0xED, 0x9F, 0xBF],
        [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
        [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xC0, 0x80], [0xC1, 0xBF],
        [0x80], [0xBF], [0xC2], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFF], [0xFE], [0xE2, 0x82, 0xAC],
        [0xF0, 0x9F, 0x98, 0x80], [0xC3, 0xA9], [0xC2, 0xC2], [0xE2, 0x28, 0xA1],
    ]

    @Test func everyPieceAtEveryOffset() {
        for piece in Self.pieces {
            for offset in 0..<72 {
                for after in [0, 1, 17, 40] {
                    let bytes = [UInt8](repeating: 0x61, count: offset) + piece + [UInt8](repeating: 0x62, count: after)
                    let expected = stdlibValid(bytes)
                    #expect((scalar(bytes) == bytes.count) == expected, "\(piece) at \(offset)")
                    for level in Self.levels {
                        #expect(vector(bytes, level) == scalar(bytes), "\(piece) at \(offset), level \(level)")
                    }
                }
            }
        }
    }

    @Test func pairsOfPieces() {
        for a in Self.pieces {
            for b in Self.pieces {
                for offset in [0, 13, 14, 15, 29, 30, 31, 61, 62, 63] {
                    let bytes = [UInt8](repeating: 0x20, count: offset) + a + b
                    for level in Self.levels {
                        #expect((vector(bytes, level) == bytes.count) == stdlibValid(bytes), "\(a) \(b) at \(offset)")
                    }
                }
            }
        }
    }

    @Test func randomMutationsOfText() {
        var rng = SplitMix(seed: 42)
        // Long enough to cross blocks of 64 plain ASCII bytes as well.
        let piece = "Zürich, Москва, 東京 and “quotes” — 😀 e\u{301} plain ASCII text here."
        let text = Array((piece + String(repeating: " ascii", count: 12) + piece).utf8)
        for _ in 0..<20_000 {
            var bytes = text
            for _ in 0..<Int(rng.next() % 3) {
                let i = Int(rng.next() % UInt64(bytes.count))
                bytes[i] = UInt8(truncatingIfNeeded: rng.next())
            }
            if rng.next() % 4 == 0 { bytes.removeLast(Int(rng.next() % 4)) }
            for level in Self.levels {
                #expect((vector(bytes, level) == bytes.count) == stdlibValid(bytes))
            }
        }
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

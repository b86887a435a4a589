/// The `fingerprint` of a text: a MinHash signature over its word 3-grams
/// (shingles).
///
/// MinHash and not SimHash because what a reprint keeps is its set of word
/// sequences: a new headline, a byline, a trailing notice and a few edited
/// words remove or add a few shingles and leave the rest. The share of equal
/// signature values estimates the Jaccard similarity of the two shingle sets
/// without bias, and bands of values (`DuplicateIndex`) find the candidates
/// without comparing every pair. SimHash is shorter but answers "how many of
/// 64 bits differ", which is coarser and has no such reading.
///
/// Each of the 64 values is the minimum of an independent hash over the
/// shingles, of which 16 bits are kept (b-bit MinHash): two different minima
/// agree by chance once in 65,536, which the similarity can ignore. Written
/// as 256 lowercase hex digits, 4 per value.
public struct MinHash: Sendable, Equatable {
    public static let count = 64
    static let wordsPerShingle = 3
    static let hexLength = count * 4

    public let values: [UInt16]

    init(values: [UInt16]) { self.values = values }

    /// The signature of `text`, or nil when it has no words.
    public init?(text: some Collection<Unicode.Scalar>) {
        let words = Self.wordHashes(text)
        guard !words.isEmpty else { return nil }
        var minima = [UInt64](repeating: .max, count: Self.count)
        let n = Swift.max(1, words.count - Self.wordsPerShingle + 1)
        for i in 0..<n {
            var shingle: UInt64 = 0
            for w in words[i..<Swift.min(words.count, i + Self.wordsPerShingle)] {
                shingle = Hashing.mix((shingle << 21 | shingle >> 43) ^ w)
            }
            for k in 0..<Self.count {
                // Multiply-add with odd constants per value: a cheap family of
                // hashes, good enough on an input that is already mixed.
                let h = shingle &* Self.multipliers[k] &+ Self.addends[k]
                if h < minima[k] { minima[k] = h }
            }
        }
        // The middle bits of the minimum: its top bits are mostly zero.
        values = minima.map { UInt16(truncatingIfNeeded: $0 >> 24) }
    }

    /// Parses the hex form; nil for anything else.
    public init?(hex: some Collection<UInt8>) {
        guard hex.count == Self.hexLength else { return nil }
        var values: [UInt16] = []
        values.reserveCapacity(Self.count)
        var v: UInt16 = 0
        for (i, c) in hex.enumerated() {
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
            default: return nil
            }
            v = v << 4 | UInt16(d)
            if i % 4 == 3 {
                values.append(v)
                v = 0
            }
        }
        self.values = values
    }

    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(Self.hexLength)
        for v in values {
            for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int(v >> UInt16(shift) & 0xF)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets.
    public func similarity(_ other: some Collection<UInt16>) -> Double {
        Double(zip(values, other).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }) / Double(Self.count)
    }

    /// A hash per word: runs of letters and digits, lower-cased, so that
    /// case, punctuation and spacing do not make two copies differ.
    static func wordHashes(_ text: some Collection<Unicode.Scalar>) -> [UInt64] {
        var hashes: [UInt64] = []
        var h = Hashing.fnvOffset
        var inWord = false
        for s in text {
            if s.properties.isAlphabetic || s.properties.numericType != nil {
                inWord = true
                if s.isASCII {
                    let b = UInt8(s.value)
                    h = Hashing.fnvStep(h, b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                } else if s.properties.changesWhenLowercased {
                    for b in s.properties.lowercaseMapping.utf8 { h = Hashing.fnvStep(h, b) }
                } else {
                    for b in String(s).utf8 { h = Hashing.fnvStep(h, b) }
                }
            } else if inWord {
                hashes.append(h)
                h = Hashing.fnvOffset
                inWord = false
            }
        }
        if inWord { hashes.append(h) }
        return hashes
    }

    /// Fixed seeds, so that a fingerprint means the same in every run.
    static let multipliers: [UInt64] = (0..<UInt64(count)).map { Hashing.mix($0 &* 2 &+ 1) | 1 }
    static let addends: [UInt64] = (0..<UInt64(count)).map { Hashing.mix($0 &* 2 &+ 2) }
}

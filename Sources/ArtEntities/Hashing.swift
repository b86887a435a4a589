/// Hashing for feature names and gazetteer keys: FNV-1a over scalar values,
/// finished with the splitmix64 mixer. Stable across runs and platforms.
@inline(__always) func mix64(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

@inline(__always) func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
    mix64(a &* 0x100_0000_01B3 ^ b)
}

@inline(__always) func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
    combine(combine(a, b), c)
}

let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
let fnvPrime: UInt64 = 0x100_0000_01B3

@inline(__always) func normalisedScalarValue(_ s: Unicode.Scalar) -> UInt32 {
    // Typographic apostrophes hash like the ASCII one.
    s.value == 0x2019 ? 0x27 : s.value
}

/// Hash of scalars `s[from..<to]`, optionally lower-cased.
@inline(__always) func hashScalars(_ s: [Unicode.Scalar], _ from: Int, _ to: Int, lower: Bool) -> UInt64 {
    var h = fnvOffset
    for k in from..<to {
        let c = lower ? lowerScalar(s[k]) : s[k]
        h = (h ^ UInt64(normalisedScalarValue(c))) &* fnvPrime
    }
    return mix64(h)
}

/// Hash of a string (for feature names and table keys built from text).
func hashString(_ text: String, lower: Bool = false) -> UInt64 {
    let s = Array(text.unicodeScalars)
    return hashScalars(s, 0, s.count, lower: lower)
}

/// The two hashes art-json's corpus features share: FNV-1a over bytes, for
/// names and words, and the splitmix64 finaliser, to spread a value's bits.
enum Hashing {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func fnvStep(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    /// 64-bit FNV-1a: two different byte strings share a hash with
    /// probability about 2⁻⁶⁴.
    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(fnvOffset, fnvStep)
    }

    /// splitmix64's finaliser: every input bit reaches every output bit.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

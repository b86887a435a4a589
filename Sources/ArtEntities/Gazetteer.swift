/// Gazetteer classes: one bit each in a phrase's class set.
public struct GazetteerClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let firstName = GazetteerClass(rawValue: 1 << 0)
    public static let lastNameCommon = GazetteerClass(rawValue: 1 << 1)
    public static let lastName = GazetteerClass(rawValue: 1 << 2)
    public static let country = GazetteerClass(rawValue: 1 << 3)
    public static let bigCity = GazetteerClass(rawValue: 1 << 4)
    public static let city = GazetteerClass(rawValue: 1 << 5)
    public static let cityAlternate = GazetteerClass(rawValue: 1 << 6)
    public static let region = GazetteerClass(rawValue: 1 << 7)
    public static let continent = GazetteerClass(rawValue: 1 << 8)
    public static let nationality = GazetteerClass(rawValue: 1 << 9)
    public static let group = GazetteerClass(rawValue: 1 << 10)
    public static let orgLegal = GazetteerClass(rawValue: 1 << 11)
    public static let orgHead = GazetteerClass(rawValue: 1 << 12)
    public static let title = GazetteerClass(rawValue: 1 << 13)
    public static let calendar = GazetteerClass(rawValue: 1 << 14)
    public static let placeAlias = GazetteerClass(rawValue: 1 << 15)
    public static let geographic = GazetteerClass(rawValue: 1 << 16)
    public static let firstNameCommon = GazetteerClass(rawValue: 1 << 17)
    public static let language = GazetteerClass(rawValue: 1 << 18)

    public static let count = 19
}

/// A read-only phrase table: the hash of a phrase's lower-cased tokens to its
/// classes (open addressing, power-of-two capacity, key 0 = empty slot).
public struct Gazetteer: Sendable {
    public let keys: [UInt64]
    public let values: [UInt32]
    public let maxTokens: Int
    let mask: Int

    public init(keys: [UInt64], values: [UInt32], maxTokens: Int) {
        self.keys = keys
        self.values = values
        self.maxTokens = maxTokens
        self.mask = keys.count - 1
    }

    public static let empty = Gazetteer(keys: [0], values: [0], maxTokens: 0)

    /// Builds the table from (phrase hash, classes) pairs; duplicates merge.
    public init(entries: [(UInt64, UInt32)], maxTokens: Int) {
        var capacity = 1024
        while capacity < entries.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key0, value) in entries {
            let key = key0 == 0 ? 1 : key0
            var i = Int(truncatingIfNeeded: key) & mask
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
            values[i] |= value
        }
        self.init(keys: keys, values: values, maxTokens: maxTokens)
    }

    @inline(__always) public func lookup(_ key0: UInt64) -> UInt32 {
        let key = key0 == 0 ? 1 : key0
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    /// The key of a phrase given its tokens' lower-case hashes.
    @inline(__always) static func phraseKey(_ first: UInt64) -> UInt64 { first }
    @inline(__always) static func extend(_ key: UInt64, _ next: UInt64) -> UInt64 { combine(key, next, 0x5EED) }
}

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
    /// A surname the census seldom saw (many are places: "Coron").
    public static let lastNameRare = GazetteerClass(rawValue: 1 << 19)

    public static let count = 20
}

/// A read-only phrase table: the hash of a phrase's lower-cased tokens to its
/// classes (open addressing, power-of-two capacity, key 0 = empty slot).
///
/// The slots live in `TableMemory`; a loaded table is the mapped file
/// itself (`GazetteerTable.swift`), not a copy.
public struct Gazetteer: Sendable {
    let slots: GazetteerSlots
    public let maxTokens: Int
    let mask: Int
    /// Names the table's contents: a model records the checksum of the table
    /// it was trained with, and loads only with that table.
    public let checksum: UInt64

    init(slots: GazetteerSlots, maxTokens: Int, checksum: UInt64) {
        self.slots = slots
        self.maxTokens = maxTokens
        self.mask = slots.count - 1
        self.checksum = checksum
    }

    public init(keys: [UInt64], values: [UInt32], maxTokens: Int) {
        precondition(keys.count == values.count && !keys.isEmpty)
        let memory = TableMemory(size: keys.count * 12)
        memory.base.copyMemory(from: keys, byteCount: keys.count * 8)
        (memory.base + keys.count * 8).copyMemory(from: values, byteCount: values.count * 4)
        let slots = GazetteerSlots(memory: memory, keysAt: 0, valuesAt: keys.count * 8, count: keys.count)
        self.init(slots: slots, maxTokens: maxTokens, checksum: Gazetteer.checksum(slots, maxTokens: maxTokens))
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

    /// The table's slots (for writing a model file).
    public var keys: [UInt64] { Array(UnsafeBufferPointer(start: slots.keys, count: slots.count)) }
    public var values: [UInt32] { Array(UnsafeBufferPointer(start: slots.values, count: slots.count)) }

    @inline(__always) public func lookup(_ key0: UInt64) -> UInt32 {
        let key = key0 == 0 ? 1 : key0
        let i = Int(truncatingIfNeeded: key) & mask
        return probe(key, from: i, holding: slots.keys[i])
    }

    /// `lookup` of many keys: the first slot of every key is read in a loop
    /// of bare loads, so that their cache misses overlap, before any probing
    /// (whose branches would wait for each load in turn).
    func lookup(_ keys: UnsafeBufferPointer<UInt64>, into values: UnsafeMutableBufferPointer<UInt32>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keys.count) { firstSlots in
            for j in keys.indices {
                let key = keys[j] == 0 ? 1 : keys[j]
                firstSlots[j] = slots.keys[Int(truncatingIfNeeded: key) & mask]
            }
            for j in keys.indices {
                let key = keys[j] == 0 ? 1 : keys[j]
                values[j] = probe(key, from: Int(truncatingIfNeeded: key) & mask, holding: firstSlots[j])
            }
        }
    }

    /// The value of `key` (not 0), searching from slot `i`, whose key is `k`.
    @inline(__always) private func probe(_ key: UInt64, from i: Int, holding k: UInt64) -> UInt32 {
        var i = i
        var k = k
        while true {
            if k == key { return slots.values[i] }
            if k == 0 { return 0 }
            i = (i + 1) & mask
            k = slots.keys[i]
        }
    }

    /// The key of a phrase given its tokens' lower-case hashes.
    @inline(__always) static func phraseKey(_ first: UInt64) -> UInt64 { first }
    @inline(__always) static func extend(_ key: UInt64, _ next: UInt64) -> UInt64 { combine(key, next, 0x5EED) }
}

/// The gazetteer's key and value arrays inside a block of table memory.
final class GazetteerSlots: @unchecked Sendable {
    let memory: TableMemory
    let keys: UnsafePointer<UInt64>
    let values: UnsafePointer<UInt32>
    let count: Int

    init(memory: TableMemory, keysAt: Int, valuesAt: Int, count: Int) {
        precondition(Int(bitPattern: memory.base + keysAt) % 8 == 0 && Int(bitPattern: memory.base + valuesAt) % 4 == 0)
        self.memory = memory
        self.keys = UnsafePointer((memory.base + keysAt).assumingMemoryBound(to: UInt64.self))
        self.values = UnsafePointer((memory.base + valuesAt).assumingMemoryBound(to: UInt32.self))
        self.count = count
    }
}

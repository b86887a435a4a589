import ArtCore

/// The gazetteer table file, `gazetteer.table` among the data files (art(7),
/// FILES): one table that every language's model uses, so that it is
/// installed and mapped once rather than inside each model.
///
/// Layout, little-endian: the magic `ARTGAZ01`, the version (1), the slot
/// count (a power of two), the longest phrase in tokens, a zero word, the
/// checksum (64 bits); then the keys (64 bits each) from byte 32 and the
/// values (32 bits each).
extension Gazetteer {
    public static let magic: [UInt8] = Array("ARTGAZ01".utf8)
    static let headerSize = 32

    /// The file's bytes.
    public func serialized() -> [UInt8] {
        var out = FileWriter(magic: Gazetteer.magic)
        out.u32(1)
        out.u32(UInt32(slots.count))
        out.u32(UInt32(maxTokens))
        out.u32(0)
        out.u64(checksum)
        out.bytes.reserveCapacity(out.bytes.count + slots.count * 12)
        for i in 0..<slots.count { out.u64(slots.keys[i]) }
        for i in 0..<slots.count { out.u32(slots.values[i]) }
        return out.bytes
    }

    /// Maps a table file; its slots are used where they lie.
    public init(path: String) throws(ModelError) {
        let image: FileImage
        do { image = try FileImage(path: path, aligning: Gazetteer.headerSize) } catch {
            throw .unreadable(path, error.reason)
        }
        try self.init(image: image, path: path)
    }

    public init(bytes: [UInt8], path: String = "gazetteer table") throws(ModelError) {
        try self.init(image: FileImage(bytes: bytes, aligning: Gazetteer.headerSize), path: path)
    }

    init(image: FileImage, path: String) throws(ModelError) {
        guard image.count >= Gazetteer.headerSize, image.starts(with: Gazetteer.magic) else {
            throw .invalid(path, "not an art gazetteer table")
        }
        let version = image.u32(at: 8)
        guard version == 1 else { throw .invalid(path, "unsupported gazetteer table version \(version)") }
        let capacity = Int(image.u32(at: 12))
        guard capacity > 0, capacity & (capacity - 1) == 0, image.count == Gazetteer.headerSize + capacity * 12 else {
            throw .invalid(path, "bad gazetteer table header or size")
        }
        let keysAt = image.offset + Gazetteer.headerSize
        let slots = GazetteerSlots(memory: image.memory, keysAt: keysAt, valuesAt: keysAt + capacity * 8, count: capacity)
        self.init(slots: slots, maxTokens: Int(image.u32(at: 16)), checksum: image.u64(at: 24))
    }

    /// FNV-1a over the phrase length, then the keys and the values, a word at a time.
    static func checksum(_ slots: GazetteerSlots, maxTokens: Int) -> UInt64 {
        let prime: UInt64 = 0x100_0000_01B3
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        h = (h ^ UInt64(maxTokens)) &* prime
        for i in 0..<slots.count { h = (h ^ slots.keys[i]) &* prime }
        for i in 0..<slots.count { h = (h ^ UInt64(slots.values[i])) &* prime }
        return h
    }
}

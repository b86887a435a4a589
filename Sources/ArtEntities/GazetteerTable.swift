import ArtCore

/// The gazetteer table file, `gazetteer.table` among the data files (art(7),
/// FILES): one table that every language's model uses, so that it is
/// installed and read once rather than inside each model.
///
/// Layout, little-endian: the magic `ARTGAZ01`, the version (2), the slot
/// count (a power of two), the longest phrase in tokens, the number of
/// phrases, the checksum of the slots (64 bits); then, from byte 32, the
/// keys of the occupied slots (64 bits each) and their values (32 bits
/// each). Less than half the slots are occupied, so the file holds only
/// those and the open-addressing table is rebuilt when it is read.
extension Gazetteer {
    public static let magic: [UInt8] = Array("ARTGAZ01".utf8)
    static let headerSize = 32

    /// The file's bytes.
    public func serialized() -> [UInt8] {
        let occupied = (0..<slots.count).filter { slots.keys[$0] != 0 }
        var out = FileWriter(magic: Gazetteer.magic)
        out.u32(2)
        out.u32(UInt32(slots.count))
        out.u32(UInt32(maxTokens))
        out.u32(UInt32(occupied.count))
        out.u64(checksum)
        out.bytes.reserveCapacity(out.bytes.count + occupied.count * 12)
        for i in occupied { out.u64(slots.keys[i]) }
        for i in occupied { out.u32(slots.values[i]) }
        return out.bytes
    }

    /// Reads a table file.
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

    /// Checks the header and size, and places each phrase in its slot.
    init(image: FileImage, path: String) throws(ModelError) {
        guard image.count >= Gazetteer.headerSize, image.starts(with: Gazetteer.magic) else {
            throw .invalid(path, "not an art gazetteer table")
        }
        let version = image.u32(at: 8)
        guard version == 2 else { throw .invalid(path, "unsupported gazetteer table version \(version)") }
        let capacity = Int(image.u32(at: 12))
        let count = Int(image.u32(at: 20))
        guard capacity > 0, capacity & (capacity - 1) == 0, count < capacity,
            image.count == Gazetteer.headerSize + count * 12
        else { throw .invalid(path, "bad gazetteer table header or size") }
        let memory = TableMemory(zeroed: capacity * 12)
        let keys = memory.base.bindMemory(to: UInt64.self, capacity: capacity)
        let values = (memory.base + capacity * 8).bindMemory(to: UInt32.self, capacity: capacity)
        let mask = capacity - 1
        let fileKeys = UnsafeRawPointer(image.memory.base + image.offset + Gazetteer.headerSize)
        let fileValues = fileKeys + count * 8
        for j in 0..<count {
            let key = UInt64(littleEndian: fileKeys.loadUnaligned(fromByteOffset: j * 8, as: UInt64.self))
            guard key != 0 else { throw .invalid(path, "an empty key") }
            var i = Int(truncatingIfNeeded: key) & mask
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
            values[i] = UInt32(littleEndian: fileValues.loadUnaligned(fromByteOffset: j * 4, as: UInt32.self))
        }
        let slots = GazetteerSlots(memory: memory, keysAt: 0, valuesAt: capacity * 8, count: capacity)
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

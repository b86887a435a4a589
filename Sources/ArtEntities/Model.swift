import ArtCore
/// The tagger's label set: BIO over the four name types.
public enum EntityLabels {
    public static let types = ["PER", "ORG", "LOC", "MISC"]
    /// 0 = O; 1 + 2k = B-type k; 2 + 2k = I-type k.
    public static let count = 9
    @inline(__always) public static func begin(_ type: Int) -> Int { 1 + 2 * type }
    @inline(__always) public static func inside(_ type: Int) -> Int { 2 + 2 * type }
    @inline(__always) public static func type(of label: Int) -> Int { (label - 1) / 2 }
    @inline(__always) public static func isInside(_ label: Int) -> Bool { label > 0 && label % 2 == 0 }
    /// Whether `label` may follow `previous` (-1 = sentence start).
    @inline(__always) public static func allowed(_ previous: Int, _ label: Int) -> Bool {
        if !isInside(label) { return true }
        return previous > 0 && type(of: previous) == type(of: label)
    }
}

public enum ModelError: Error, CustomStringConvertible {
    case unreadable(String, String)
    case invalid(String, String)
    public var description: String {
        switch self {
        case .unreadable(let path, let why): return "cannot read the entity model \(path): \(why)"
        case .invalid(let path, let why): return "invalid entity model \(path): \(why)"
        }
    }
}

/// A trained linear sequence model: hashed feature weights per label,
/// label transition weights, and the gazetteer its features use.
public struct EntityModel: Sendable {
    public static let magic: [UInt8] = Array("ARTNER01".utf8)
    public let labels: Int
    public let buckets: Int
    /// `transitions[(previous + 1) * labels + label]`, row 0 = sentence start.
    public let transitions: [Float]
    public let gazetteer: Gazetteer
    public let extractor: FeatureExtractor

    /// The decoding form of the weights: per bucket, the 8 name labels'
    /// weights minus the O label's (which changes no path's rank), as 16-bit
    /// integers of `packedScale` in one 16-byte row.
    let packed: WeightRows
    let packedScale: Float

    public init(labels: Int, buckets: Int, weights: [Float], transitions: [Float], gazetteer: Gazetteer) {
        precondition(labels == EntityLabels.count)
        var maxAbs: Float = 0
        for b in 0..<buckets {
            let o = weights[b * labels]
            for y in 1..<labels { maxAbs = max(maxAbs, abs(weights[b * labels + y] - o)) }
        }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        let memory = TableMemory(size: buckets * 16)
        let rows = memory.base.bindMemory(to: SIMD8<Int16>.self, capacity: buckets)
        for b in 0..<buckets {
            let o = weights[b * labels]
            var row = SIMD8<Int16>()
            for y in 1..<labels {
                row[y - 1] = Int16(clamping: Int(((weights[b * labels + y] - o) / scale).rounded()))
            }
            rows[b] = row
        }
        self.init(
            buckets: buckets, packed: WeightRows(memory: memory, at: 0, count: buckets), packedScale: scale,
            transitions: transitions, gazetteer: gazetteer)
    }

    init(buckets: Int, packed: WeightRows, packedScale: Float, transitions: [Float], gazetteer: Gazetteer) {
        self.labels = EntityLabels.count
        self.buckets = buckets
        self.transitions = transitions
        self.gazetteer = gazetteer
        self.extractor = FeatureExtractor(buckets: buckets, gazetteer: gazetteer)
        self.packed = packed
        self.packedScale = packedScale
    }

    /// Emission scores of a sentence: `scores[t * labels + y]` (O is 0).
    ///
    /// The rows are scattered over megabytes; their addresses come from the
    /// feature indices alone, not from the sums, so the loads of a token's
    /// rows go ahead while earlier sums are still waiting for theirs.
    func emissions(_ f: SentenceFeatures, into scores: inout [Float]) {
        let L = labels
        let n = f.count
        let scale = packedScale
        let w = packed.rows
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: n * L))
        f.indices.withUnsafeBufferPointer { idx in
            f.offsets.withUnsafeBufferPointer { off in
                scores.withUnsafeMutableBufferPointer { sc in
                    let out = UnsafeMutableRawPointer(sc.baseAddress!)
                    let ix = idx.baseAddress!
                    for t in 0..<n {
                        var acc = SIMD8<Int32>()
                        for k in Int(off[t])..<Int(off[t + 1]) { acc &+= SIMD8<Int32>(truncatingIfNeeded: w[Int(ix[k])]) }
                        let row = SIMD8<Float>(acc) * scale
                        out.storeBytes(of: row, toByteOffset: (t * L + 1) * 4, as: SIMD8<Float>.self)
                    }
                }
            }
        }
    }

    /// A decoder of this model's label sequences (one per thread: it keeps buffers).
    func decoder() -> ViterbiDecoder { ViterbiDecoder(transitions: transitions, labels: labels) }

    // MARK: file format

    /// Where the weight rows start in a file: after the header and the transitions.
    static let rowsOffset = 32 + (EntityLabels.count + 1) * EntityLabels.count * 4

    /// Serialises the model, little-endian: the magic, the version (3), the
    /// label and bucket counts, the rows' scale, the checksum of the
    /// gazetteer table it was trained with (64 bits), the transitions
    /// (Float32), then the 16-bit weight rows. The table itself is a file of
    /// its own (`GazetteerTable.swift`), shared by every language's model.
    public func serialized() -> [UInt8] {
        var out = FileWriter(magic: EntityModel.magic)
        out.u32(3)
        out.u32(UInt32(labels))
        out.u32(UInt32(buckets))
        out.f32(packedScale)
        out.u64(gazetteer.checksum)
        for t in transitions { out.f32(t) }
        out.bytes.reserveCapacity(out.bytes.count + buckets * 16)
        for b in 0..<buckets {
            let row = packed.rows[b]
            for y in 0..<8 { withUnsafeBytes(of: row[y].littleEndian) { out.bytes.append(contentsOf: $0) } }
        }
        return out.bytes
    }

    public init(bytes: [UInt8], gazetteer: Gazetteer, path: String = "model") throws(ModelError) {
        try self.init(image: FileImage(bytes: bytes, aligning: EntityModel.rowsOffset), gazetteer: gazetteer, path: path)
    }

    /// Maps a model file; its weight rows are used where they lie when they
    /// start on a cache line there, and copied to such memory otherwise.
    public init(path: String, gazetteer: Gazetteer) throws(ModelError) {
        let image: FileImage
        do { image = try FileImage(path: path, aligning: EntityModel.rowsOffset) } catch {
            throw .unreadable(path, error.reason)
        }
        try self.init(image: image, gazetteer: gazetteer, path: path)
    }

    /// Checks the header, the size and that `gazetteer` is the table the
    /// model was trained with.
    init(image: FileImage, gazetteer: Gazetteer, path: String) throws(ModelError) {
        guard image.count >= 32, image.starts(with: EntityModel.magic) else {
            throw .invalid(path, "not an art entity model")
        }
        let version = image.u32(at: 8)
        guard version == 3 else {
            throw .invalid(path, "unsupported version \(version) (this art reads version 3: retrain it with make model)")
        }
        let L = Int(image.u32(at: 12))
        let buckets = Int(image.u32(at: 16))
        let scale = Float(bitPattern: image.u32(at: 20))
        guard L == EntityLabels.count, buckets > 0, buckets & (buckets - 1) == 0, buckets <= 1 << 32,
            image.count == EntityModel.rowsOffset + buckets * 16
        else { throw .invalid(path, "bad header or size") }
        guard image.u64(at: 24) == gazetteer.checksum else {
            throw .invalid(path, "trained with another gazetteer table than the one found (\(gazetteerTableName))")
        }
        let transitions = (0..<((L + 1) * L)).map { Float(bitPattern: image.u32(at: 32 + $0 * 4)) }
        let rows = WeightRows(memory: image.memory, at: image.offset + EntityModel.rowsOffset, count: buckets)
        self.init(buckets: buckets, packed: rows, packedScale: scale, transitions: transitions, gazetteer: gazetteer)
    }
}


/// The weight rows inside a block of table memory.
final class WeightRows: @unchecked Sendable {
    let memory: TableMemory
    let rows: UnsafePointer<SIMD8<Int16>>

    /// Rows at `offset`; copied to fresh memory unless they start on a cache
    /// line (a row across two lines would cost two cache misses).
    init(memory: TableMemory, at offset: Int, count: Int) {
        var memory = memory
        var start = memory.base + offset
        if Int(bitPattern: start) % 64 != 0 {
            let copy = TableMemory(size: count * 16)
            copy.base.copyMemory(from: start, byteCount: count * 16)
            memory = copy
            start = copy.base
        }
        self.memory = memory
        self.rows = UnsafePointer(start.bindMemory(to: SIMD8<Int16>.self, capacity: count))
    }
}


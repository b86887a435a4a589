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
    /// The rows are scattered over megabytes, so they are first copied into
    /// `gathered` in feature order: a loop of bare copies keeps many cache
    /// misses in flight at once. The sums then read the copies in sequence.
    func emissions(_ f: SentenceFeatures, into scores: inout [Float], gathered: inout [SIMD8<Int16>]) {
        let L = labels
        let n = f.count
        let scale = packedScale
        let w = packed.rows
        let total = f.indices.count
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: n * L))
        if gathered.count < total { gathered = [SIMD8<Int16>](repeating: SIMD8<Int16>(), count: total) }
        f.indices.withUnsafeBufferPointer { idx in
            gathered.withUnsafeMutableBufferPointer { rows in
                for k in 0..<total { rows[k] = w[Int(idx[k])] }
            }
        }
        f.offsets.withUnsafeBufferPointer { off in
            gathered.withUnsafeBufferPointer { rows in
                scores.withUnsafeMutableBufferPointer { sc in
                    for t in 0..<n {
                        var acc = SIMD8<Int32>()
                        for k in Int(off[t])..<Int(off[t + 1]) { acc &+= SIMD8<Int32>(truncatingIfNeeded: rows[k]) }
                        let row = SIMD8<Float>(acc) * scale
                        let base = t * L + 1
                        for y in 0..<8 { sc[base + y] = row[y] }
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

    /// Serialises the model: header, transitions (Float32), the 16-bit
    /// weight rows with their scale, then the gazetteer table; little-endian.
    public func serialized() -> [UInt8] {
        var out = EntityModel.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        let slots = gazetteer.slots
        u32(2)
        u32(UInt32(labels))
        u32(UInt32(buckets))
        u32(UInt32(slots.count))
        u32(UInt32(gazetteer.maxTokens))
        f32(packedScale)
        for t in transitions { f32(t) }
        out.reserveCapacity(out.count + buckets * 16 + slots.count * 12)
        for b in 0..<buckets {
            let row = packed.rows[b]
            for y in 0..<8 { withUnsafeBytes(of: row[y].littleEndian) { out.append(contentsOf: $0) } }
        }
        for i in 0..<slots.count { withUnsafeBytes(of: slots.keys[i].littleEndian) { out.append(contentsOf: $0) } }
        for i in 0..<slots.count { u32(slots.values[i]) }
        return out
    }

    public init(bytes: [UInt8], path: String = "model") throws(ModelError) {
        let image = ModelImage(count: bytes.count)
        image.memory.base.advanced(by: image.offset).copyMemory(from: bytes, byteCount: bytes.count)
        try self.init(image: image, path: path)
    }

    /// Maps a model file: the gazetteer is used where it lies, the weight
    /// rows are copied to cache-line-aligned memory.
    public init(path: String) throws(ModelError) {
        let image: ModelImage
        do { image = try ModelImage(path: path) } catch { throw .unreadable(path, error.reason) }
        try self.init(image: image, path: path)
    }

    /// Checks the header and size; the tables stay where they are in `image`
    /// unless the rows are not aligned there.
    init(image: ModelImage, path: String) throws(ModelError) {
        let raw = UnsafeRawPointer(image.memory.base + image.offset)
        let count = image.count
        guard count >= 32, EntityModel.magic.indices.allSatisfy({ raw.load(fromByteOffset: $0, as: UInt8.self) == EntityModel.magic[$0] }) else {
            throw .invalid(path, "not an art entity model")
        }
        var pos = 8
        func u32() -> UInt32 {
            let v = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: pos, as: UInt32.self))
            pos += 4
            return v
        }
        let version = u32()
        guard version == 2 else { throw .invalid(path, "unsupported version \(version)") }
        let L = Int(u32())
        let buckets = Int(u32())
        let capacity = Int(u32())
        let maxTokens = Int(u32())
        let scale = Float(bitPattern: u32())
        guard L == EntityLabels.count, buckets > 0, buckets & (buckets - 1) == 0, buckets <= 1 << 32,
            capacity > 0, capacity & (capacity - 1) == 0, capacity <= 1 << 32,
            count == pos + (L + 1) * L * 4 + buckets * 16 + capacity * 12
        else { throw .invalid(path, "bad header or size") }
        var transitions = [Float](repeating: 0, count: (L + 1) * L)
        for i in transitions.indices { transitions[i] = Float(bitPattern: u32()) }
        // The file is little-endian, like every platform Swift runs on here.
        let offset = image.offset
        let rows = WeightRows(memory: image.memory, at: offset + pos, count: buckets)
        let keysAt = offset + pos + buckets * 16
        let slots = GazetteerSlots(memory: image.memory, keysAt: keysAt, valuesAt: keysAt + capacity * 8, count: capacity)
        self.init(
            buckets: buckets, packed: rows, packedScale: scale, transitions: transitions,
            gazetteer: Gazetteer(slots: slots, maxTokens: maxTokens))
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

/// Memory for the model's tables, never changed once filled: allocated
/// (cache-line aligned; a large block asks for huge pages, since the tables
/// are read at random) or a read-only mapping of a file.
final class TableMemory: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let size: Int
    private let isMapping: Bool

    init(size: Int) {
        let huge = 2 << 20
        let alignment = size >= huge ? huge : 64
        let rounded = (max(size, 1) + alignment - 1) / alignment * alignment
        var p: UnsafeMutableRawPointer? = nil
        guard posix_memalign(&p, alignment, rounded) == 0, let p else { fatalError("art-entities: out of memory") }
        #if os(Linux)
            if alignment == huge { _ = madvise(p, rounded, MADV_HUGEPAGE) }
        #endif
        self.base = p
        self.size = rounded
        self.isMapping = false
    }

    /// Maps the first `size` bytes of an open file.
    init(mapping fd: Int32, size: Int) throws(FileError) {
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            throw FileError(reason: errnoDescription())
        }
        self.base = p
        self.size = size
        self.isMapping = true
    }

    deinit {
        if isMapping { munmap(base, size) } else { free(base) }
    }
}

/// A model file's bytes: `count` bytes at `offset` in `memory`.
struct ModelImage {
    let memory: TableMemory
    let offset: Int
    let count: Int

    /// Room for a model's bytes, placed so that its weight rows start on a cache line.
    init(count: Int) {
        let offset = (64 - EntityModel.rowsOffset % 64) % 64
        self.init(memory: TableMemory(size: offset + count), offset: offset, count: count)
    }

    private init(memory: TableMemory, offset: Int, count: Int) {
        self.memory = memory
        self.offset = offset
        self.count = count
    }

    init(path: String) throws(FileError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(reason: errnoDescription()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw FileError(reason: errnoDescription()) }
        if st.st_mode & S_IFMT == S_IFREG && st.st_size > 0 {
            self.init(memory: try TableMemory(mapping: fd, size: Int(st.st_size)), offset: 0, count: Int(st.st_size))
        } else {
            // Not a plain file (a pipe, a device), or empty: read it to its end.
            let all = try readWholeFile(path)
            self.init(count: all.count)
            memory.base.advanced(by: offset).copyMemory(from: all, byteCount: all.count)
        }
    }
}

public struct FileError: Error {
    public var reason: String
}

/// The bytes of a file (one read).
public func readWholeFile(_ path: String) throws(FileError) -> [UInt8] {
    guard let f = fopen(path, "rb") else { throw FileError(reason: errnoDescription()) }
    defer { fclose(f) }
    var out: [UInt8] = []
    var st = stat()
    if fstat(fileno(f), &st) == 0, st.st_size > 0 {
        out = [UInt8](unsafeUninitializedCapacity: Int(st.st_size)) { buf, n in
            n = fread(buf.baseAddress, 1, Int(st.st_size), f)
        }
        if out.count == Int(st.st_size) { return out }
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    out = []
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n > 0 { out.append(contentsOf: chunk[0..<n]) }
        if n < chunk.count {
            if ferror(f) != 0 { throw FileError(reason: "read error") }
            break
        }
    }
    return out
}

/// Writes bytes to a file.
public func writeWholeFile(_ path: String, _ bytes: [UInt8]) throws(FileError) {
    guard let f = fopen(path, "wb") else { throw FileError(reason: errnoDescription()) }
    let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, bytes.count, f) }
    if fclose(f) != 0 || n != bytes.count { throw FileError(reason: "write error") }
}

/// The best label sequence; `allowedMask[t]` (bit y) restricts the labels if given.
func decodeViterbi(
    _ scores: [Float], count n: Int, labels L: Int, transitions: [Float], allowedMask: [UInt32]? = nil
) -> [Int] {
    var decoder = ViterbiDecoder(transitions: transitions, labels: L)
    var path: [Int] = []
    decoder.decode(scores, count: n, allowedMask: allowedMask, into: &path)
    return path
}

/// Viterbi decoding over BIO labels with the I-after-B constraint.
///
/// The eight name labels of a step are scored at once, one vector lane each,
/// with O beside them; a forbidden transition weighs -inf. Previous labels
/// are tried in increasing order with a strict comparison, so ties go to the
/// lowest label.
struct ViterbiDecoder {
    typealias Names = SIMD8<Float>
    let L: Int
    /// Row p + 1: the weights of going from label p (-1: sentence start) to O and to each name label.
    let toO: [Float]
    let toNames: [Names]
    /// Best scores and back pointers per step and label (`t * L + y`), kept between sentences.
    var delta: [Float] = []
    var back: [Int32] = []

    init(transitions: [Float], labels L: Int) {
        precondition(L == 1 + Names.scalarCount)
        self.L = L
        var toO = [Float](repeating: -.infinity, count: L + 1)
        var toNames = [Names](repeating: Names(repeating: -.infinity), count: L + 1)
        for p in -1..<L {
            toO[p + 1] = transitions[(p + 1) * L]
            for y in 1..<L where EntityLabels.allowed(p, y) { toNames[p + 1][y - 1] = transitions[(p + 1) * L + y] }
        }
        self.toO = toO
        self.toNames = toNames
    }

    /// Writes the best label sequence of `scores[t * L + y]`, `t < n`, to `path`.
    mutating func decode(_ scores: [Float], count n: Int, allowedMask: [UInt32]? = nil, into path: inout [Int]) {
        path.removeAll(keepingCapacity: true)
        if n == 0 { return }
        let L = self.L
        let none = -Float.infinity
        let lanes = SIMD8<UInt32>(1, 2, 3, 4, 5, 6, 7, 8)
        if delta.count < n * L {
            delta = [Float](repeating: 0, count: n * L)
            back = [Int32](repeating: 0, count: n * L)
        }
        let toO = self.toO
        let toNames = self.toNames
        scores.withUnsafeBufferPointer { sc in
            delta.withUnsafeMutableBufferPointer { d in
                back.withUnsafeMutableBufferPointer { b in
                    let e = UnsafeRawPointer(sc.baseAddress!)
                    let dRaw = UnsafeMutableRawPointer(d.baseAddress!)
                    let bRaw = UnsafeMutableRawPointer(b.baseAddress!)
                    for t in 0..<n {
                        var bestO = toO[0]
                        var bestNames = toNames[0]
                        var argO: Int32 = 0
                        var argNames = SIMD8<Int32>()
                        if t > 0 {
                            bestO = none
                            bestNames = Names(repeating: none)
                            for p in 0..<L {
                                let v = d[(t - 1) * L + p]
                                if v == none { continue }
                                let sO = v + toO[p + 1]
                                if sO > bestO { bestO = sO; argO = Int32(p) }
                                let sNames = v + toNames[p + 1]
                                let better = sNames .> bestNames
                                bestNames.replace(with: sNames, where: better)
                                argNames.replace(with: Int32(p), where: better)
                            }
                        }
                        var dO = bestO + sc[t * L]
                        var dNames = bestNames + e.loadUnaligned(fromByteOffset: (t * L + 1) * 4, as: Names.self)
                        if let allowedMask {
                            let bits = allowedMask[t]
                            if bits & 1 == 0 { dO = none; argO = 0 }
                            let off = (SIMD8<UInt32>(repeating: bits) &>> lanes) & 1 .== 0
                            dNames.replace(with: none, where: off)
                            argNames.replace(with: 0, where: off)
                        }
                        d[t * L] = dO
                        dRaw.storeBytes(of: dNames, toByteOffset: (t * L + 1) * 4, as: Names.self)
                        b[t * L] = argO
                        bRaw.storeBytes(of: argNames, toByteOffset: (t * L + 1) * 4, as: SIMD8<Int32>.self)
                    }
                }
            }
        }
        path.append(contentsOf: repeatElement(0, count: n))
        var best = none
        for y in 0..<L where delta[(n - 1) * L + y] > best {
            best = delta[(n - 1) * L + y]
            path[n - 1] = y
        }
        if n > 1 {
            for t in stride(from: n - 1, to: 0, by: -1) {
                path[t - 1] = Int(back[t * L + path[t]])
            }
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
    let packed: [SIMD8<Int16>]
    let packedScale: Float

    public init(labels: Int, buckets: Int, weights: [Float], transitions: [Float], gazetteer: Gazetteer) {
        precondition(labels == EntityLabels.count)
        self.labels = labels
        self.buckets = buckets
        self.transitions = transitions
        self.gazetteer = gazetteer
        self.extractor = FeatureExtractor(buckets: buckets, gazetteer: gazetteer)
        var maxAbs: Float = 0
        for b in 0..<buckets {
            let o = weights[b * labels]
            for y in 1..<labels { maxAbs = max(maxAbs, abs(weights[b * labels + y] - o)) }
        }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var packed = [SIMD8<Int16>](repeating: SIMD8<Int16>(), count: buckets)
        for b in 0..<buckets {
            let o = weights[b * labels]
            var row = SIMD8<Int16>()
            for y in 1..<labels {
                row[y - 1] = Int16(clamping: Int(((weights[b * labels + y] - o) / scale).rounded()))
            }
            packed[b] = row
        }
        self.packed = packed
        self.packedScale = scale
    }

    init(buckets: Int, packed: [SIMD8<Int16>], packedScale: Float, transitions: [Float], gazetteer: Gazetteer) {
        self.labels = EntityLabels.count
        self.buckets = buckets
        self.transitions = transitions
        self.gazetteer = gazetteer
        self.extractor = FeatureExtractor(buckets: buckets, gazetteer: gazetteer)
        self.packed = packed
        self.packedScale = packedScale
    }

    /// Emission scores of a sentence: `scores[t * labels + y]` (O is 0).
    func emissions(_ f: SentenceFeatures, into scores: inout [Float]) {
        let L = labels
        let n = f.count
        let scale = packedScale
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: n * L))
        packed.withUnsafeBufferPointer { w in
            f.indices.withUnsafeBufferPointer { idx in
                f.offsets.withUnsafeBufferPointer { off in
                    scores.withUnsafeMutableBufferPointer { sc in
                        for t in 0..<n {
                            var acc = SIMD8<Int32>()
                            for k in Int(off[t])..<Int(off[t + 1]) {
                                acc &+= SIMD8<Int32>(truncatingIfNeeded: w[Int(idx[k])])
                            }
                            let base = t * L + 1
                            for y in 0..<8 { sc[base + y] = Float(acc[y]) * scale }
                        }
                    }
                }
            }
        }
    }

    /// The best label sequence; `allowedMask[t]` (bit y) restricts the labels if given.
    func viterbi(_ scores: [Float], count n: Int, allowedMask: [UInt32]? = nil) -> [Int] {
        decodeViterbi(scores, count: n, labels: labels, transitions: transitions, allowedMask: allowedMask)
    }

    // MARK: file format

    /// Serialises the model: header, transitions (Float32), the 16-bit
    /// weight rows with their scale, then the gazetteer table; little-endian.
    public func serialized() -> [UInt8] {
        var out = EntityModel.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        u32(2)
        u32(UInt32(labels))
        u32(UInt32(buckets))
        u32(UInt32(gazetteer.keys.count))
        u32(UInt32(gazetteer.maxTokens))
        f32(packedScale)
        for t in transitions { f32(t) }
        out.reserveCapacity(out.count + buckets * 16 + gazetteer.keys.count * 12)
        for row in packed {
            for y in 0..<8 { withUnsafeBytes(of: row[y].littleEndian) { out.append(contentsOf: $0) } }
        }
        for k in gazetteer.keys { withUnsafeBytes(of: k.littleEndian) { out.append(contentsOf: $0) } }
        for v in gazetteer.values { u32(v) }
        return out
    }

    public init(bytes: [UInt8], path: String = "model") throws(ModelError) {
        guard bytes.count >= 32, Array(bytes[0..<8]) == EntityModel.magic else {
            throw .invalid(path, "not an art entity model")
        }
        var pos = 8
        func u32() -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<4 { v |= UInt32(bytes[pos + k]) << (8 * k) }
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
        let need = pos + (L + 1) * L * 4 + buckets * 16 + capacity * 12
        guard L == EntityLabels.count, buckets > 0, buckets & (buckets - 1) == 0,
            capacity > 0, capacity & (capacity - 1) == 0, bytes.count == need
        else { throw .invalid(path, "bad header or size") }
        var transitions = [Float](repeating: 0, count: (L + 1) * L)
        for i in transitions.indices { transitions[i] = Float(bitPattern: u32()) }
        var packed = [SIMD8<Int16>](repeating: SIMD8<Int16>(), count: buckets)
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt32](repeating: 0, count: capacity)
        bytes.withUnsafeBytes { raw in
            var p = pos
            // The file is little-endian, like every platform Swift runs on here.
            packed.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[p..<(p + buckets * 16)])) }
            p += buckets * 16
            keys.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[p..<(p + capacity * 8)])) }
            p += capacity * 8
            values.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[p..<(p + capacity * 4)])) }
        }
        self.init(
            buckets: buckets, packed: packed, packedScale: scale, transitions: transitions,
            gazetteer: Gazetteer(keys: keys, values: values, maxTokens: maxTokens))
    }

    /// Reads a model file.
    public init(path: String) throws(ModelError) {
        let bytes: [UInt8]
        do { bytes = try readWholeFile(path) } catch { throw .unreadable(path, error.reason) }
        try self.init(bytes: bytes, path: path)
    }
}

public struct FileError: Error {
    public var reason: String
}

/// The bytes of a file (one read).
public func readWholeFile(_ path: String) throws(FileError) -> [UInt8] {
    guard let f = fopen(path, "rb") else { throw FileError(reason: String(cString: strerror(errno))) }
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
    guard let f = fopen(path, "wb") else { throw FileError(reason: String(cString: strerror(errno))) }
    let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, bytes.count, f) }
    if fclose(f) != 0 || n != bytes.count { throw FileError(reason: "write error") }
}

/// Viterbi decoding over BIO labels with the I-after-B constraint.
func decodeViterbi(
    _ scores: [Float], count n: Int, labels L: Int, transitions: [Float], allowedMask: [UInt32]? = nil
) -> [Int] {
    if n == 0 { return [] }
    var delta = [Float](repeating: -Float.infinity, count: n * L)
    var back = [Int32](repeating: 0, count: n * L)
    for y in 0..<L where EntityLabels.allowed(-1, y) {
        if let m = allowedMask, m[0] & (1 << y) == 0 { continue }
        delta[y] = transitions[y] + scores[y]
    }
    if n > 1 {
        for t in 1..<n {
            for y in 0..<L {
                if let m = allowedMask, m[t] & (1 << y) == 0 { continue }
                var best = -Float.infinity
                var arg = 0
                for p in 0..<L where EntityLabels.allowed(p, y) {
                    let v = delta[(t - 1) * L + p]
                    if v == -Float.infinity { continue }
                    let s = v + transitions[(p + 1) * L + y]
                    if s > best { best = s; arg = p }
                }
                delta[t * L + y] = best + scores[t * L + y]
                back[t * L + y] = Int32(arg)
            }
        }
    }
    var path = [Int](repeating: 0, count: n)
    var best = -Float.infinity
    for y in 0..<L where delta[(n - 1) * L + y] > best {
        best = delta[(n - 1) * L + y]
        path[n - 1] = y
    }
    if n > 1 {
        for t in stride(from: n - 1, to: 0, by: -1) {
            path[t - 1] = Int(back[t * L + path[t]])
        }
    }
    return path
}

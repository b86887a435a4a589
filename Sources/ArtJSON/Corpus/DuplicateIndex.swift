/// The distinct documents seen so far, indexed for near-duplicate lookup by
/// locality-sensitive hashing: the 64 MinHash values form 21 bands of 3
/// (the last value only sharpens the similarity). Two texts of Jaccard
/// similarity J share at least one band with probability 1 - (1 - J³)²¹:
/// 0.94 at 0.5, 0.99 at 0.6, 0.28 at 0.25, and 0.02 at 0.1, the similarity of
/// two different stories on one topic. Candidates are then compared value by
/// value, so a band match alone never marks a copy.
///
/// Only documents that are not copies are added: memory grows with the
/// number of distinct documents, not with the stream. Per document it holds
/// the 64 values (128 bytes), the id's JSON text, and one 32-bit band key per
/// band in a dictionary (about 14 bytes each). When two distinct documents
/// share a band key the first keeps it; the second is still found through
/// its other bands.
struct DuplicateIndex {
    static let rows = 3
    static let bands = MinHash.count / rows

    private var signatures: [UInt16] = []
    private var idBytes: [UInt8] = []
    private var idEnds: [Int] = []
    private var bandOwners: [UInt32: UInt32] = [:]

    var documents: Int { idEnds.count }

    /// The earliest most similar document at `threshold` or above, as its
    /// id's JSON text and the similarity.
    func nearest(_ signature: MinHash, threshold: Double) -> (id: ArraySlice<UInt8>, similarity: Double)? {
        var best: (doc: Int, similarity: Double)?
        for key in Self.bandKeys(signature) {
            guard let owner = bandOwners[key] else { continue }
            let doc = Int(owner)
            let start = doc * MinHash.count
            let s = signature.similarity(signatures[start..<(start + MinHash.count)])
            if s >= threshold, best.map({ s > $0.similarity || (s == $0.similarity && doc < $0.doc) }) ?? true {
                best = (doc, s)
            }
        }
        return best.map { (id(of: $0.doc), $0.similarity) }
    }

    /// Adds a distinct document under `id` (JSON text).
    mutating func add(_ signature: MinHash, id: some Collection<UInt8>) {
        let doc = UInt32(documents)
        signatures.append(contentsOf: signature.values)
        idBytes.append(contentsOf: id)
        idEnds.append(idBytes.count)
        for key in Self.bandKeys(signature) where bandOwners[key] == nil { bandOwners[key] = doc }
    }

    private func id(of doc: Int) -> ArraySlice<UInt8> {
        idBytes[(doc == 0 ? 0 : idEnds[doc - 1])..<idEnds[doc]]
    }

    /// One key per band: its values and its number, hashed to 32 bits (a
    /// chance collision only adds a candidate to compare).
    static func bandKeys(_ signature: MinHash) -> [UInt32] {
        (0..<bands).map { band in
            var x = UInt64(band) << 48
            for (row, v) in signature.values[(band * rows)..<((band + 1) * rows)].enumerated() {
                x |= UInt64(v) << (16 * row)
            }
            return UInt32(truncatingIfNeeded: Hashing.mix(x))
        }
    }
}

import ArtCore

/// `--fingerprint` and `--duplicates`: adds each text's `fingerprint`, and
/// marks a record whose text is a near-copy of an earlier record's with
/// `duplicate_of` (that record's `id`) and `similarity`.
///
/// A record without `id` is named by its place in the input, the string
/// `"FILE:LINE"` that `--lines --id` would give it. A record that is not a
/// copy loses the marks an earlier run left; copies are not indexed, so a
/// copy of a copy points at the first of them.
struct DuplicateMarker {
    static let defaultThreshold = 0.5

    let addFingerprint: Bool
    let markDuplicates: Bool
    let threshold: Double
    private var index = DuplicateIndex()

    init(addFingerprint: Bool, markDuplicates: Bool, threshold: Double) {
        self.addFingerprint = addFingerprint
        self.markDuplicates = markDuplicates
        self.threshold = threshold
    }

    var isActive: Bool { addFingerprint || markDuplicates }

    /// The record with its fingerprint and marks.
    mutating func mark(_ record: Record, at line: LineReference) -> Record {
        var update = RecordUpdate()
        let signature = signature(of: record, update: &update)
        if markDuplicates {
            markCopy(record, signature, at: line, &update)
        }
        if update.isEmpty { return record }
        return try! Record(validating: record.applying(update))
    }

    /// The record's fingerprint: computed with `--fingerprint`, else read,
    /// else computed from `text` (nil when there are no words).
    private func signature(of record: Record, update: inout RecordUpdate) -> MinHash? {
        if addFingerprint {
            guard let text = record.scalars("text") else { return nil }
            guard let signature = MinHash(text: text) else {
                if record.has("fingerprint") { update.remove("fingerprint") }
                return nil
            }
            update.set("fingerprint", .string(signature.hex))
            return signature
        }
        if let hex = record.stringBytes("fingerprint"), let signature = MinHash(hex: hex) { return signature }
        return record.scalars("text").flatMap { MinHash(text: $0) }
    }

    private mutating func markCopy(_ record: Record, _ signature: MinHash?, at line: LineReference, _ update: inout RecordUpdate) {
        if let signature, let original = index.nearest(signature, threshold: threshold) {
            update.set("duplicate_of", encodedJSON: Array(original.id))
            update.set("similarity", encodedJSON: JSONValue.double((original.similarity * 100).rounded() / 100).jsonBytes)
            return
        }
        for key in ["duplicate_of", "similarity"] where record.has(key) { update.remove(key) }
        guard let signature else { return }
        if let id = record.rawValue("id") {
            index.add(signature, id: id)
        } else {
            var writer = JSONWriter(capacity: 32)
            writer.writeString(line.description)
            index.add(signature, id: writer.bytes)
        }
    }
}

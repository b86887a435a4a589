import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct DuplicateMarkerTests {
    let here = LineReference(file: "in.jsonl", line: 1)

    func text(_ r: Record) -> String { String(decoding: r.bytes, as: UTF8.self) }

    @Test func marksACopyWithTheEarlierIdOrItsPlace() throws {
        var marker = DuplicateMarker(addFingerprint: false, markDuplicates: true, threshold: 0.5)
        let words = "the port closed for two days while the storm passed over the coast"
        _ = marker.mark(try Record(validating: #"{"text":"\#(words)"}"#), at: LineReference(file: "in.jsonl", line: 4))
        let copy = marker.mark(try Record(validating: #"{"id":9,"text":"\#(words)."}"#), at: here)
        #expect(text(copy) == #"{"id":9,"text":"\#(words).","duplicate_of":"in.jsonl:4","similarity":1}"#)
    }

    @Test func removesOldMarksAndFingerprintsOfTextsWithoutWords() throws {
        var marker = DuplicateMarker(addFingerprint: true, markDuplicates: true, threshold: 0.5)
        let r = marker.mark(try Record(validating: #"{"id":1,"text":"…","fingerprint":"x","duplicate_of":0,"similarity":1}"#), at: here)
        #expect(text(r) == #"{"id":1,"text":"…"}"#)
    }

    @Test func aRecordWithoutTextIsLeftAlone() throws {
        var marker = DuplicateMarker(addFingerprint: true, markDuplicates: true, threshold: 0.5)
        let r = try Record(validating: #"{"id":1,"url":"https://example.org/"}"#)
        #expect(text(marker.mark(r, at: here)) == text(r))
    }
}

import Testing

@testable import ArtCore

@Suite("Record fields")
struct RecordTests {
    @Test func stringBytesDecodeEveryEscape() throws {
        let line = #"{"a":"plain","b":"tab\tnew\nq\"s\\l\/é\u00e9\ud83d\ude00 end","c":5,"d":"\u0041"}"#
        let record = try Record(validating: Array(line.utf8))
        for key in ["a", "b", "d"] {
            #expect(record.stringBytes(key) == Array(record.string(key)!.utf8), "\(key)")
        }
        #expect(record.string("b") == "tab\tnew\nq\"s\\l/éé😀 end")
        #expect(record.stringBytes("c") == nil)
        #expect(record.stringBytes("missing") == nil)
    }

    @Test func readsFieldsWithoutDecodingOthers() throws {
        let r = try Record(validating: #"{"id":"x1","text":"Caf\u00e9 \ud83d\ude00","n":12,"sentences":[{"start":0,"end":4}]}"#)
        #expect(r.keys == ["id", "text", "n", "sentences"])
        #expect(r.string("text") == "Café 😀")
        #expect(r.string("n") == nil)
        #expect(r.value("n")?.intValue == 12)
        #expect(r.value("sentences") == .array([.object(["start": 0, "end": 4])]))
        #expect(r.has("id") && !r.has("html"))
        #expect(String(decoding: r.rawValue("n")!, as: UTF8.self) == "12")
    }

    @Test func scalarsDecodeEveryEscapeLikeTheStringDecoder() throws {
        let line =
            #"{"a":"plain","b":"tab\tnew\nq\"s\\l\/é\u00e9\ud83d\ude00 end\b\f\r","c":5,"d":"\u0041","e":"","#
            + #""f":"日本語 😀 e\u0301 \u2028 x"}"#
        let record = try Record(validating: Array(line.utf8))
        for key in ["a", "b", "d", "e", "f"] {
            #expect(record.scalars(key) == Array(record.string(key)!.unicodeScalars), "\(key)")
        }
        #expect(record.scalars("c") == nil)
        #expect(record.scalars("missing") == nil)
    }

    @Test func scalarsOfEveryLengthOfUTF8() throws {
        // One-, two-, three- and four-byte sequences, at the edges of each length.
        let text = "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"
        let record = try Record(validating: #"{"t":""# + text + #""}"#)
        #expect(record.scalars("t") == Array(text.unicodeScalars))
    }
}

import Testing

@testable import ArtCore

@Suite("Record updates: splicing into the original bytes")
struct RecordUpdateTests {
    @Test func unchangedIsByteIdentical() throws {
        let line = #"{ "b" : 1 ,  "a":[ 1, 2 ], "s":"\u00e9" }"#
        let r = try Record(validating: line)
        #expect(String(decoding: r.applying(.unchanged), as: UTF8.self) == line)
    }

    @Test func replaceKeepsPositionAndAppendGoesLast() throws {
        let r = try Record(validating: #"{"id":1, "sentences":[], "text":"Hi."}"#)
        var u = RecordUpdate()
        u.set("sentences", .array([TextSpan(start: 0, end: 3).json]))
        u.set("lang", "en")
        #expect(String(decoding: r.applying(u), as: UTF8.self)
            == #"{"id":1, "sentences":[{"start":0,"end":3}], "text":"Hi.","lang":"en"}"#)
    }

    @Test func addToEmptyObject() throws {
        var u = RecordUpdate()
        u.set("a", 1)
        #expect(String(decoding: try Record(validating: "{ }").applying(u), as: UTF8.self) == #"{ "a":1}"#)
    }

    @Test func removeFields() throws {
        let r = try Record(validating: #"{"a":1,"html":"<p>x</p>","b":2}"#)
        var u = RecordUpdate()
        u.remove("html")
        #expect(String(decoding: r.applying(u), as: UTF8.self) == #"{"a":1,"b":2}"#)
        var all = RecordUpdate()
        all.remove("a")
        all.remove("html")
        all.remove("b")
        #expect(String(decoding: r.applying(all), as: UTF8.self) == "{}")
        var last = RecordUpdate()
        last.remove("b")
        last.set("c", "x")
        #expect(String(decoding: r.applying(last), as: UTF8.self) == #"{"a":1,"html":"<p>x</p>","c":"x"}"#)
    }

    @Test func errorsAreAppended() throws {
        var u = RecordUpdate()
        u.fail(tool: "art-fetch", kind: "timeout", message: "no answer in 30 s")
        let fresh = try Record(validating: #"{"url":"http://x"}"#).applying(u)
        #expect(String(decoding: fresh, as: UTF8.self)
            == #"{"url":"http://x","errors":[{"tool":"art-fetch","kind":"timeout","message":"no answer in 30 s"}]}"#)
        let again = try Record(validating: fresh).applying(u)
        #expect(try Record(validating: again).errors.count == 2)
    }

    @Test func encodedValuesAreWrittenVerbatim() throws {
        let r = try Record(validating: #"{"text":"a","sentences":[]}"#)
        var u = RecordUpdate()
        u.set("sentences", encodedJSON: Array(#"[{"start":0,"end":1}]"#.utf8))
        u.set("n", encodedJSON: Array("2".utf8))
        #expect(String(decoding: r.applying(u), as: UTF8.self) == #"{"text":"a","sentences":[{"start":0,"end":1}],"n":2}"#)
        u.set("n", 3)
        #expect(String(decoding: r.applying(u), as: UTF8.self) == #"{"text":"a","sentences":[{"start":0,"end":1}],"n":3}"#)
    }

    @Test func runningTwiceReplacesInsteadOfDuplicating() throws {
        var u = RecordUpdate()
        u.set("x", .array([1, 2]))
        let once = try Record(validating: #"{"t":"a"}"#).applying(u)
        let twice = try Record(validating: once).applying(u)
        #expect(once == twice)
    }
}

import Testing

@testable import ArtCore

@Suite("JSON scanning and validation")
struct JSONScannerTests {
    func reason(_ line: String) -> String? {
        do {
            _ = try Record(validating: line)
            return nil
        } catch {
            return error.message
        }
    }

    func reason(bytes: [UInt8]) -> String? {
        do {
            _ = try Record(validating: bytes)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func acceptsObjects() throws {
        for line in [
            #"{}"#, #"  { }  "#, #"{"a":1}"#, #"{"a":[1,2,{"b":null}],"c":"x\"y","d":true,"e":false}"#,
            #"{"n":-0.5e+10,"m":0,"k":1E3}"#, #"{"s":"\u00e9\ud83d\ude00\n\t\\\/"}"#, #"{"a":{"b":{"c":[[[]]]}}}"#,
            "{\"é\":\"日本語 😀\"}",
        ] {
            #expect(reason(line) == nil, "\(line)")
        }
    }

    @Test func rejectsWhatIsNotOneObject() {
        #expect(reason("[1,2]")!.contains("not a JSON object"))
        #expect(reason("42")!.contains("not a JSON object"))
        #expect(reason(#""text""#)!.contains("not a JSON object"))
        #expect(reason("null")!.contains("not a JSON object"))
        #expect(reason("not json")!.hasPrefix("not JSON"))
        #expect(reason(#"{"a":1"#) != nil)
        #expect(reason(#"{"a":1} x"#)!.contains("trailing"))
        #expect(reason(#"{"a":1}{"b":2}"#)!.contains("trailing"))
        #expect(reason(#"{"a":01}"#) != nil)
        #expect(reason(#"{"a":1.}"#) != nil)
        #expect(reason(#"{"a":-}"#) != nil)
        #expect(reason(#"{"a":tru}"#) != nil)
        #expect(reason(#"{a:1}"#) != nil)
        #expect(reason(#"{"a":1,}"#) != nil)
        #expect(reason(#"{"a":[1,]}"#) != nil)
        #expect(reason(#"{"a":"\x"}"#)!.contains("escape"))
    }

    @Test func rejectsBadStrings() {
        #expect(reason(#"{"a":"\ud800"}"#)!.contains("lone surrogate"))
        #expect(reason(#"{"a":"\udc00\ud800"}"#)!.contains("lone surrogate"))
        #expect(reason(#"{"a":"\ud800\u0041"}"#)!.contains("lone surrogate"))
        #expect(reason(bytes: Array(#"{"a":"x"#.utf8) + [0xFF] + Array(#""}"#.utf8))!.contains("UTF-8"))
        #expect(reason(bytes: Array(#"{"a":""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8))!.contains("UTF-8"))  // overlong
        #expect(reason(bytes: Array(#"{"a":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8))!.contains("UTF-8"))  // surrogate
        #expect(reason(bytes: Array(#"{"a":"x"#.utf8) + [0x00] + Array(#""}"#.utf8))!.contains("NUL"))
        #expect(reason(bytes: Array(#"{"a":"x"#.utf8) + [0x0A] + Array(#""}"#.utf8))!.contains("control"))
        #expect(reason(bytes: Array(#"{"a":"x"#.utf8) + [0xE2, 0x82] + Array(#""}"#.utf8))!.contains("UTF-8"))  // truncated
    }

    @Test func nestingIsLimitedWithoutRecursion() {
        let deep = "{\"a\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        #expect(reason(deep)!.contains("nesting deeper"))
        let ok = "{\"a\":" + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "}"
        #expect(reason(ok) == nil)
        #expect(reason(String(repeating: "[", count: 100_000)) != nil)
    }

    @Test func duplicateKeysAreRejected() {
        #expect(reason(#"{"a":1,"b":2,"a":3}"#)!.contains("duplicate key \"a\""))
        #expect(reason(#"{"a":1,"\u0061":3}"#)!.contains("duplicate key"))
        #expect(reason(#"{"x":{"a":1,"a":2}}"#) == nil)  // nested objects are not checked
    }

    @Test func longStringsScanAcrossWordBoundaries() {
        for n in 0..<20 {
            let s = String(repeating: "a", count: n) + "é\\\"" + String(repeating: "b", count: n)
            let line = "{\"k\":\"" + s + "\"}"
            #expect(reason(line) == nil)
            #expect(try! Record(validating: line).string("k") == String(repeating: "a", count: n) + "é\"" + String(repeating: "b", count: n))
        }
    }
}

@Suite("Record fields and splicing")
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

@Suite("JSON encoding")
struct JSONWriterTests {
    @Test func escapesOnlyWhatMustBe() {
        let v: JSONValue = .string("a\"b\\c\n\t\u{01}é😀/")
        #expect(v.jsonText == #""a\"b\\c\n\t\u0001é😀/""#)
    }

    @Test func roundTrip() throws {
        let values: [JSONValue] = [
            .null, true, 12, .number("-1.5e3"), "x\u{0}y", ["a", [1, [2]], .object(["k": "v", "é": .null])],
            .string(String(repeating: "日本", count: 1000)),
        ]
        for v in values {
            #expect(try JSONValue(parsing: v.jsonText) == v)
        }
    }

    @Test func numbersKeepTheirText() throws {
        let v = try JSONValue(parsing: #"[1.50, 1e2, -0]"#)
        #expect(v.jsonText == "[1.50,1e2,-0]")
    }
}

@Suite("Scalar offsets")
struct ScalarOffsetTests {
    @Test func convertsBothWays() {
        let text = "a😀é中\u{301}b"
        var c = ScalarOffsetConverter(text)
        // a(1) 😀(4) é(2) 中(3) U+0301(2) b(1)
        let bytes = [0, 1, 5, 7, 10, 12, 13]
        for (scalar, byte) in bytes.enumerated() {
            #expect(c.scalarOffset(utf8: byte) == scalar)
            #expect(c.utf8Offset(scalar: scalar) == byte)
        }
        // Backwards too.
        #expect(c.scalarOffset(utf8: 5) == 2)
        #expect(c.scalarOffset(utf8: 0) == 0)
        // UTF-16: 😀 is two units.
        #expect(c.utf16Offset(scalar: 2) == 3)
        #expect(c.scalarOffset(utf16: 3) == 2)
        #expect(c.scalarOffset(utf16: 7) == 6)
        // Inside a scalar rounds down.
        #expect(c.scalarOffset(utf8: 3) == 1)
    }

    @Test func slicesByScalars() {
        let text = "e\u{301}😀 Kyiv’s"
        #expect(text.slice(TextSpan(start: 0, end: 2)) == "e\u{301}")
        #expect(text.slice(TextSpan(start: 4, end: 8)) == "Kyiv")
        #expect(Array(text.unicodeScalars).string(TextSpan(start: 2, end: 3)) == "😀")
        #expect(text.scalarCount == 10)
    }
}

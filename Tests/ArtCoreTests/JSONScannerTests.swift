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

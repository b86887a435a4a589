import Testing

@testable import ArtCore

@Suite("JSON values")
struct JSONValueTests {
    @Test func accessorsAnswerOnlyForTheirType() {
        let v: JSONValue = .object(["s": "x", "n": 3, "b": true, "a": [1], "z": nil])
        #expect(v["s"]?.stringValue == "x" && v["s"]?.intValue == nil)
        #expect(v["n"]?.intValue == 3 && v["n"]?.doubleValue == 3)
        #expect(v["b"]?.boolValue == true && v["a"]?.arrayValue == [1] && v["z"]?.isNull == true)
        #expect(v["missing"] == nil && JSONValue.string("x")["k"] == nil)
        #expect(v.objectValue?.map(\.key) == ["s", "n", "b", "a", "z"])
        #expect([JSONValue.null, true, 1, "s", [], .object([:])].map(\.typeName)
            == ["null", "boolean", "number", "string", "array", "object"])
    }

    @Test func numbersCompareByValue() {
        #expect(JSONValue.number("1.0") == .number("1"))
        #expect(JSONValue.double(2) == .number("2") && JSONValue.double(.nan) == .null)
        #expect(JSONValue.double(0.5).jsonText == "0.5")
    }

    @Test func settingReplacesInPlaceOrAppends() {
        let v: JSONValue = .object(["a": 1, "b": 2])
        #expect(v.setting("a", to: 9) == .object(["a": 9, "b": 2]))
        #expect(v.setting("c", to: 3).objectValue?.map(\.key) == ["a", "b", "c"])
    }

    @Test func parsingRejectsWhatIsNotOneValue() throws {
        #expect(throws: JSONSyntaxError.self) { try JSONValue(parsing: "") }
        #expect(throws: JSONSyntaxError.self) { try JSONValue(parsing: "1 2") }
        #expect(try JSONValue(parsing: " [true] ") == [true])
    }
}

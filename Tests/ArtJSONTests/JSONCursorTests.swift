import Testing

@testable import ArtJSON

@Suite struct JSONCursorTests {
    @Test func walksElementsAndMembersOfValidJSON() {
        let json = Array(#"[ {"a": "x\"y", "b": [1, {"c": null}], "d": -1.5e3}, 7 , "s" ]"#.utf8)
        var keys: [String] = []
        var elements = 0
        json.withUnsafeBufferPointer { buffer in
            let cursor = JSONCursor(base: buffer)
            cursor.forEachElement(0) { e in
                elements += 1
                return cursor.forEachMember(e) { key, _ in keys.append(String(decoding: key, as: UTF8.self)) }
            }
            #expect(cursor.withString(8) { String(decoding: $0, as: UTF8.self) } == #"x"y"#)
            #expect(cursor.withString(1) { _ in 0 } == nil)
        }
        #expect(elements == 3)
        #expect(keys == ["a", "b", "d"])
    }

    @Test func countsCodePointsAsEscapesStandFor() {
        for (literal, count) in [(#""""#, 0), (#""héllo""#, 5), (#""a\nb""#, 3), (#""\u00e9\ud83d\ude00x""#, 3), (#""😀\\""#, 2)] {
            let n = Array(literal.utf8).withUnsafeBufferPointer { JSONCursor.codePoints(ofLiteral: $0) }
            #expect(n == count, "\(literal)")
        }
    }
}

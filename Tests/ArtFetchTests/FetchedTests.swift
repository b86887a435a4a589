import Testing

@testable import ArtFetch

@Suite struct FetchedTests {
    @Test func binaryIsToldFromTextByItsReplacementsAndNULs() {
        #expect(!Outcome.tooManyReplacements(""))
        #expect(!Outcome.tooManyReplacements("Plain text with one \u{FFFD} and a NUL \u{0}."))
        #expect(Outcome.tooManyReplacements(String(repeating: "\u{FFFD}a", count: 40)))
        #expect(Outcome.tooManyReplacements(String(repeating: "\u{0}ab", count: 40)))
        // A quarter is the line: 20 bad in 300 bytes is text.
        #expect(!Outcome.tooManyReplacements(String(repeating: "\u{0}", count: 20) + String(repeating: "x", count: 280)))
        // U+FFFD cut short at the end is not counted.
        #expect(!Outcome.tooManyReplacements(String(repeating: "é", count: 10)))
    }
}

import ArgumentParser
import Testing

@testable import ArtCLI

@Suite("The --jobs option")
struct JobsOptionTests {
    @Test func boundsAreChecked() throws {
        #expect(try JobsOption.parse([]).jobs == 1)
        #expect(try JobsOption.parse(["-j", "4"]).jobs == 4)
        #expect(try JobsOption.parse(["--jobs", "256"]).jobs == 256)
        #expect(throws: (any Error).self) { try JobsOption.parse(["-j", "0"]) }
        #expect(throws: (any Error).self) { try JobsOption.parse(["-j", "257"]) }
    }
}

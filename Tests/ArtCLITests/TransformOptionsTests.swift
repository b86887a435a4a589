import ArgumentParser
import ArtCore
import Testing

@testable import ArtCLI

@Suite("The options of the annotating filters")
struct TransformOptionsTests {
    @Test func jobsBoundsAreChecked() throws {
        #expect(try TransformOptions.parse([]).jobs == 1)
        #expect(try TransformOptions.parse(["-j", "4"]).jobs == 4)
        #expect(try TransformOptions.parse(["--jobs", "256"]).jobs == 256)
        #expect(throws: (any Error).self) { try TransformOptions.parse(["-j", "0"]) }
        #expect(throws: (any Error).self) { try TransformOptions.parse(["-j", "257"]) }
    }

    @Test func recordLimitReachesTheRunner() throws {
        var options = RunnerOptions(tool: "art-test")
        try TransformOptions.parse(["-j", "2", "--max-record-bytes", "1000"]).apply(to: &options)
        #expect(options.jobs == 2 && options.maxRecordBytes == 1000)
        try TransformOptions.parse([]).apply(to: &options)
        #expect(options.maxRecordBytes == 256 << 20)
        #expect(throws: (any Error).self) { try TransformOptions.parse(["--max-record-bytes", "0"]) }
    }
}

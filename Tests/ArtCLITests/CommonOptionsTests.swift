import ArgumentParser
import Testing

@testable import ArtCLI
@testable import ArtCore

@Suite("Shared options")
struct CommonOptionsTests {
    @Test func defaults() throws {
        let options = try CommonOptions.parse([]).runnerOptions(tool: "art-x")
        #expect(options.tool == "art-x")
        #expect(options.inputs.isEmpty)
        #expect(options.onError == .skip)
        #expect(options.rejectPath == nil)
        #expect(options.maxLineBytes == 1 << 30)
        #expect(!options.quiet && !options.verbose && !options.progress)
    }

    @Test func everyOptionReachesTheRunner() throws {
        let parsed = try CommonOptions.parse([
            "a.jsonl", "-", "--on-error", "fail", "--reject", "bad.txt", "--max-line-bytes", "4096", "-q", "-v",
            "--progress",
        ])
        let options = parsed.runnerOptions(tool: "art-x")
        #expect(options.inputs == ["a.jsonl", "-"])
        #expect(options.onError == .fail)
        #expect(options.rejectPath == "bad.txt")
        #expect(options.maxLineBytes == 4096)
        #expect(options.quiet && options.verbose && options.progress)
    }

    @Test func progressDefaultCanBeTurnedOff() throws {
        #expect(try CommonOptions.parse([]).runnerOptions(tool: "t", progressByDefault: true).progress)
        #expect(!(try CommonOptions.parse(["--no-progress"]).runnerOptions(tool: "t", progressByDefault: true).progress))
    }

    @Test func badValuesAreUsageErrors() throws {
        #expect(throws: (any Error).self) { try CommonOptions.parse(["--on-error", "sometimes"]) }
        #expect(throws: (any Error).self) { try CommonOptions.parse(["--max-line-bytes", "0"]) }
    }
}

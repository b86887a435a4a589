import ArgumentParser
import ArtCore
import Testing

@testable import ArtCLI

/// A filter that only says how it was asked to end.
struct ExitsAsTold: FilterCommand {
    static let configuration = CommandConfiguration(commandName: "art-told", version: versionString("art-told"))

    @Option var status: Int32 = 0

    mutating func execute() -> ArtCore.ExitStatus { ArtCore.ExitStatus(rawValue: status) ?? .failure }
}

@Suite("Filter commands")
struct FilterCommandTests {
    @Test func theFilterDecidesTheStatus() {
        #expect(ExitsAsTold.exitStatus(arguments: []) == 0)
        #expect(ExitsAsTold.exitStatus(arguments: ["--status", "1"]) == 1)
        #expect(ExitsAsTold.exitStatus(arguments: ["--status", "3"]) == 3)
    }

    @Test func usageErrorsExitTwo() {
        #expect(ExitsAsTold.exitStatus(arguments: ["--no-such-option"]) == 2)
        #expect(ExitsAsTold.exitStatus(arguments: ["--status", "many"]) == 2)
    }

    @Test func helpAndVersionExitZero() {
        #expect(ExitsAsTold.exitStatus(arguments: ["--help"]) == 0)
        #expect(ExitsAsTold.exitStatus(arguments: ["--version"]) == 0)
    }

    @Test func versionLine() {
        #expect(versionString("art-strip") == "art-strip \(artVersion)")
    }
}

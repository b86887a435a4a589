import Testing

@testable import ArtCore

@Suite("Platform shim")
struct PlatformTests {
    @Test func executablePathIsAnAbsolutePathThatExists() throws {
        let path = try #require(Platform.executablePath())
        #expect(path.hasPrefix("/"))
        #expect(access(path, X_OK) == 0)
    }

    @Test func environment() {
        setenv("ART_PLATFORM_TEST", "x=1", 1)
        defer { unsetenv("ART_PLATFORM_TEST") }
        #expect(Platform.environment("ART_PLATFORM_TEST") == "x=1")
        #expect(Platform.environment("ART_PLATFORM_TEST_UNSET") == nil)
    }

    @Test func aFileIsNotATerminal() {
        let path = temporaryFile(Array("abc".utf8))
        defer { unlink(path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        #expect(!Platform.isTerminal(fd))
        var buffer = [UInt8](repeating: 0, count: 8)
        #expect(buffer.withUnsafeMutableBytes { Platform.read(fd, $0.baseAddress, $0.count) } == 3)
    }
}

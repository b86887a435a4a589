import Testing

@testable import ArtCore

/// The suites that read input share the process's interrupt flag, which one
/// of them sets: they run one at a time.
@Suite(.serialized) struct ReadingInput {}

/// A temporary file with `bytes`, removed when the test ends.
func temporaryFile(_ bytes: [UInt8]) -> String {
    var template = Array("/tmp/art-test-XXXXXX".utf8CString)
    let fd = mkstemp(&template)
    precondition(fd >= 0)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    return String(cString: template)
}

/// A temporary file's contents.
func contents(_ path: String) -> String {
    var bytes: [UInt8] = []
    let fd = open(path, O_RDONLY)
    precondition(fd >= 0)
    defer { close(fd) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { Platform.read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        bytes += chunk[..<n]
    }
    return String(decoding: bytes, as: UTF8.self)
}

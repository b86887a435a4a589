/// Finds the data files the filters read at run time (the entity model, the
/// language data under `lang/`), by a name relative to the data directory:
/// `entities.model`, `lang/en/abbreviations.txt`.
///
/// The places, in order (art(7), ENVIRONMENT):
/// 1. `$ART_DATA_DIR`, when set;
/// 2. the installed data directory, found from the running executable
///    (`<bindir>/../share/art` for the default layout; see `InstallLayout`),
///    so that a relocated prefix still works;
/// 3. the `data/` folder of the source tree the executable was built in
///    (for `swift build` and `swift test` in a checkout).
public struct ResourceLocator: Sendable {
    /// The data directories to search, in order.
    public let directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    /// The standard places for this process.
    public static let standard = ResourceLocator(
        environment: Platform.environment("ART_DATA_DIR"), executable: Platform.executablePath())

    /// The places for a process run from `executable` with `ART_DATA_DIR`
    /// set to `environment`.
    public init(environment: String?, executable: String?) {
        var places: [String] = []
        if let environment, !environment.isEmpty { places.append(environment) }
        if let executable, let bin = parentDirectory(of: executable) {
            places.append(normalizedPath(bin + "/" + InstallLayout.dataDirectoryFromBin))
            if let tree = sourceTree(above: bin) { places.append(tree + "/data") }
        }
        self.init(directories: places)
    }

    /// The path of the readable file `name` in the first directory that has it.
    public func locate(_ name: String) throws(ResourceNotFound) -> String {
        for directory in directories {
            let path = directory + "/" + name
            if access(path, R_OK) == 0 { return path }
        }
        throw ResourceNotFound(name: name, places: directories)
    }
}

/// A data file that is in none of the places looked.
public struct ResourceNotFound: Error, Sendable, CustomStringConvertible {
    public var name: String
    public var places: [String]

    public var description: String {
        let looked = places.isEmpty ? "nowhere (no ART_DATA_DIR, no executable path)" : places.joined(separator: ", ")
        return "cannot find the data file \(name): looked in \(looked) (set ART_DATA_DIR to the folder that holds it)"
    }
}

func parentDirectory(of path: String) -> String? {
    guard let slash = path.lastIndex(of: "/") else { return nil }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}

/// `path` with `.` and `..` components folded (textually: `bin/../share`
/// becomes `share`), so that diagnostics name a plain path.
func normalizedPath(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
        if part == "." { continue }
        if part == "..", let last = parts.last, last != ".." {
            parts.removeLast()
        } else {
            parts.append(part)
        }
    }
    return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
}

/// The checkout that holds `directory` (a build folder such as
/// `<tree>/.build/x86_64-unknown-linux-gnu/debug`): the nearest ancestor
/// with both `Package.swift` and `data/`.
func sourceTree(above directory: String) -> String? {
    var current = directory
    for _ in 0..<6 {
        guard let parent = parentDirectory(of: current), parent != current else { return nil }
        current = parent
        if access(current + "/Package.swift", R_OK) == 0 && access(current + "/data", X_OK) == 0 {
            return current
        }
    }
    return nil
}

extension ResourceLocator {
    /// The bytes of the data file `name`, from the first place that has it.
    public func contents(of name: String) throws(ResourceError) -> [UInt8] {
        let path: String
        do { path = try locate(name) } catch { throw .notFound(error) }
        return try readDataFile(path)
    }
}

/// Why a data file could not be had.
public enum ResourceError: Error, Sendable, CustomStringConvertible {
    case notFound(ResourceNotFound)
    case unreadable(path: String, reason: String)
    case malformed(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .notFound(let missing): missing.description
        case .unreadable(let path, let reason): "cannot read the data file \(path): \(reason)"
        case .malformed(let path, let line, let reason): "\(path):\(line): \(reason)"
        }
    }
}

/// The whole content of the data file at `path`.
public func readDataFile(_ path: String) throws(ResourceError) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .unreadable(path: path, reason: errnoDescription()) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    // The chunk is read into, never cleared first.
    let failure: Int32? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { chunk in
        while true {
            let n = read(fd, chunk.baseAddress, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return nil }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<n]))
        }
    }
    if let failure { throw .unreadable(path: path, reason: errnoDescription(failure)) }
    return bytes
}

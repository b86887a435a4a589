import ArtCore

/// Memory for the model's tables, never changed once filled: allocated
/// (cache-line aligned; a large block asks for huge pages, since the tables
/// are read at random) or a read-only mapping of a file.
final class TableMemory: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let size: Int
    private let isMapping: Bool

    init(size: Int) {
        let huge = 2 << 20
        let alignment = size >= huge ? huge : 64
        let rounded = (max(size, 1) + alignment - 1) / alignment * alignment
        var p: UnsafeMutableRawPointer? = nil
        guard posix_memalign(&p, alignment, rounded) == 0, let p else { fatalError("art-entities: out of memory") }
        #if os(Linux)
            if alignment == huge { _ = madvise(p, rounded, MADV_HUGEPAGE) }
        #endif
        self.base = p
        self.size = rounded
        self.isMapping = false
    }

    /// Zeroed memory, aligned as `init(size:)` aligns it. A large block is
    /// fresh pages from the kernel, which come zeroed: nothing writes them
    /// before the table does.
    init(zeroed size: Int) {
        let huge = 2 << 20
        let rounded = (max(size, 1) + huge - 1) / huge * huge
        guard size >= huge, let p = mmap(nil, rounded + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            p != MAP_FAILED
        else {
            let alignment = size >= huge ? huge : 64
            let rounded = (max(size, 1) + alignment - 1) / alignment * alignment
            var p: UnsafeMutableRawPointer? = nil
            guard posix_memalign(&p, alignment, rounded) == 0, let p else { fatalError("art-entities: out of memory") }
            memset(p, 0, rounded)
            self.base = p
            self.size = rounded
            self.isMapping = false
            return
        }
        // Keep the huge-page-aligned part of the mapping.
        let start = Int(bitPattern: p)
        let aligned = (start + huge - 1) / huge * huge
        if aligned > start { munmap(p, aligned - start) }
        let tail = start + rounded + huge - (aligned + rounded)
        if tail > 0 { munmap(UnsafeMutableRawPointer(bitPattern: aligned + rounded), tail) }
        let base = UnsafeMutableRawPointer(bitPattern: aligned)!
        #if os(Linux)
            _ = madvise(base, rounded, MADV_HUGEPAGE)
        #endif
        self.base = base
        self.size = rounded
        self.isMapping = true
    }

    /// Maps the first `size` bytes of an open file.
    init(mapping fd: Int32, size: Int) throws(FileError) {
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            throw FileError(reason: errnoDescription())
        }
        self.base = p
        self.size = size
        self.isMapping = true
    }

    deinit {
        if isMapping { munmap(base, size) } else { free(base) }
    }
}

/// A table file's bytes (a model, a gazetteer table): `count` bytes at
/// `offset` in `memory`.
struct FileImage {
    let memory: TableMemory
    let offset: Int
    let count: Int

    /// Room for a file's bytes, placed so that its byte `aligned` starts on a
    /// cache line (where the file's tables begin).
    init(count: Int, aligning aligned: Int) {
        let offset = (64 - aligned % 64) % 64
        self.init(memory: TableMemory(size: offset + count), offset: offset, count: count)
    }

    private init(memory: TableMemory, offset: Int, count: Int) {
        self.memory = memory
        self.offset = offset
        self.count = count
    }

    /// The bytes of `bytes`, placed as `init(count:aligning:)` places them.
    init(bytes: [UInt8], aligning aligned: Int) {
        self.init(count: bytes.count, aligning: aligned)
        memory.base.advanced(by: offset).copyMemory(from: bytes, byteCount: bytes.count)
    }

    /// A plain file is mapped (page-aligned); anything else is read whole.
    init(path: String, aligning aligned: Int) throws(FileError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(reason: errnoDescription()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw FileError(reason: errnoDescription()) }
        if st.st_mode & S_IFMT == S_IFREG && st.st_size > 0 {
            self.init(memory: try TableMemory(mapping: fd, size: Int(st.st_size)), offset: 0, count: Int(st.st_size))
        } else {
            // Not a plain file (a pipe, a device), or empty: read it to its end.
            self.init(bytes: try readWholeFile(path), aligning: aligned)
        }
    }

    /// A little-endian integer at byte `at` of the file.
    func u32(at position: Int) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(memory.base + offset).loadUnaligned(fromByteOffset: position, as: UInt32.self))
    }

    func u64(at position: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(memory.base + offset).loadUnaligned(fromByteOffset: position, as: UInt64.self))
    }

    /// Whether the file starts with `magic`.
    func starts(with magic: [UInt8]) -> Bool {
        count >= magic.count && magic.indices.allSatisfy { memory.base.load(fromByteOffset: offset + $0, as: UInt8.self) == magic[$0] }
    }
}

/// Little-endian serialisation of a table file.
struct FileWriter {
    var bytes: [UInt8]
    init(magic: [UInt8]) { bytes = magic }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
}

public struct FileError: Error {
    public var reason: String
}

/// The bytes of a file (one read).
public func readWholeFile(_ path: String) throws(FileError) -> [UInt8] {
    guard let f = fopen(path, "rb") else { throw FileError(reason: errnoDescription()) }
    defer { fclose(f) }
    var out: [UInt8] = []
    var st = stat()
    if fstat(fileno(f), &st) == 0, st.st_size > 0 {
        out = [UInt8](unsafeUninitializedCapacity: Int(st.st_size)) { buf, n in
            n = fread(buf.baseAddress, 1, Int(st.st_size), f)
        }
        if out.count == Int(st.st_size) { return out }
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    out = []
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n > 0 { out.append(contentsOf: chunk[0..<n]) }
        if n < chunk.count {
            if ferror(f) != 0 { throw FileError(reason: "read error") }
            break
        }
    }
    return out
}

/// Writes bytes to a file.
public func writeWholeFile(_ path: String, _ bytes: [UInt8]) throws(FileError) {
    guard let f = fopen(path, "wb") else { throw FileError(reason: errnoDescription()) }
    let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, bytes.count, f) }
    if fclose(f) != 0 || n != bytes.count { throw FileError(reason: "write error") }
}


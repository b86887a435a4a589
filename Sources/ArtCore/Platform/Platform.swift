// The one place that knows which C library this is.
//
// The POSIX calls the filters make (open, read, write, fstat, mmap, strerror,
// getenv...) have the same names and meanings in glibc, musl and Darwin's
// libc; what differs is the module that declares them and a few details
// (sigaction's handler field, how to find the running executable). So this
// file re-exports the C library to every module that imports ArtCore, and
// `Platform` wraps only what differs or would otherwise be spelled through a
// module name (`Glibc.exit`). No other file imports Glibc or Darwin.
//
// Linux (glibc) is what is built and tested; the Darwin branches follow
// Darwin's headers but have not been compiled here.
import CScan  // the allocator's settings (allocator.h)

#if canImport(Glibc)
    @_exported import Glibc
#elseif canImport(Musl)
    @_exported import Musl
#elseif canImport(Darwin)
    @_exported import Darwin
    import MachO  // _NSGetExecutablePath
#else
    #error("ArtCore's platform shim knows glibc, musl and Darwin only")
#endif

public enum Platform {
    /// Ends the process with `status` (art(7), EXIT STATUS).
    public static func exit(_ status: Int32) -> Never {
        #if canImport(Glibc)
            Glibc.exit(status)
        #elseif canImport(Musl)
            Musl.exit(status)
        #else
            Darwin.exit(status)
        #endif
    }

    /// The value of the environment variable `name`, if set.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Has the allocator keep the memory freed for the next allocations
    /// instead of handing it back to the kernel: with `-j`, each batch
    /// allocates and frees blocks of the same sizes (records, their
    /// output) again, and every page the kernel hands out anew costs a
    /// fault (on 1,000 records of 200 kB, art-sentences -j 2 took 65,000
    /// faults and more system time than user time). The settings are
    /// glibc's, made in C (`CScan/allocator.c`); elsewhere nothing is done.
    public static func keepFreedMemory() {
        art_keep_freed_memory()
    }

    /// Whether `fd` is a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) != 0
    }

    /// `read(2)`, named apart from the `read` methods of the caller's types.
    @inline(__always)
    public static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(fd, buffer, count)
        #elseif canImport(Musl)
            Musl.read(fd, buffer, count)
        #else
            Darwin.read(fd, buffer, count)
        #endif
    }

    /// The absolute path of the running executable, symbolic links resolved.
    public static func executablePath() -> String? {
        #if canImport(Darwin)
            var size: UInt32 = 0
            _ = _NSGetExecutablePath(nil, &size)
            var buffer = [CChar](repeating: 0, count: Int(size) + 1)
            guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
            guard let resolved = realpath(buffer, nil) else {
                return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            }
            defer { free(resolved) }
            return String(cString: resolved)
        #else
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
            let n = readlink("/proc/self/exe", &buffer, buffer.count)
            guard n > 0 else { return nil }
            return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #endif
    }

    /// Sets `handler` for `signal` (without SA_RESTART, so that a blocked
    /// read returns), unless the signal is ignored: a signal the parent set
    /// to be ignored (a background job, nohup) stays ignored.
    public static func handle(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) {
        var current = sigaction()
        sigaction(signal, nil, &current)
        #if canImport(Darwin)
            let installed = current.__sigaction_u.__sa_handler
        #elseif canImport(Musl)
            let installed = current.__sa_handler.sa_handler
        #else
            let installed = current.__sigaction_handler.sa_handler
        #endif
        if let installed, unsafeBitCast(installed, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { return }
        var action = sigaction()
        #if canImport(Darwin)
            action.__sigaction_u.__sa_handler = handler
        #elseif canImport(Musl)
            action.__sa_handler.sa_handler = handler
        #else
            action.__sigaction_handler.sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }

    /// Ends the process as SIGPIPE does by default, quietly: for a write to a
    /// closed pipe after a library (swift-nio) has set SIGPIPE to be ignored,
    /// so that `art-fetch URL | head` ends like any filter under `head`.
    public static func endOnBrokenPipe() -> Never {
        restoreDefault(SIGPIPE)
        _ = raise(SIGPIPE)
        exit(128 + SIGPIPE)
    }

    /// Restores the default action of `signal` (SIGPIPE: a closed pipe ends
    /// the process quietly, as `head` expects).
    public static func restoreDefault(_ signal: Int32) {
        #if canImport(Glibc)
            _ = Glibc.signal(signal, SIG_DFL)
        #elseif canImport(Musl)
            _ = Musl.signal(signal, SIG_DFL)
        #else
            _ = Darwin.signal(signal, SIG_DFL)
        #endif
    }
}

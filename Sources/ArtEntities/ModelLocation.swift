#if canImport(Glibc)
    import Glibc
#endif

/// The model's file name in `models/` and `<prefix>/share/art/`.
public let defaultModelName = "entities.model"

/// Finds the model file: `--model`, then `$ART_MODEL`, then
/// `<prefix>/share/art/` next to the executable's `bin/`, then the source tree.
/// An explicit path is returned even if missing (loading reports it).
public func locateModel(explicit: String?, environment: String?, sourceTree: String?) -> String? {
    if let explicit, !explicit.isEmpty { return explicit }
    if let environment, !environment.isEmpty { return environment }
    var candidates: [String] = []
    if let exe = executablePath(), let slash = exe.lastIndex(of: "/") {
        let bin = String(exe[..<slash])
        if let up = bin.lastIndex(of: "/") {
            candidates.append(String(bin[..<up]) + "/share/art/" + defaultModelName)
        }
    }
    if let sourceTree { candidates.append(sourceTree) }
    for c in candidates where access(c, R_OK) == 0 { return c }
    return nil
}

/// The running executable's path (`/proc/self/exe`).
func executablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return nil }
    buffer[n] = 0
    return String(cString: buffer)
}

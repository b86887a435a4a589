/// A link's address made absolute against the page's (RFC 3986, section 5.2).
enum LinkAddress {
    /// `reference` resolved against `base`; as it is when it is absolute or
    /// when there is no absolute base.
    static func resolve(_ reference: String, against base: String?) -> String {
        let ref = TextUtil.collapse(reference)
        guard scheme(of: ref) == nil, let base, let baseScheme = scheme(of: base) else { return ref }
        let afterScheme = base[base.index(base.startIndex, offsetBy: baseScheme.count + 1)...]
        if ref.hasPrefix("//") { return baseScheme + ":" + ref }
        // The base split into its origin (scheme and authority), path and query.
        var rest = afterScheme
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        var origin = baseScheme + ":"
        if rest.hasPrefix("//") {
            let authorityEnd = rest.dropFirst(2).firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            origin += rest[..<authorityEnd]
            rest = rest[authorityEnd...]
        }
        let queryStart = rest.firstIndex(of: "?") ?? rest.endIndex
        let basePath = rest[..<queryStart]
        if ref.isEmpty || ref.hasPrefix("#") { return origin + rest + ref }
        if ref.hasPrefix("?") { return origin + basePath + ref }
        let suffixStart = ref.firstIndex { $0 == "?" || $0 == "#" } ?? ref.endIndex
        let refPath = ref[..<suffixStart]
        let path: String
        if refPath.hasPrefix("/") {
            path = String(refPath)
        } else if let slash = basePath.lastIndex(of: "/") {
            path = String(basePath[...slash]) + refPath
        } else {
            path = "/" + refPath
        }
        return origin + withoutDotSegments(path) + ref[suffixStart...]
    }

    /// The scheme of an absolute address (`https` of `https://...`).
    static func scheme(of s: String) -> String? {
        guard let colon = s.firstIndex(of: ":"), colon > s.startIndex, s.first!.isASCII, s.first!.isLetter else {
            return nil
        }
        let name = s[..<colon]
        let valid = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
        return valid ? String(name) : nil
    }

    /// A path without its "." and ".." segments.
    static func withoutDotSegments(_ path: String) -> String {
        var out: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (k, segment) in segments.enumerated() {
            let last = k == segments.count - 1
            switch segment {
            case ".":
                if last { out.append("") }
            case "..":
                if out.count > 1 { out.removeLast() }
                if last { out.append("") }
            default:
                out.append(segment)
            }
        }
        return out.joined(separator: "/")
    }
}

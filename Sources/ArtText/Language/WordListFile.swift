import ArtCore

/// The format of the language data files (`data/lang/<code>/*.txt`): UTF-8
/// text; `#` starts a comment line; `[name]` starts a section; every other
/// non-blank line is an entry, a word and then flags, separated by spaces.
public struct WordListFile: Sendable {
    public struct Entry: Sendable {
        public var word: String
        public var flags: [String]
        public var line: Int
    }

    /// The file's name, for messages.
    public let path: String
    /// The entries of each section, in file order.
    private(set) var sections: [String: [Entry]] = [:]

    public init(path: String, bytes: [UInt8]) throws(ResourceError) {
        self.path = path
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw .malformed(path: path, line: 1, reason: "not UTF-8")
        }
        // Read as bytes, not Characters: the separators are ASCII, and
        // walking graphemes made the first-name list alone cost 90 million
        // instructions at every start.
        @inline(__always) func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var sections: [String: [Entry]] = [:]
        // The entries of the current section gather here and join their
        // section when another starts (a section may come back later in the
        // file: its entries stay in file order), not one dictionary update
        // per entry.
        var section: String? = nil
        var pending: [Entry] = []
        func flush() {
            if let section, !pending.isEmpty {
                sections[section, default: []].append(contentsOf: pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        try bytes.withUnsafeBufferPointer { (bytes: UnsafeBufferPointer<UInt8>) throws(ResourceError) in
            func string(_ a: Int, _ b: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self) }
            var lineNumber = 0
            var lineStart = 0
            let n = bytes.count
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                lineNumber += 1
                defer { lineStart = lineEnd + 1 }
                var a = lineStart
                while a < lineEnd && isBlank(bytes[a]) { a += 1 }
                if a == lineEnd || bytes[a] == 0x23 { continue }  // blank, or a # comment
                if bytes[a] == 0x5B {  // [section]
                    guard let close = bytes[a..<lineEnd].firstIndex(of: 0x5D) else {
                        throw .malformed(path: path, line: lineNumber, reason: "a section name without its closing ]")
                    }
                    let name = string(a + 1, close)
                    flush()
                    // An empty section is a list with no entries, not a missing one.
                    if sections[name] == nil { sections[name] = [] }
                    section = name
                    continue
                }
                guard section != nil else {
                    throw .malformed(path: path, line: lineNumber, reason: "an entry before the first [section]")
                }
                var word = ""
                var flags: [String] = []
                var f = a
                while f < lineEnd {
                    var g = f
                    while g < lineEnd && !isBlank(bytes[g]) { g += 1 }
                    if f == a { word = string(f, g) } else { flags.append(string(f, g)) }
                    while g < lineEnd && isBlank(bytes[g]) { g += 1 }
                    f = g
                }
                pending.append(Entry(word: word, flags: flags, line: lineNumber))
            }
        }
        flush()
        self.sections = sections
    }

    /// The entries of `name`; a missing section is an error, so that a
    /// misspelt header does not silently empty a list.
    public func entries(_ name: String) throws(ResourceError) -> [Entry] {
        guard let entries = sections[name] else {
            throw .malformed(path: path, line: 1, reason: "no [\(name)] section")
        }
        return entries
    }

    /// The names in the optional `[properties]` section, each one of `known`.
    public func properties(_ known: Set<String>) throws(ResourceError) -> Set<String> {
        var found: Set<String> = []
        for entry in (try? entries("properties")) ?? [] {
            guard known.contains(entry.word) else {
                throw .malformed(path: path, line: entry.line, reason: "unknown property '\(entry.word)'")
            }
            found.insert(entry.word)
        }
        return found
    }

    /// The word keys of a section's entries (see `WordKey`).
    func keys(_ name: String) throws(ResourceError) -> Set<UInt64> {
        var keys: Set<UInt64> = []
        for entry in try entries(name) { keys.insert(try key(entry)) }
        return keys
    }

    /// The word key of an entry; words the key cannot hold are an error.
    func key(_ entry: Entry) throws(ResourceError) -> UInt64 {
        let key = WordKey.make(entry.word)
        guard key != 0 else {
            throw .malformed(
                path: path, line: entry.line,
                reason: "'\(entry.word)' is not a word of letters and apostrophes")
        }
        return key
    }

    /// The marks a section lists, one scalar an entry, each with its flags.
    func marks(_ name: String, flags allowed: Set<String>) throws(ResourceError) -> [(mark: Unicode.Scalar, flags: [String])] {
        var marks: [(mark: Unicode.Scalar, flags: [String])] = []
        for entry in try entries(name) {
            let scalars = entry.word.unicodeScalars
            guard scalars.count == 1, let mark = scalars.first else {
                throw .malformed(path: path, line: entry.line, reason: "'\(entry.word)' is not a single mark")
            }
            for flag in entry.flags where !allowed.contains(flag) {
                throw .malformed(path: path, line: entry.line, reason: "unknown flag '\(flag)'")
            }
            marks.append((mark, entry.flags))
        }
        return marks
    }
}

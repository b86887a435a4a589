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
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .malformed(path: path, line: 1, reason: "not UTF-8")
        }
        var section: String? = nil
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty || line.first == "#" || line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            if line.first == "[" {
                guard let close = line.firstIndex(of: "]") else {
                    throw .malformed(path: path, line: index + 1, reason: "a section name without its closing ]")
                }
                let name = String(line[line.index(after: line.startIndex)..<close])
                // An empty section is a list with no entries, not a missing one.
                sections[name, default: []] = sections[name] ?? []
                section = name
                continue
            }
            guard let section else {
                throw .malformed(path: path, line: index + 1, reason: "an entry before the first [section]")
            }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            sections[section, default: []].append(Entry(word: fields[0], flags: Array(fields.dropFirst()), line: index + 1))
        }
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

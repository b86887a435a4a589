import ArtCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@testable import ArtText

/// A scratch data directory holding `files` (relative name to content).
func scratchDataDirectory(_ files: [String: String]) throws -> String {
    let template = "/tmp/art-lang-XXXXXX"
    var name = Array(template.utf8CString)
    guard let made = mkdtemp(&name) else { throw ResourceError.unreadable(path: template, reason: "mkdtemp failed") }
    let root = String(cString: made)
    for (relative, content) in files {
        let path = root + "/" + relative
        var dir = ""
        for part in path.split(separator: "/").dropLast() {
            dir += "/" + part
            mkdir(dir, 0o755)
        }
        let file = fopen(path, "w")
        fputs(content, file)
        fclose(file)
    }
    return root
}

let minimalAbbreviations = """
    # a comment
    [title]
    dr
    no word numbering
    [date]
    jan
    [ordinary]
    inc
    km unit
    [modifier]
    us
    [introducer]
    eg
    [before-lowercase]
    approx

    """

let minimalWords = """
    [sentence-starters]
    the
    [speech-verbs]
    said
    [name-titles]
    dr
    [ordinal-followers]
    [ordinal-preceders]
    [time-prepositions]
    [closing-quotes]
    ”

    """

@Suite struct LanguageDataTests {
    @Test func englishLoadsFromTheSourceTree() throws {
        let english = try LanguageData.load("en")
        #expect(english.code == "en")
        #expect(english.abbreviations.kind(of: "Mr", dotted: false) == .prepositive)
        #expect(english.abbreviations.kind(of: "Inc", dotted: false) == .ordinary)
        #expect(english.abbreviations.kind(of: "US", dotted: true) == .modifier)
        #expect(english.sentenceStarters.contains(WordKey.make("however")))
        #expect(english.speechVerbs.contains(WordKey.make("said")))
    }

    @Test func aLanguageIsItsFiles() throws {
        let root = try scratchDataDirectory([
            "lang/xx/abbreviations.txt": minimalAbbreviations, "lang/xx/sentence-words.txt": minimalWords,
        ])
        let data = try LanguageData.load("xx", from: ResourceLocator(directories: [root]))
        #expect(data.abbreviations.kind(of: "Dr", dotted: false) == .prepositive)
        #expect(data.abbreviations.kind(of: "Mr", dotted: false) == nil)
        let segmenter = SentenceSegmenter(language: data)
        let text = Array("Dr. Who came. The end.".unicodeScalars)
        #expect(segmenter.sentences(in: text).map { text.string($0) } == ["Dr. Who came.", "The end."])
    }

    @Test func aMissingFileNamesEveryPlaceLooked() throws {
        let locator = ResourceLocator(directories: ["/nonexistent/one", "/nonexistent/two"])
        #expect {
            try LanguageData.load("en", from: locator)
        } throws: { error in
            let message = "\(error)"
            return message.contains("lang/en/abbreviations.txt") && message.contains("/nonexistent/one")
                && message.contains("/nonexistent/two")
        }
    }

    @Test func aMalformedFileNamesItsLine() throws {
        let root = try scratchDataDirectory([
            "lang/xx/abbreviations.txt": minimalAbbreviations.replacingFirst("km unit", with: "km unitt"),
            "lang/xx/sentence-words.txt": minimalWords,
        ])
        #expect {
            try LanguageData.load("xx", from: ResourceLocator(directories: [root]))
        } throws: { error in
            "\(error)".contains("abbreviations.txt:9: unknown flag 'unitt'")
        }
    }

    @Test func aMissingSectionIsAnError() throws {
        let root = try scratchDataDirectory([
            "lang/xx/abbreviations.txt": minimalAbbreviations, "lang/xx/sentence-words.txt": "[sentence-starters]\nthe\n",
        ])
        #expect {
            try LanguageData.load("xx", from: ResourceLocator(directories: [root]))
        } throws: { error in
            "\(error)".contains("no [speech-verbs] section")
        }
    }
}

@Suite struct WordKeyTests {
    @Test func lettersBeyondASCIIHaveKeysFoldedToLowerCase() {
        #expect(WordKey.make("Präs") != 0)
        #expect(WordKey.make("Präs") == WordKey.make("präs"))
        #expect(WordKey.make("ÄUSSERDEM") == WordKey.make("äusserdem"))
        #expect(WordKey.make("págs") != WordKey.make("pags"))
        #expect(WordKey.make("Präs") & (1 << 63) != 0)
    }

    @Test func asciiKeysAreUnchanged() {
        #expect(WordKey.make("Mr") == 13 << 5 | 18)
        #expect(WordKey.make("3rd") == 0)
        #expect(WordKey.make("é-t") == 0)
    }
}

@Suite struct AbbreviationTableTests {
    let table = LanguageData.english.abbreviations

    @Test func wordsThatAreAlsoWordsCountOnlyCapitalised() {
        #expect(table.kind(of: "No", dotted: false) == .prepositive)
        #expect(table.kind(of: "no", dotted: false) == nil)
        #expect(table.kind(of: "Sat", dotted: false) == .date)
    }

    @Test func dottedForms() {
        #expect(table.kind(of: "eg", dotted: true) == .prepositive)
        #expect(table.kind(of: "am", dotted: true) == .ordinary)
    }

    @Test func flags() {
        #expect(table.entries[WordKey.make("no")]?.numbering == true)
        #expect(table.entries[WordKey.make("st")]?.place == true)
        #expect(table.entries[WordKey.make("bln")]?.unit == true)
        #expect(table.beforeLowercase.contains(WordKey.make("incl")))
    }
}

extension String {
    /// The lines of the string with the line `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).map { $0 == target ? replacement : String($0) }
            .joined(separator: "\n")
    }
}

/// The data-file format every language's lists use: sections, entries with
/// flags, comments and blank lines, CRLF line ends, line numbers for errors.
@Suite struct WordListFileTests {
    @Test func sectionsEntriesAndFlags() throws {
        let text = "# a comment\n\n[first]\nabc flag1\tflag2\r\n  indented\n\n[empty]\n[second]\nxyz\n"
        let file = try WordListFile(path: "t.txt", bytes: Array(text.utf8))
        let first = try file.entries("first")
        #expect(first.map(\.word) == ["abc", "indented"])
        #expect(first[0].flags == ["flag1", "flag2"])
        #expect(first[0].line == 4)
        #expect(try file.entries("empty").isEmpty)
        #expect(try file.entries("second").map(\.word) == ["xyz"])
    }

    @Test func malformedFilesNameTheirLine() {
        #expect(throws: ResourceError.self) { try WordListFile(path: "t.txt", bytes: Array("word\n".utf8)) }
        #expect(throws: ResourceError.self) { try WordListFile(path: "t.txt", bytes: Array("\n[open\n".utf8)) }
        #expect(throws: ResourceError.self) { try WordListFile(path: "t.txt", bytes: [0xFF, 0x0A]) }
    }
}

import ArtCore
import ArtText
import Testing

@testable import ArtQuotes

/// art-quotes finds the same quotes whether the record has `sentences`
/// (from art-sentences) or not (it segments with the same SentenceSegmenter).
@Suite struct SentencesAgreementTests {
    /// The repository's root: three levels above this file.
    static let root = String(#filePath).split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/")

    static func lines(_ path: String) throws -> [String] {
        let reader = try LineReader(path: root + "/" + path)
        var lines: [String] = []
        while let line = try reader.next() {
            if case .line(let bytes, _, _) = line { lines.append(String(decoding: bytes, as: UTF8.self)) }
        }
        return lines
    }

    /// The texts of the CLI fixtures and the examples.
    static func texts() throws -> [String] {
        var texts: [String] = []
        for path in [
            "Tests/cli/fixtures/art-quotes/many.jsonl", "Tests/cli/fixtures/art-quotes/mixed.jsonl",
            "Tests/cli/fixtures/art-sentences/many.jsonl", "Tests/cli/fixtures/art-entities/many.jsonl",
            "examples/art-quotes/articles.jsonl", "examples/art-sentences/briefing.jsonl",
        ] {
            for line in try lines(path) {
                if let record = try? Record(validating: line), let text = record.string("text") { texts.append(text) }
            }
        }
        texts.append(try lines("examples/rferl-us-russia-security-talks.txt").joined(separator: "\n"))
        return texts
    }

    @Test func sameQuotesWithAndWithoutSentences() throws {
        let texts = try Self.texts()
        #expect(texts.count >= 40)
        var quotes = 0
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let sentences = SentenceSegmenter().sentences(in: scalars)
            let without = QuoteExtractor().extract(scalars)
            #expect(QuoteExtractor().extract(scalars, sentences: sentences) == without, "\(text.prefix(60))")
            quotes += without.count
        }
        #expect(quotes >= 40)
    }

    /// The same through the filters: art-sentences | art-quotes and art-quotes.
    @Test func samePipelineOutput() throws {
        for text in try Self.texts() {
            let record = Record([("text", .string(text))])
            let segmented = try Record(validating: record.applying(SentenceFilter().transform(record)))
            #expect(segmented.value("sentences") != nil)
            #expect(try quotesField(segmented) == quotesField(record), "\(text.prefix(60))")
        }
    }
}

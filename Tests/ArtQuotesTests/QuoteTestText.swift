import ArtCore

@testable import ArtQuotes

/// The English quotes of `text`, for the tests of each attribution pattern.
func quotes(_ text: String, entities: [QuoteEntity] = []) -> [Quote] {
    QuoteExtractor().extract(text, entities: entities)
}

/// The scalars `a..<b` of `text`: offsets are code points (art(7), SPANS AND OFFSETS).
func slice(_ text: String, _ a: Int, _ b: Int) -> String {
    let s = Array(text.unicodeScalars)
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s[a..<b])
    return String(v)
}

func content(_ text: String, _ q: Quote) -> String { slice(text, q.start, q.end) }

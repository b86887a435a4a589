import ArtCore
import Testing

@testable import ArtText

/// The sentences of `text` as strings.
func split(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return SentenceSegmenter().sentences(in: scalars).map { scalars.string($0) }
}

/// The tokens of `text` as strings.
func tokens(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return Tokenizer().tokenize(scalars).map { scalars.string($0.span) }
}

import Testing
@testable import ArtQuotes

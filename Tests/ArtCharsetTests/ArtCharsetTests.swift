import Testing
@testable import ArtCharset

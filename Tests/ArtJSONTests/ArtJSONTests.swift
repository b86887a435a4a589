import Testing
@testable import ArtJSON

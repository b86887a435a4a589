import Testing
@testable import ArtText

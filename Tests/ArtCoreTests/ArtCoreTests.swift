import Testing
@testable import ArtCore

import Testing
@testable import ArtFetch

import Testing
@testable import ArtEntities

import Testing
@testable import ArtStrip

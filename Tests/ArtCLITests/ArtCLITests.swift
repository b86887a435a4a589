import Testing
@testable import ArtCLI

import Testing

@testable import ArtCore

@Suite struct ResourceLocatorTests {
    @Test func placesInOrder() {
        let locator = ResourceLocator(environment: "/env/data", executable: "/opt/art/bin/art-entities")
        #expect(locator.directories.first == "/env/data")
        #expect(locator.directories.dropFirst().first == "/opt/art/share/art")
    }

    @Test func noEnvironmentStartsWithTheInstall() {
        let locator = ResourceLocator(environment: nil, executable: "/usr/local/bin/art-quotes")
        #expect(locator.directories == ["/usr/local/share/art"])
        #expect(ResourceLocator(environment: "", executable: nil).directories.isEmpty)
    }

    @Test func theBuildTreeIsFoundAboveTheTestBinary() throws {
        // This test runs from <tree>/.build/<triple>/debug: the tree's data/ is a place.
        let places = ResourceLocator.standard.directories
        #expect(places.contains { $0.hasSuffix("/data") })
        let model = try ResourceLocator.standard.locate("lang/en/abbreviations.txt")
        #expect(model.hasSuffix("data/lang/en/abbreviations.txt"))
    }

    @Test func missingNamesEveryPlace() {
        let locator = ResourceLocator(directories: ["/nonexistent/a", "/nonexistent/b"])
        #expect(throws: ResourceNotFound.self) { try locator.locate("entities.model") }
        let message = ResourceNotFound(name: "entities.model", places: locator.directories).description
        #expect(message == "cannot find the data file entities.model: looked in /nonexistent/a, /nonexistent/b (set ART_DATA_DIR to the folder that holds it)")
    }

    @Test func pathsAreFolded() {
        #expect(normalizedPath("/opt/art/bin/../share/art") == "/opt/art/share/art")
        #expect(normalizedPath("/a/./b//c/") == "/a/b/c")
        #expect(normalizedPath("rel/../x") == "x")
    }
}

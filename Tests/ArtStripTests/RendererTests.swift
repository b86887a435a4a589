import Testing

@testable import ArtStrip

@Suite struct RendererTests {
    func render(_ events: (inout Renderer) -> Void) -> [String] {
        var r = Renderer()
        events(&r)
        return r.finish()
    }

    @Test func blocksAreParagraphsAndSpacesCollapse() {
        let out = render { r in
            r.open(.p)
            r.text("  one \u{A0}\n two ")
            r.close(.p)
            r.open(.div)
            r.text("three\u{2009}")
            r.open(.br)
            r.text("four")
        }
        #expect(out == ["one two", "three\nfour"])
    }

    @Test func tablesAndPreformattedText() {
        let out = render { r in
            r.open(.table)
            for row in [["a", "b"], ["c", "d"]] {
                r.open(.tr)
                for cell in row {
                    r.open(.td)
                    r.text(cell)
                    r.close(.td)
                }
                r.close(.tr)
            }
            r.close(.table)
            r.open(.pre)
            r.text("  x\r\n    y")
            r.close(.pre)
        }
        #expect(out == ["a\tb\nc\td", "  x\n    y"])
    }
}

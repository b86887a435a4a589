import Testing

@testable import ArtStrip

@Suite struct PlainTextTests {
    let stripper = Stripper()

    @Test func hardWrappedParagraphsAreJoined() {
        let r = stripper.strip(text: "One line\nwrapped here.\n\nSecond paragraph.")
        #expect(r.text == "One line wrapped here.\n\nSecond paragraph.")
    }

    @Test func linesAreParagraphsWithoutBlankLines() {
        #expect(PlainText.paragraphs("First.\nSecond.\n") == ["First.", "Second."])
        #expect(PlainText.paragraphs("A\nb.\n\nC.") == ["A b.", "C."])
        #expect(PlainText.paragraphs(" \n\t ").isEmpty)
    }
}

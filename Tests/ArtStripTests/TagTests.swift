import Testing

@testable import ArtStrip

@Suite struct TagTests {
    @Test func namesInAnyCase() {
        #expect(ArtStrip.Tag.named("P") == .p)
        #expect(ArtStrip.Tag.named("annotation-xml") == .annotation)
        #expect(ArtStrip.Tag.named("custom-element") == .other)
        #expect(ArtStrip.Tag.script.isSkipped && !Tag.p.isSkipped)
        #expect(ArtStrip.Tag.h3.isHeading && Tag.li.isBlock && !Tag.span.isBlock)
    }

    @Test func keptAttributesAreFoundByName() {
        for name in AttributeName.allCases {
            let upper = Array(name.spelling.uppercased().utf8)
            let found = upper.withUnsafeBufferPointer { AttributeName.of($0.baseAddress!, count: $0.count) }
            #expect(found == name, "\(name.spelling)")
        }
        for other in ["src", "data-id", "ids", "i", "", "aria-hiddenx"] {
            let bytes = Array(other.utf8)
            let found = bytes.withUnsafeBufferPointer { AttributeName.of($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count) }
            #expect(found == nil, "\(other)")
        }
    }

    @Test func attributesReadOnlyWhereTheyMatter() {
        #expect(AttributeName.href.isRead(on: .link) && AttributeName.href.isRead(on: .a))
        #expect(!AttributeName.href.isRead(on: .div))
        #expect(AttributeName.name.isRead(on: .meta) && !AttributeName.name.isRead(on: .input))
        #expect(AttributeName.class.isRead(on: .span))
    }
}

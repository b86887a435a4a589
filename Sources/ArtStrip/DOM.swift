import ArtCore
import CLibXML2

/// A parsed page: libxml2's tree flattened once, in document order, into
/// arrays. Node `i`'s subtree is the index range `i ..< end[i]`, so every walk
/// is a loop (never recursion) and subtree sums are one backward pass.
struct DOM {
    var tag: [Tag] = []
    var parent: [Int32] = []
    var end: [Int32] = []
    /// The UTF-8 text of all text nodes, in order: node `i`'s text is
    /// `textBytes[textStart[i] ..< textStart[i + 1]]` (empty for elements).
    var textBytes: [UInt8] = []
    var textStart: [Int32] = []
    /// Per text node: blanks of the page that the parser was moved past
    /// (`SAXBuilder.skipBlankRun`), so that lengths in page bytes can be told.
    var textCut: [Int32] = []
    /// Per text node: its length once white space is collapsed, and its
    /// commas (`TextUtil.measure`); 0 for elements.
    var textLength: [Int32] = []
    var textCommas: [Int32] = []
    /// Per node: which kept attributes it has (`AttributeName.bit`), and
    /// where they start in `attrNames`. Values are UTF-8 in one array:
    /// attribute `k`'s is `attrBytes[attrValueStart[k] ..< attrValueStart[k + 1]]`.
    var attrMask: [UInt32] = []
    var attrStart: [Int32] = []
    var attrNames: [AttributeName] = []
    var attrValueStart: [Int32] = []
    var attrBytes: [UInt8] = []
    /// Per node: lower-cased `class id` (empty when neither), as text is
    /// kept, and what it says.
    var classBytes: [UInt8] = []
    var classStart: [Int32] = []
    var flags: [ClassFlags] = []
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// The `<title>` element's text.
    var titleText: String?
    /// Whether links keep their addresses (`href` on `<a>`, for Markdown);
    /// otherwise a link's address only tells script hooks.
    var keepsLinks = false
    var count: Int { tag.count }

    /// The length in the page of text node `i`'s text.
    func sourceLength(_ i: Int) -> Int { textRange(i).count + Int(textCut[i]) }

    /// Where node `i`'s text is in `textBytes`.
    func textRange(_ i: Int) -> Range<Int> {
        Int(textStart[i])..<(i + 1 < count ? Int(textStart[i + 1]) : textBytes.count)
    }

    /// The text of node `i` (empty for elements).
    func text(_ i: Int) -> String { withText(i) { String(decoding: $0, as: UTF8.self) } }

    func withText<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let range = textRange(i)
        return textBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    func hasAttributes(_ i: Int) -> Bool { attrMask[i] != 0 }

    func hasAttr(_ i: Int, _ name: AttributeName) -> Bool { attrMask[i] & name.bit != 0 }

    /// The value of attribute `name` (not `class` or `id`: they are only
    /// kept together, in `cls`).
    func attr(_ i: Int, _ name: AttributeName) -> String? {
        assert(name != .class && name != .id, "class and id are in classBytes")
        guard attrMask[i] & name.bit != 0 else { return nil }
        var k = Int(attrStart[i])
        while attrNames[k] != name { k += 1 }
        let lo = Int(attrValueStart[k])
        let hi = k + 1 < attrValueStart.count ? Int(attrValueStart[k + 1]) : attrBytes.count
        return attrBytes.withUnsafeBufferPointer { String(decoding: $0[lo..<hi], as: UTF8.self) }
    }

    /// Where node `i`'s `class id` bytes are in `classBytes`.
    func classRange(_ i: Int) -> Range<Int> {
        Int(classStart[i])..<(i + 1 < classStart.count ? Int(classStart[i + 1]) : classBytes.count)
    }

    /// `class` and `id` together, lower-cased ("" when neither).
    func classAndID(_ i: Int) -> String { String(decoding: classBytes[classRange(i)], as: UTF8.self) }

    func hasClassOrID(_ i: Int) -> Bool { !classRange(i).isEmpty }

    /// True when both have the same `class id`.
    func sameClassAndID(_ a: Int, _ b: Int) -> Bool {
        classBytes[classRange(a)].elementsEqual(classBytes[classRange(b)])
    }

    /// `javascript:` at the start of an address (case-insensitive).
    static func isScriptHook(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < v.count && v[i] == 0x20 { i += 1 }
        for c in "javascript:".utf8 {
            guard i < v.count, lowerASCII(v[i]) == c else { return false }
            i += 1
        }
        return true
    }

    /// Fills `textLength` and `textCommas`.
    mutating func measureText() {
        var length = [Int32](repeating: 0, count: count)
        var commas = [Int32](repeating: 0, count: count)
        textBytes.withUnsafeBufferPointer { bytes in
            for i in 0..<count where tag[i] == .text {
                let hi = i + 1 < count ? Int(textStart[i + 1]) : bytes.count
                let m = TextUtil.measure(UnsafeBufferPointer(rebasing: bytes[Int(textStart[i])..<hi]))
                length[i] = m.length
                commas[i] = m.commas
            }
        }
        textLength = length
        textCommas = commas
    }

    mutating func reserve(_ n: Int) {
        tag.reserveCapacity(n)
        parent.reserveCapacity(n)
        end.reserveCapacity(n)
        textStart.reserveCapacity(n)
        textCut.reserveCapacity(n)
        attrMask.reserveCapacity(n)
        attrStart.reserveCapacity(n)
        classStart.reserveCapacity(n)
        flags.reserveCapacity(n)
    }

    mutating func append(_ t: Tag, parent p: Int32) -> Int32 {
        let i = Int32(tag.count)
        tag.append(t)
        parent.append(p)
        end.append(i + 1)
        textStart.append(Int32(textBytes.count))
        textCut.append(0)
        attrMask.append(0)
        attrStart.append(Int32(attrNames.count))
        classStart.append(Int32(classBytes.count))
        flags.append([])
        return i
    }

    /// Keeps the attributes we use (`atts`: name, value pairs, NULL-ended).
    /// `taken`: values the parser hands over empty, and what they are
    /// (`SAXBuilder.TakenValues`: the names, the bytes, each one's range).
    mutating func readAttributes(
        _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, into i: Int, tag t: Tag,
        taken: (mask: UInt32, bytes: UnsafeBufferPointer<UInt8>, start: [Int32], end: [Int32])? = nil
    ) {
        let classFrom = classBytes.count
        var mask: UInt32 = 0
        var k = 0
        while let namePtr = atts[k] {
            let valuePtr = atts[k + 1]
            k += 2
            guard let which = AttributeName.of(namePtr), which.isRead(on: t) else { continue }
            var value = valuePtr.map { UnsafeBufferPointer(start: $0, count: strlen($0)) }
            if let taken, taken.mask & which.bit != 0, value?.isEmpty == true {
                let r = Int(which.rawValue)
                value = UnsafeBufferPointer(rebasing: taken.bytes[Int(taken.start[r])..<Int(taken.end[r])])
            }
            switch which {
            case .href where t == .a:
                if let value, DOM.isScriptHook(value) {
                    tag[i] = .other
                    continue
                }
                if !keepsLinks { continue }
            case .id, .class:
                // Lower-cased bytes for the patterns.
                mask |= which.bit
                guard let value else { continue }
                if classBytes.count == classFrom {
                    appendLowered(value)
                } else if which == .class {
                    // The class goes first whatever the order in the markup
                    // (`class id`), so that its first name names the kind.
                    classBytes.insert(contentsOf: value.map(lowerASCII) + [0x20], at: classFrom)
                } else {
                    classBytes.append(0x20)
                    appendLowered(value)
                }
                continue
            default: break
            }
            mask |= which.bit
            attrNames.append(which)
            attrValueStart.append(Int32(attrBytes.count))
            if let value { attrBytes.append(contentsOf: value) }
        }
        attrMask[i] = mask
        if classBytes.count > classFrom {
            flags[i] = classBytes.withUnsafeBufferPointer {
                ClassFlags.of(UnsafeBufferPointer(rebasing: $0[classFrom...]))
            }
        }
    }

    /// Appends `value` to `classBytes`, ASCII lower-cased in place: no
    /// lower-cased copy is made first.
    mutating func appendLowered(_ value: UnsafeBufferPointer<UInt8>) {
        let from = classBytes.count
        classBytes.append(contentsOf: value)
        classBytes.withUnsafeMutableBufferPointer { bytes in
            for k in from..<bytes.count { bytes[k] = lowerASCII(bytes[k]) }
        }
    }

    /// The collapsed text of `root`'s subtree, its text nodes taken while
    /// they come to at most `limit` bytes of the page; a node for which
    /// `skipping` holds is passed over with its subtree.
    func collapsedText(_ root: Int, limit: Int, skipping: (Int) -> Bool = { _ in false }) -> String {
        var s: [UInt8] = []
        var length = 0
        var i = root
        while i < Int(end[root]) {
            if skipping(i) {
                i = Int(end[i])
                continue
            }
            if tag[i] == .text {
                withText(i) { s.append(contentsOf: $0) }
                s.append(0x20)
                length += sourceLength(i) + 1
                if length > limit { break }
            }
            i += 1
        }
        return TextUtil.collapse(String(decoding: s, as: UTF8.self))
    }
}

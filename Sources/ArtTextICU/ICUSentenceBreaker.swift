import ArtText
internal import CICU

/// ICU's sentence rules (`en@ss=standard`), for text in scripts the news
/// rules of ArtText do not cover. Only art-sentences links ICU for this.
public struct ICUSentenceBreaker: ScriptSentenceBreaker {
    /// The iterator opened once; each call breaks with a clone of it, since
    /// opening one builds ICU's sentence exceptions anew (most of the cost).
    final class Template: @unchecked Sendable {
        // Never given text and never changed, so cloning it from several
        // threads at once is safe.
        let iterator: OpaquePointer?

        init() {
            var status = U_ZERO_ERROR
            let opened = art_ubrk_open(UBRK_SENTENCE, "en@ss=standard", nil, 0, &status)
            iterator = status.rawValue <= 0 ? opened : nil
        }

        deinit { if let iterator { art_ubrk_close(iterator) } }
    }

    let template = Template()

    public init() {}

    /// The scalar positions in `a..<b` where ICU ends a sentence.
    public func cuts(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> [Int] {
        guard a < b else { return [] }
        var utf16: [UInt16] = []
        utf16.reserveCapacity(b - a + 16)
        // scalarAt[k]: the scalar offset (from `a`) of UTF-16 unit k.
        var scalarAt: [Int32] = []
        scalarAt.reserveCapacity(b - a + 16)
        for k in a..<b {
            let c = s[k]
            if c.value > 0xFFFF {
                let v = c.value - 0x10000
                utf16.append(UInt16(0xD800 + (v >> 10)))
                utf16.append(UInt16(0xDC00 + (v & 0x3FF)))
                scalarAt.append(Int32(k - a))
                scalarAt.append(Int32(k - a))
            } else {
                utf16.append(UInt16(c.value))
                scalarAt.append(Int32(k - a))
            }
        }
        scalarAt.append(Int32(b - a))
        var status = U_ZERO_ERROR
        var result: [Int] = []
        utf16.withUnsafeBufferPointer { buf in
            guard let template = template.iterator, let bi = art_ubrk_clone(template, &status), status.rawValue <= 0 else { return }
            defer { art_ubrk_close(bi) }
            art_ubrk_setText(bi, buf.baseAddress, Int32(buf.count), &status)
            guard status.rawValue <= 0 else { return }
            var p = art_ubrk_first(bi)
            while true {
                p = art_ubrk_next(bi)
                if p == UBRK_DONE || p < 0 { break }
                let k = Int(p)
                if k >= buf.count { break }
                result.append(a + Int(scalarAt[k]))
            }
        }
        let thai = Self.thaiCuts(s, a, b)
        return thai.isEmpty ? result : Array(Set(result + thai)).sorted()
    }

    /// Thai writes no sentence marks: a space between Thai letters ends a
    /// sentence (ICU's rules see none there). Positions after the space, as
    /// ICU gives them.
    static func thaiCuts(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> [Int] {
        func isThai(_ c: Unicode.Scalar) -> Bool { c.value >= 0x0E01 && c.value <= 0x0E5B }
        var cuts: [Int] = []
        var k = a + 1
        while k < b {
            if s[k] == " " || s[k] == "\u{A0}", isThai(s[k - 1]) {
                var end = k
                while end < b && (s[end] == " " || s[end] == "\u{A0}") { end += 1 }
                if end < b && isThai(s[end]) { cuts.append(end) }
                k = end
            }
            k += 1
        }
        return cuts
    }
}

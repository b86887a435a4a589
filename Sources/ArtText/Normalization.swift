internal import CICU

/// Unicode normalisation through ICU.
public enum Normalization {
    /// `text` in Normalization Form C. Returns `text` itself when it is
    /// already normalised (the common case) or when ICU fails.
    ///
    /// Offsets change when a text is normalised: normalise before computing
    /// spans, never between.
    public static func nfc(_ text: String) -> String {
        // ASCII is always NFC.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var status = U_ZERO_ERROR
        guard let norm = art_unorm2_getNFCInstance(&status), status.rawValue <= 0 else { return text }
        let src = Array(text.utf16)
        let normalized = src.withUnsafeBufferPointer { buf -> Bool in
            var st = U_ZERO_ERROR
            let r = art_unorm2_isNormalized(norm, buf.baseAddress, Int32(buf.count), &st)
            return st.rawValue <= 0 && r != 0
        }
        if normalized { return text }
        var capacity = src.count + src.count / 2 + 16
        for _ in 0..<2 {
            var dest = [UInt16](repeating: 0, count: capacity)
            var st = U_ZERO_ERROR
            let len = src.withUnsafeBufferPointer { s in
                dest.withUnsafeMutableBufferPointer { d in
                    art_unorm2_normalize(norm, s.baseAddress, Int32(s.count), d.baseAddress, Int32(d.count), &st)
                }
            }
            if st == U_BUFFER_OVERFLOW_ERROR {
                capacity = Int(len) + 1
                continue
            }
            guard st.rawValue <= 0 else { return text }
            return String(decoding: dest[0..<Int(len)], as: UTF16.self)
        }
        return text
    }

    /// Whether `text` is in Normalization Form C.
    public static func isNFC(_ text: String) -> Bool {
        // Compare scalars: String equality is canonical equivalence.
        nfc(text).unicodeScalars.elementsEqual(text.unicodeScalars)
    }
}

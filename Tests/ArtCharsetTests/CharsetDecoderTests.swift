import Testing

@testable import ArtCharset

@Suite struct DeclaredCharsets {
    @Test(arguments: [
        (cp1252, "windows-1252", cp1252Text, "windows-1252"),
        (cp1252, "ISO-8859-1", cp1252Text, "windows-1252"),
        (latin2, "iso-8859-2", latin2Text, "ISO-8859-2"),
        (greek, "ISO-8859-7", greekText, "ISO-8859-7"),
        (koi8, "koi8-r", koi8Text, "KOI8-R"),
        (sjis, "Shift_JIS", sjisText, "Shift_JIS"),
        (euckr, "euc-kr", euckrText, "EUC-KR"),
        (gb, "gb2312", gbText, "GB18030"),
        (gb, "GB18030", gbText, "GB18030"),
        (big5, "big5", big5Text, "Big5"),
    ])
    func declared(bytes: [UInt8], label: String, text: String, charset: String) {
        let r = CharsetDecoder.decode(bytes, declared: label, sniffHTML: false)
        #expect(r == DecodedText(text: text, charset: charset))
        #expect(CharsetDecoder.decode(bytes, declared: label, sniffHTML: false, strict: true)?.text == text)
    }

    @Test func quotedAndPaddedLabel() {
        #expect(CharsetDecoder.decode(koi8, declared: " \"KOI8-R\" ", sniffHTML: false)?.text == koi8Text)
    }

    @Test func unknownLabelIsIgnored() {
        let r = CharsetDecoder.decode(ascii("plain ") + Array("héllo".utf8), declared: "x-no-such-charset", sniffHTML: false)
        #expect(r == DecodedText(text: "plain héllo", charset: "UTF-8"))
    }

    @Test func wrongLatinHeaderOnUTF8Bytes() {
        // The header says ISO-8859-1 but the bytes are UTF-8: UTF-8 wins.
        let r = CharsetDecoder.decode(Array("Ça coûte 5 €.".utf8), declared: "iso-8859-1", sniffHTML: false)
        #expect(r == DecodedText(text: "Ça coûte 5 €.", charset: "UTF-8"))
    }

    @Test func wrongUTF8HeaderOnLatinBytesUsesMeta() {
        let page = ascii("<html><head><meta charset=\"windows-1252\"><title>t</title></head><body>") + cp1252
            + ascii("</body></html>")
        let r = CharsetDecoder.decode(page, declared: "utf-8", sniffHTML: true)
        #expect(r?.charset == "windows-1252")
        #expect(r?.text.contains(cp1252Text) == true)
    }

    @Test func asciiWithLatinLabel() {
        #expect(CharsetDecoder.decode(ascii("just ascii"), declared: "latin1", sniffHTML: false)
            == DecodedText(text: "just ascii", charset: "windows-1252"))
    }

    @Test func canonicalNames() {
        #expect(CharsetDecoder.canonicalName("latin1") == "windows-1252")
        #expect(CharsetDecoder.canonicalName("SJIS") == "Shift_JIS")
        #expect(CharsetDecoder.canonicalName("utf8") == "UTF-8")
        #expect(CharsetDecoder.canonicalName("iso-8859-15") == "ISO-8859-15")
        #expect(CharsetDecoder.canonicalName("nonsense-charset") == nil)
    }
}

@Suite struct ByteOrderMarks {
    @Test func utf16LittleEndian() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "Grüße, 世界".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(CharsetDecoder.decode(bytes, declared: nil, sniffHTML: true)
            == DecodedText(text: "Grüße, 世界", charset: "UTF-16LE"))
    }

    @Test func utf16BigEndianBeatsHeader() {
        var bytes: [UInt8] = [0xFE, 0xFF]
        for u in "Grüße".utf16 { bytes += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(CharsetDecoder.decode(bytes, declared: "iso-8859-1", sniffHTML: false)
            == DecodedText(text: "Grüße", charset: "UTF-16BE"))
    }

    @Test func utf8BOMIsRemoved() {
        let r = CharsetDecoder.decode([0xEF, 0xBB, 0xBF] + Array("née".utf8), declared: nil, sniffHTML: false)
        #expect(r == DecodedText(text: "née", charset: "UTF-8"))
    }
}

@Suite struct Detection {
    @Test func validUTF8() {
        #expect(CharsetDecoder.decode(Array("Ümlaut ✓".utf8), declared: nil, sniffHTML: false)
            == DecodedText(text: "Ümlaut ✓", charset: "UTF-8"))
    }

    @Test func detectsLongerKOI8R() {
        let bytes = Array(repeating: koi8 + [0x20], count: 8).flatMap { $0 }
        let r = CharsetDecoder.decode(bytes, declared: nil, sniffHTML: false)
        #expect(r?.charset == "KOI8-R")
        #expect(r?.text.hasPrefix(koi8Text) == true)
    }

    @Test func detectsLongerShiftJIS() {
        let bytes = Array(repeating: sjis, count: 8).flatMap { $0 }
        let r = CharsetDecoder.decode(bytes, declared: nil, sniffHTML: false)
        #expect(r?.charset == "Shift_JIS")
        #expect(r?.text.hasPrefix(sjisText) == true)
    }

    @Test func detectsWindows1252() {
        let bytes = Array(repeating: cp1252 + [0x20], count: 4).flatMap { $0 }
        let r = CharsetDecoder.decode(bytes, declared: nil, sniffHTML: false)
        #expect(r?.text.hasPrefix(cp1252Text) == true)
    }

    @Test func invalidBytesBecomeReplacementCharacters() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3]
        let r = CharsetDecoder.decode(bytes, declared: "utf-8", sniffHTML: false)
        #expect(r?.text.unicodeScalars.first == "a")
        #expect(r?.text.unicodeScalars.contains("\u{FFFD}") == true || r?.charset != "UTF-8")
        #expect(CharsetDecoder.decode([0xFF, 0xFE, 0x00], declared: nil, sniffHTML: false) != nil)
    }

    @Test func truncatedMultibyteIsReplaced() {
        let r = CharsetDecoder.decode(sjis + [0x93], declared: "shift_jis", sniffHTML: false)
        #expect(r == DecodedText(text: sjisText + "\u{FFFD}", charset: "Shift_JIS"))
    }

    @Test func strictRefusesGarbage() {
        let garbage: [UInt8] = [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0x28]
        #expect(CharsetDecoder.decode(garbage, declared: "utf-8", sniffHTML: false, strict: true)?.charset != "UTF-8")
        #expect(CharsetDecoder.decode(garbage, declared: nil, sniffHTML: false, strict: false) != nil)
    }

    @Test func emptyInput() {
        #expect(CharsetDecoder.decode([], declared: nil, sniffHTML: true) == DecodedText(text: "", charset: "UTF-8"))
    }
}

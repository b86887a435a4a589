import Testing

@testable import ArtCharset

// Test sentences and their encodings (bytes written out so the tests need no encoder).
let cp1252: [UInt8] = [
    0x4C, 0x65, 0x73, 0x20, 0x93, 0x6E, 0x61, 0xEF, 0x66, 0x73, 0x94, 0x20, 0x6F, 0x6E, 0x74, 0x20, 0x70, 0x61, 0x79,
    0xE9, 0x20, 0x35, 0x20, 0x80, 0x20, 0x97, 0x20, 0x64, 0xE9, 0x6A, 0xE0, 0x2E,
]
let cp1252Text = "Les “naïfs” ont payé 5 € — déjà."
let latin2: [UInt8] = [
    0x5A, 0x61, 0xBF, 0xF3, 0xB3, 0xE6, 0x20, 0x67, 0xEA, 0xB6, 0x6C, 0xB1, 0x20, 0x6A, 0x61, 0xBC, 0xF1, 0x2C, 0x20,
    0xB3, 0xF3, 0x64, 0xBC, 0x2E,
]
let latin2Text = "Zażółć gęślą jaźń, łódź."
let greek: [UInt8] = [0xCA, 0xE1, 0xEB, 0xE7, 0xEC, 0xDD, 0xF1, 0xE1, 0x20, 0xEA, 0xFC, 0xF3, 0xEC, 0xE5]
let greekText = "Καλημέρα κόσμε"
let koi8: [UInt8] = [
    0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xCD, 0xC9, 0xD2, 0x21, 0x20, 0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1,
    0x20, 0xC9, 0x20, 0xF0, 0xC5, 0xD4, 0xC5, 0xD2, 0xC2, 0xD5, 0xD2, 0xC7, 0x2E,
]
let koi8Text = "Привет, мир! Москва и Петербург."
let sjis: [UInt8] = [
    0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x83, 0x65, 0x83, 0x4C, 0x83, 0x58, 0x83, 0x67, 0x82, 0xC5, 0x82,
    0xB7, 0x81, 0x42, 0x93, 0x8C, 0x8B, 0x9E,
]
let sjisText = "日本語のテキストです。東京"
let euckr: [UInt8] = [
    0xC7, 0xD1, 0xB1, 0xB9, 0xBE, 0xEE, 0x20, 0xC5, 0xD8, 0xBD, 0xBA, 0xC6, 0xAE, 0xC0, 0xD4, 0xB4, 0xCF, 0xB4, 0xD9,
    0x2E, 0x20, 0xBC, 0xAD, 0xBF, 0xEF,
]
let euckrText = "한국어 텍스트입니다. 서울"
let gb: [UInt8] = [
    0xD6, 0xD0, 0xCE, 0xC4, 0xCE, 0xC4, 0xB1, 0xBE, 0xA3, 0xAC, 0xB1, 0xB1, 0xBE, 0xA9, 0xBB, 0xB6, 0xD3, 0xAD, 0xC4,
    0xE3, 0xA1, 0xA3,
]
let gbText = "中文文本，北京欢迎你。"
let big5: [UInt8] = [
    0xC1, 0x63, 0xC5, 0xE9, 0xA4, 0xA4, 0xA4, 0xE5, 0xA1, 0x41, 0xBB, 0x4F, 0xA5, 0x5F, 0xC5, 0x77, 0xAA, 0xEF, 0xA7,
    0x41, 0xA1, 0x43,
]
let big5Text = "繁體中文，臺北歡迎你。"

func ascii(_ s: String) -> [UInt8] { Array(s.utf8) }

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

@Suite struct MetaDeclarations {
    @Test func metaCharset() {
        let page = ascii("<!doctype html><html><head><META CHARSET=koi8-r></head><body>") + koi8
        let r = CharsetDecoder.decode(page, declared: nil, sniffHTML: true)
        #expect(r?.charset == "KOI8-R")
        #expect(r?.text.hasSuffix(koi8Text) == true)
    }

    @Test func httpEquiv() {
        let page = ascii(
            "<html><head>\n<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>\n</head><body>")
            + sjis
        let r = CharsetDecoder.decode(page, declared: nil, sniffHTML: true)
        #expect(r?.charset == "Shift_JIS")
        #expect(r?.text.hasSuffix(sjisText) == true)
    }

    @Test func metaInsideCommentIsIgnored() {
        let page = ascii("<html><!-- <meta charset=koi8-r> --><head><meta charset=\"iso-8859-2\"></head>") + latin2
        #expect(CharsetDecoder.decode(page, declared: nil, sniffHTML: true)?.charset == "ISO-8859-2")
    }

    @Test func xmlDeclaration() {
        let doc = ascii("<?xml version=\"1.0\" encoding=\"ISO-8859-7\"?><p>") + greek
        #expect(CharsetDecoder.metaCharset(doc) == "ISO-8859-7")
        #expect(CharsetDecoder.decode(doc, declared: nil, sniffHTML: true)?.text.hasSuffix(greekText) == true)
    }

    @Test func metaUTF16MeansUTF8() {
        let page = ascii("<meta charset=utf-16>") + Array("é".utf8)
        #expect(CharsetDecoder.decode(page, declared: nil, sniffHTML: true) == DecodedText(
            text: "<meta charset=utf-16>é", charset: "UTF-8"))
    }

    @Test func metaIsIgnoredWithoutSniffing() {
        let page = ascii("<meta charset=koi8-r>") + Array("é".utf8)
        #expect(CharsetDecoder.decode(page, declared: nil, sniffHTML: false)?.charset == "UTF-8")
    }

    @Test func contentTypeParameter() {
        #expect(CharsetDecoder.charsetParameter(ofContentType: "text/html; charset=\"ISO-8859-1\"") == "ISO-8859-1")
        #expect(CharsetDecoder.charsetParameter(ofContentType: "text/html;Charset=utf-8;q=1") == "utf-8")
        #expect(CharsetDecoder.charsetParameter(ofContentType: "text/html") == nil)
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

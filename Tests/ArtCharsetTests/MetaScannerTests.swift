import Testing

@testable import ArtCharset

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

    @Test func scannerReadsTheFirstDeclaration() {
        #expect(MetaScanner(ascii("<head><meta charset='koi8-r'><meta charset=utf-8>")[...]).scan() == "koi8-r")
        #expect(MetaScanner(ascii("<head><title>no declaration</title>")[...]).scan() == nil)
        #expect(MetaScanner.charsetAfterKeyword(ascii("text/html; CHARSET = \"gb2312\"")[...]) == "gb2312")
    }
}

/// Finds a charset declaration in the first bytes of an HTML or XML document.
struct MetaScanner {
    let b: ArraySlice<UInt8>

    init(_ b: ArraySlice<UInt8>) { self.b = b }

    static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

    func matches(_ at: Int, _ word: String) -> Bool {
        var i = at
        for w in word.utf8 {
            guard i < b.endIndex, Self.lower(b[i]) == w else { return false }
            i += 1
        }
        return true
    }

    func scan() -> String? {
        var i = b.startIndex
        // <?xml version="1.0" encoding="..."?>
        if matches(i, "<?xml") {
            var end = i
            while end < b.endIndex && b[end] != UInt8(ascii: ">") { end += 1 }
            var j = i
            while j < end {
                if matches(j, "encoding") {
                    var k = j + 8
                    while k < end && Self.isSpace(b[k]) { k += 1 }
                    if k < end && b[k] == UInt8(ascii: "=") {
                        k += 1
                        while k < end && Self.isSpace(b[k]) { k += 1 }
                        if let v = Self.value(b, from: k, end: end), !v.isEmpty { return v }
                    }
                }
                j += 1
            }
        }
        while i < b.endIndex {
            guard b[i] == UInt8(ascii: "<") else { i += 1; continue }
            if matches(i, "<!--") {
                i += 4
                while i < b.endIndex && !matches(i, "-->") { i += 1 }
                i += 3
                continue
            }
            if matches(i, "<meta"), i + 5 < b.endIndex, Self.isSpace(b[i + 5]) || b[i + 5] == UInt8(ascii: "/") {
                var end = i + 5
                while end < b.endIndex && b[end] != UInt8(ascii: ">") { end += 1 }
                if let label = metaLabel(i + 5, end) { return label }
                i = end
                continue
            }
            i += 1
        }
        return nil
    }

    /// Reads the attributes of one `<meta ...>` tag.
    func metaLabel(_ start: Int, _ end: Int) -> String? {
        var i = start
        var charset: String?
        var content: String?
        var httpEquiv = false
        while i < end {
            while i < end && (Self.isSpace(b[i]) || b[i] == UInt8(ascii: "/")) { i += 1 }
            let nameStart = i
            while i < end && !Self.isSpace(b[i]) && b[i] != UInt8(ascii: "=") && b[i] != UInt8(ascii: "/") { i += 1 }
            let name = String(decoding: b[nameStart..<i].map(Self.lower), as: UTF8.self)
            while i < end && Self.isSpace(b[i]) { i += 1 }
            var value = ""
            if i < end && b[i] == UInt8(ascii: "=") {
                i += 1
                while i < end && Self.isSpace(b[i]) { i += 1 }
                if i < end && (b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'")) {
                    let q = b[i]
                    i += 1
                    let vs = i
                    while i < end && b[i] != q { i += 1 }
                    value = String(decoding: b[vs..<i], as: UTF8.self)
                    i += 1
                } else {
                    let vs = i
                    while i < end && !Self.isSpace(b[i]) { i += 1 }
                    value = String(decoding: b[vs..<i], as: UTF8.self)
                }
            }
            if name.isEmpty && i == nameStart { i += 1; continue }
            switch name {
            case "charset": if charset == nil { charset = value }
            case "content": if content == nil { content = value }
            case "http-equiv": httpEquiv = httpEquiv || value.lowercased() == "content-type"
            default: break
            }
        }
        if let charset, !charset.isEmpty { return charset }
        if httpEquiv, let content, let label = Self.charsetAfterKeyword(Array(content.utf8)[...]) { return label }
        return nil
    }

    /// `charset=x` inside a Content-Type value.
    static func charsetAfterKeyword(_ v: ArraySlice<UInt8>) -> String? {
        var i = v.startIndex
        let word = Array("charset".utf8)
        while i + word.count <= v.endIndex {
            var hit = true
            for k in 0..<word.count where lower(v[i + k]) != word[k] { hit = false; break }
            if hit {
                var j = i + word.count
                while j < v.endIndex && isSpace(v[j]) { j += 1 }
                if j < v.endIndex && v[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < v.endIndex && isSpace(v[j]) { j += 1 }
                    if let value = value(v, from: j, end: v.endIndex), !value.isEmpty { return value }
                }
            }
            i += 1
        }
        return nil
    }

    static func value(_ v: ArraySlice<UInt8>, from start: Int, end: Int) -> String? {
        guard start < end else { return nil }
        var i = start
        if v[i] == UInt8(ascii: "\"") || v[i] == UInt8(ascii: "'") {
            let q = v[i]
            i += 1
            let s = i
            while i < end && v[i] != q { i += 1 }
            return String(decoding: v[s..<i], as: UTF8.self)
        }
        let s = i
        while i < end && !isSpace(v[i]) && v[i] != UInt8(ascii: ";") && v[i] != UInt8(ascii: "\"")
            && v[i] != UInt8(ascii: "'") && v[i] != UInt8(ascii: ">") && v[i] != UInt8(ascii: "?")
        {
            i += 1
        }
        return String(decoding: v[s..<i], as: UTF8.self)
    }
}

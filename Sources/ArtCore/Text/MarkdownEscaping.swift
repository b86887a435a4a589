/// Literal text written as Markdown (CommonMark, with GitHub's tables and
/// strikethrough): a character is escaped only where Markdown could read it
/// as markup, so ordinary prose keeps its look. art-strip's `markdown` and
/// art-json's `--to md` both write text through it.
public enum MarkdownEscaping {
    /// `text` escaped, its start and every line taken as the start of a line.
    /// `inTableCell` also escapes `|`, which would end a table's cell.
    public static func escaped(_ text: String, inTableCell: Bool = false) -> String {
        var out: [UInt8] = []
        var text = text
        text.withUTF8 { append($0, to: &out, atLineStart: true, inTableCell: inTableCell) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` to `out`, where `out`'s last byte is what comes before
    /// (`atLineStart`: nothing does, and a block could start). What follows
    /// `text` is not known, so its last character is escaped as if markup
    /// came next. A "!" never needs escaping here, as text has no unescaped
    /// "[": a writer that puts a link's "[" after one escapes it then.
    public static func append(
        _ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], atLineStart: Bool, inTableCell: Bool = false
    ) {
        var lineStart = atLineStart
        var previous: UInt8? = atLineStart ? nil : out.last
        var i = 0
        while i < text.count {
            let c = text[i]
            if !lineStart && !mayBeMarkup[Int(c)] {
                out.append(c)
                previous = c
                i += 1
                continue
            }
            if lineStart && c != 0x0A, let k = lineStartMarkup(text, i) {
                out.append(contentsOf: text[i..<k])
                out.append(0x5C)
                out.append(text[k])
                previous = text[k]
                i = k + 1
                lineStart = false
                continue
            }
            if needsEscape(c, in: text, at: i, after: previous, inTableCell: inTableCell) { out.append(0x5C) }
            out.append(c)
            lineStart = c == 0x0A
            previous = lineStart ? nil : c
            i += 1
        }
    }

    /// The bytes `needsEscape` may escape, and the line feed.
    static let mayBeMarkup: [Bool] = (0..<256).map { "\\`*_[]|~<&\n".utf8.contains(UInt8($0)) }

    /// Where a line starting at `i` would begin a block (a heading, a quote,
    /// a list item, a rule or an underline): the index of the byte to escape.
    static func lineStartMarkup(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let c = b[i]
        let next: UInt8? = i + 1 < b.count ? b[i + 1] : nil
        switch c {
        case UInt8(ascii: "#"):
            var j = i
            while j < b.count && b[j] == c && j - i < 7 { j += 1 }
            return j - i <= 6 && (j == b.count || isSpace(b[j])) ? i : nil
        case UInt8(ascii: ">"):
            return i
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "="), UInt8(ascii: "_"):
            return next == nil || isSpace(next!) || next == c ? i : nil
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            // An ordered list's number: up to nine digits, then "." or ")".
            var j = i
            while j < b.count && isDigit(b[j]) { j += 1 }
            guard j - i <= 9, j < b.count, b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: ")") else { return nil }
            return j + 1 == b.count || isSpace(b[j + 1]) ? j : nil
        default:
            return nil
        }
    }

    /// Whether `c` at `i` needs a backslash, `previous` being the byte before
    /// it on its line (nil at the line's start).
    static func needsEscape(
        _ c: UInt8, in b: UnsafeBufferPointer<UInt8>, at i: Int, after previous: UInt8?, inTableCell: Bool
    ) -> Bool {
        let next: UInt8? = i + 1 < b.count ? b[i + 1] : nil
        switch c {
        case UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"):
            return true
        case UInt8(ascii: "|"):
            return inTableCell
        case UInt8(ascii: "\\"):
            return next.map(isPunctuation) ?? true
        case UInt8(ascii: "*"), UInt8(ascii: "~"):
            // Between spaces it can neither open nor close emphasis.
            return !(previous.map(isSpace) ?? true) || !(next.map(isSpace) ?? false)
        case UInt8(ascii: "_"):
            // Nor between spaces, nor inside a word (snake_case).
            let before = previous.map(isSpace) ?? true
            let after = next.map(isSpace) ?? false
            if before && after { return false }
            return !(previous.map(isAlphanumeric) ?? false) || !(next.map(isAlphanumeric) ?? false)
        case UInt8(ascii: "<"):
            // A tag or an autolink starts with a letter, "/", "!" or "?".
            guard let next else { return true }
            return isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
        case UInt8(ascii: "&"):
            return startsReference(b, i + 1)
        default:
            return false
        }
    }

    /// Whether `&` before `i` starts a character reference (`&amp;`, `&#38;`).
    static func startsReference(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < b.count else { return true }
        if b[i] == UInt8(ascii: "#") { return true }
        var j = i
        while j < b.count && j - i < 32 && isAlphanumeric(b[j]) { j += 1 }
        return j > i && (j == b.count || b[j] == UInt8(ascii: ";"))
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isAlphanumeric(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) }
    static func isPunctuation(_ c: UInt8) -> Bool {
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }
}

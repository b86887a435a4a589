import ArtCore

/// One block of the Markdown: a paragraph, a heading, a list item, a code
/// block or a table, with the paragraphs of the plain text it shows.
struct MarkdownBlock: Equatable {
    /// The block's Markdown, its line prefixes (quote marks, list
    /// indentation) included.
    var markdown: String
    /// The text's paragraphs it shows (a table may show several).
    var paragraphs: Range<Int>
    /// Its blank line: its quote marks (">") when inside a quote, else empty.
    var blankLine = ""
    /// Set on the first block of a list item: the node of its outermost list.
    var startsItemOfList: Int?
    /// The outermost list it is in, if any.
    var list: Int?

    /// A paragraph of plain text, escaped; its line breaks kept.
    static func plain(_ paragraph: String, at index: Int) -> MarkdownBlock {
        let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false)
        let escaped = lines.map { MarkdownEscaping.escaped(String($0)) }
        return MarkdownBlock(markdown: escaped.joined(separator: "\\\n"), paragraphs: index..<index + 1)
    }
}

/// The main text as Markdown: its blocks, kept in step with the paragraphs
/// of the plain text.
struct MarkdownText: Equatable {
    var blocks: [MarkdownBlock] = []

    /// Plain paragraphs (a text given as text, such as JSON-LD's articleBody).
    init(plain paragraphs: [String]) {
        blocks = paragraphs.enumerated().map { MarkdownBlock.plain($1, at: $0) }
    }

    init(blocks: [MarkdownBlock]) { self.blocks = blocks }

    /// The Markdown: blocks a blank line apart, list items one line apart.
    var joined: String {
        var out = ""
        for (k, block) in blocks.enumerated() {
            if k > 0 {
                let before = blocks[k - 1]
                let tight = block.startsItemOfList != nil && block.startsItemOfList == before.list
                // The blank line keeps the quote marks the two blocks share.
                let shared = zip(before.blankLine, block.blankLine).prefix { $0 == $1 }.map(\.0)
                out += tight ? "\n" : "\n" + String(shared.reversed().drop { $0 == " " }.reversed()) + "\n"
            }
            out += block.markdown
        }
        return out
    }

    /// Follows an edit of the paragraphs (`old` to `new`, which changes only a
    /// run of them: the headline or a notice taken out): blocks of unchanged
    /// paragraphs stay; the blocks of changed ones give way to the new
    /// paragraphs as plain text.
    mutating func follow(_ old: [String], _ new: [String]) {
        let shorter = min(old.count, new.count)
        var prefix = 0
        while prefix < shorter && old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < shorter - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let changed = prefix..<old.count - suffix
        guard !changed.isEmpty || new.count != old.count else { return }
        let touched = blocks.indices.filter { blocks[$0].paragraphs.overlaps(changed) }
        let first = touched.first ?? blocks.firstIndex { $0.paragraphs.lowerBound >= changed.upperBound } ?? blocks.count
        let low = touched.first.map { blocks[$0].paragraphs.lowerBound } ?? changed.lowerBound
        let high = touched.last.map { blocks[$0].paragraphs.upperBound } ?? changed.upperBound
        // What the touched blocks showed, with the edit made.
        let replacement = Array(old[low..<changed.lowerBound]) + new[prefix..<new.count - suffix]
            + old[changed.upperBound..<high]
        let shift = new.count - old.count
        for k in blocks.indices where blocks[k].paragraphs.lowerBound >= high {
            blocks[k].paragraphs = blocks[k].paragraphs.lowerBound + shift..<blocks[k].paragraphs.upperBound + shift
        }
        let plain = replacement.enumerated().map { MarkdownBlock.plain($1, at: low + $0) }
        blocks.replaceSubrange(first..<first + touched.count, with: plain)
    }
}

/// A table being read, and its Markdown: a pipe table whose first row is
/// the header.
struct MarkdownTable {
    var rows: [[[UInt8]]] = []
    var caption: [UInt8] = []

    mutating func startRow() { rows.append([]) }

    mutating func add(cell: [UInt8]) {
        if rows.isEmpty { rows.append([]) }
        rows[rows.count - 1].append(cell)
    }

    /// The table's lines (the caption first, a blank line apart).
    func lines() -> [String] {
        let rows = self.rows.filter { !$0.isEmpty }
        let columns = rows.map(\.count).max() ?? 0
        guard columns > 0 else { return caption.isEmpty ? [] : [String(decoding: caption, as: UTF8.self)] }
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var out: [String] = []
        if !caption.isEmpty { out += [String(decoding: caption, as: UTF8.self), ""] }
        for (k, row) in rows.enumerated() {
            let cells = row.map { String(decoding: $0, as: UTF8.self) }
            out.append(line(cells + Array(repeating: "", count: columns - row.count)))
            if k == 0 { out.append(line(Array(repeating: "---", count: columns))) }
        }
        return out
    }
}

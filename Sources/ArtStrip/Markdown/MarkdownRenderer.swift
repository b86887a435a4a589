import ArtCore

/// Turns the walk's events into Markdown. It drives the text's `Renderer`
/// with the same events and writes what that adds to its lines, so the
/// Markdown holds the same text, and ends a block where the text ends a
/// paragraph: each block knows the paragraphs it shows.
struct MarkdownRenderer: RenderSink {
    let dom: DOM
    let live: [Bool]
    /// The page's address, against which links are resolved.
    let baseURL: String?
    var plain = Renderer()
    var blocks: [MarkdownBlock] = []

    /// Open quotes, lists and list items, outermost first.
    var containers: [Container] = []
    /// The Markdown of the current line, and the block's earlier lines.
    var line: [UInt8] = []
    var lines: [[UInt8]] = []
    /// How much of the text's current line is in `line`.
    var synced = 0
    /// The first paragraph of the text that the current block shows.
    var blockStart = 0
    var headingLevel = 0
    var preDepth = 0
    /// Open emphasis and links, innermost last.
    var inline: [InlineMarker] = []
    /// A code span being read (outside <pre>), and its element.
    var code: [UInt8]?
    var codeNode = -1
    /// A table being read, and its element.
    var table: MarkdownTable?
    var tableNode = -1
    /// Whether a table's cell is being read.
    var cellOpen = false

    enum Container {
        case quote(node: Int)
        case list(node: Int, ordered: Bool, items: Int)
        case item(node: Int, marker: String, started: Bool)

        var node: Int {
            switch self {
            case .quote(let node), .list(let node, _, _), .item(let node, _, _): return node
            }
        }
    }

    struct InlineMarker {
        enum Kind: Equatable {
            case strong, emphasis
            case link(String)
        }
        var kind: Kind
        /// Inside another of its kind, in code or in <pre>: writes nothing.
        var silent: Bool
        var written = false
    }

    init(dom: DOM, live: [Bool], baseURL: String?) {
        self.dom = dom
        self.live = live
        self.baseURL = baseURL
    }

    // MARK: Events

    mutating func open(_ t: Tag, node: Int) {
        let before = (plain.paragraphs.count, !plain.line.isEmpty)
        plain.open(t, node: node)
        followText(before)
        switch t {
        case .h1, .h2, .h3, .h4, .h5, .h6:
            headingLevel = Int(t.rawValue - Tag.h1.rawValue) + 1
        case .pre:
            preDepth += 1
        case .blockquote:
            containers.append(.quote(node: node))
        case .ul, .ol:
            containers.append(.list(node: node, ordered: t == .ol, items: 0))
        case .li:
            containers.append(.item(node: node, marker: nextMarker(), started: false))
        case .table where table == nil && preDepth == 0 && isDataTable(node):
            table = MarkdownTable()
            tableNode = node
        case .tr where table != nil:
            endCell()
            table!.startRow()
        case .td where table != nil, .th where table != nil:
            endCell()
            cellOpen = true
        case .caption where table != nil:
            endCell()
        case .strong, .b: openInline(.strong)
        case .em, .i: openInline(.emphasis)
        case .a:
            if let href = dom.attr(node, .href) {
                openInline(.link(LinkAddress.resolve(href, against: baseURL)))
            } else {
                openInline(.link(""))
                inline[inline.count - 1].silent = true
            }
        case .code where code == nil && preDepth == 0:
            code = []
            codeNode = node
        default: break
        }
    }

    mutating func close(_ t: Tag, node: Int) {
        if t == .code && node == codeNode {
            writeCode()
            code = nil
            codeNode = -1
        }
        if t == .strong || t == .b || t == .em || t == .i || t == .a, let marker = inline.popLast(), marker.written {
            appendClosing(marker.closing)
        }
        if t == .caption && table != nil {
            closeWrittenMarkers()
            table!.caption = MarkdownRenderer.trimmed(line)
            line.removeAll()
        }
        let before = (plain.paragraphs.count, !plain.line.isEmpty)
        plain.close(t, node: node)
        if t == .table && node == tableNode { endTable() }
        followText(before)
        switch t {
        case .h1, .h2, .h3, .h4, .h5, .h6: headingLevel = 0
        case .pre: preDepth -= 1
        default: if containers.last?.node == node { containers.removeLast() }
        }
    }

    mutating func text(_ b: UnsafeBufferPointer<UInt8>) {
        plain.text(b)
        sync()
    }

    mutating func endBlock() {
        let before = (plain.paragraphs.count, !plain.line.isEmpty)
        plain.endBlock()
        followText(before)
    }

    mutating func finish() -> (paragraphs: [String], markdown: MarkdownText) {
        endBlock()
        return (plain.paragraphs, MarkdownText(blocks: blocks))
    }

    // MARK: Following the text

    /// After an event: a paragraph the text ended ends the block, a line it
    /// ended ends the line, and what it added to its line is written.
    mutating func followText(_ before: (paragraphs: Int, hadLine: Bool)) {
        if plain.paragraphs.count > before.paragraphs {
            if table == nil { endBlock(paragraphs: plain.paragraphs.count) } else { line.append(0x20) }
        } else if before.hadLine && plain.line.isEmpty {
            if table == nil && headingLevel == 0 { endLine() } else { line.append(0x20) }
        }
        sync()
    }

    /// Writes what the text's current line gained since the last event.
    mutating func sync() {
        if plain.line.count < synced || plain.line.isEmpty { synced = 0 }
        guard plain.line.count > synced else { return }
        defer { synced = plain.line.count }
        guard preDepth == 0 else { return }
        plain.line.withUnsafeBufferPointer { all in
            var new = UnsafeBufferPointer(rebasing: all[synced...])
            // A space before the first letters stays outside any markup.
            if let first = new.first, first == 0x20 || first == 0x09 {
                if code?.isEmpty == false { code!.append(first) } else { line.append(first) }
                new = UnsafeBufferPointer(rebasing: new.dropFirst())
            }
            guard !new.isEmpty else { return }
            writeOpeners()
            if code != nil {
                code!.append(contentsOf: new)
            } else {
                // A heading's or a cell's text starts no block.
                let blockStart = line.isEmpty && headingLevel == 0 && table == nil
                MarkdownEscaping.append(new, to: &line, atLineStart: blockStart, inTableCell: table != nil)
            }
        }
    }

    mutating func endLine() {
        writeCode()
        if !line.isEmpty { lines.append(line) }
        line.removeAll(keepingCapacity: true)
    }

    /// Ends the current block, which shows the text's paragraphs from
    /// `blockStart` to `end`.
    mutating func endBlock(paragraphs end: Int) {
        writeCode()
        closeWrittenMarkers()
        if !line.isEmpty { lines.append(line) }
        line.removeAll(keepingCapacity: true)
        defer {
            lines.removeAll()
            blockStart = end
        }
        guard end > blockStart else { return }
        let prefix = linePrefixes()
        var body: [String]
        if preDepth > 0 {
            body = MarkdownRenderer.fenced(plain.paragraphs[end - 1])
        } else if lines.isEmpty {
            body = [MarkdownBlock.plain(plain.paragraphs[end - 1], at: 0).markdown]
        } else if headingLevel > 0 {
            let text = lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
            body = [String(repeating: "#", count: headingLevel) + " " + text]
        } else {
            body = lines.enumerated().map { k, l in
                String(decoding: l, as: UTF8.self) + (k < lines.count - 1 ? "\\" : "")
            }
        }
        addBlock(body, prefix: prefix, paragraphs: blockStart..<end)
    }

    mutating func addBlock(_ body: [String], prefix: Prefixes, paragraphs: Range<Int>) {
        guard !body.isEmpty else { return }
        var text = prefix.first + body[0]
        for l in body.dropFirst() { text += "\n" + (l.isEmpty ? prefix.blankLine : prefix.rest + l) }
        let block = MarkdownBlock(
            markdown: text, paragraphs: paragraphs, blankLine: prefix.blankLine,
            startsItemOfList: prefix.startsItem ? prefix.list : nil, list: prefix.list)
        blocks.append(block)
    }

    /// A code block: fenced by more backticks than it holds in a row.
    static func fenced(_ text: String) -> [String] {
        var longest = 0
        var run = 0
        for c in text.utf8 {
            run = c == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return [fence] + text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [fence]
    }
}

// MARK: Lists, inline markup, tables

extension MarkdownRenderer {
    /// Line prefixes of a block: quote marks and list indentation.
    struct Prefixes {
        var first = ""
        var rest = ""
        var blankLine = ""
        var startsItem = false
        /// The outermost list.
        var list: Int?
    }

    /// Quotes and list items nested deeper show as this deep: a page's
    /// markup could otherwise make every line as long as the page.
    static let deepestShown = 10

    /// The current block's prefixes; the first block of a list item has the
    /// item's marker.
    mutating func linePrefixes() -> Prefixes {
        var p = Prefixes()
        var depth = 0
        for k in containers.indices {
            switch containers[k] {
            case .quote:
                guard depth < Self.deepestShown else { continue }
                depth += 1
                p.first += "> "
                p.rest += "> "
            case .list(let node, _, _):
                if p.list == nil { p.list = node }
            case .item(let node, let marker, let started):
                let indent = depth < Self.deepestShown ? String(repeating: " ", count: marker.count) : ""
                depth += 1
                if started {
                    p.first += indent
                } else {
                    p.first += marker
                    containers[k] = .item(node: node, marker: marker, started: true)
                    p.startsItem = true
                }
                p.rest += indent
            }
        }
        p.blankLine = String(p.rest.reversed().drop { $0 == " " }.reversed())
        return p
    }

    /// The marker of a new item of the innermost list: "- ", or "3. ".
    mutating func nextMarker() -> String {
        guard let k = containers.lastIndex(where: { if case .list = $0 { true } else { false } }),
            case .list(let node, let ordered, let items) = containers[k]
        else { return "- " }
        containers[k] = .list(node: node, ordered: ordered, items: items + 1)
        return ordered ? "\(items + 1). " : "- "
    }

    mutating func openInline(_ kind: InlineMarker.Kind) {
        let nested = inline.contains { !$0.silent && $0.kind.sameMarkup(as: kind) }
        inline.append(InlineMarker(kind: kind, silent: nested || preDepth > 0 || code != nil))
    }

    /// Writes the markers of emphasis and links opened since the last text.
    mutating func writeOpeners() {
        for k in inline.indices where !inline[k].written && !inline[k].silent {
            // "![" would make the link an image.
            if case .link = inline[k].kind, line.last == UInt8(ascii: "!") { line.insert(0x5C, at: line.count - 1) }
            line += inline[k].opening
            inline[k].written = true
        }
    }

    /// Closes what is written at a block's or a cell's end; the markers open
    /// again before the next text.
    mutating func closeWrittenMarkers() {
        for k in inline.indices.reversed() where inline[k].written {
            appendClosing(inline[k].closing)
            inline[k].written = false
        }
    }

    /// A closing marker goes right after the last text, on the line before
    /// when this one is still empty.
    mutating func appendClosing(_ bytes: [UInt8]) {
        if line.isEmpty, !lines.isEmpty { lines[lines.count - 1] += bytes } else { line += bytes }
    }

    /// Writes the code span read so far: between more backticks than it holds
    /// in a row, spaced off when it starts or ends with one.
    mutating func writeCode() {
        guard let c = code, !c.isEmpty else { return }
        var longest = 0
        var run = 0
        for b in c {
            run = b == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = [UInt8](repeating: UInt8(ascii: "`"), count: longest + 1)
        let pad: [UInt8] = c.first == UInt8(ascii: "`") || c.last == UInt8(ascii: "`") ? [0x20] : []
        line += fence + pad + c + pad + fence
        code = []
    }

    /// Whether a table is data to show as a table: rows, and no headings,
    /// lists, quotes, code or tables inside (a table that lays out a page
    /// holds those, and its text is shown as blocks).
    func isDataTable(_ node: Int) -> Bool {
        var rows = 0
        var i = node + 1
        while i < Int(dom.end[node]) {
            if !live[i] {
                i = Int(dom.end[i])
                continue
            }
            switch dom.tag[i] {
            case .table, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .dl, .blockquote, .pre: return false
            case .tr: rows += 1
            default: break
            }
            i += 1
        }
        return rows > 0
    }

    mutating func endCell() {
        writeCode()
        closeWrittenMarkers()
        let cell = MarkdownRenderer.trimmed(line)
        if cellOpen || !cell.isEmpty { table!.add(cell: cell) }
        line.removeAll(keepingCapacity: true)
        cellOpen = false
    }

    /// Ends a table: one block, for all the paragraphs of text it holds.
    mutating func endTable() {
        endCell()
        let body = table!.lines()
        table = nil
        tableNode = -1
        let end = plain.paragraphs.count
        if end > blockStart { addBlock(body, prefix: linePrefixes(), paragraphs: blockStart..<end) }
        blockStart = end
    }

    static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        Array(bytes.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed())
    }
}

extension MarkdownRenderer.InlineMarker {
    var opening: [UInt8] {
        switch kind {
        case .strong: return Array("**".utf8)
        case .emphasis: return Array("*".utf8)
        case .link: return Array("[".utf8)
        }
    }

    var closing: [UInt8] {
        switch kind {
        case .strong: return Array("**".utf8)
        case .emphasis: return Array("*".utf8)
        case .link(let address): return Array("](".utf8) + MarkdownRenderer.destination(address) + Array(")".utf8)
        }
    }
}

extension MarkdownRenderer.InlineMarker.Kind {
    func sameMarkup(as other: Self) -> Bool {
        switch (self, other) {
        case (.strong, .strong), (.emphasis, .emphasis), (.link, .link): return true
        default: return false
        }
    }
}

extension MarkdownRenderer {
    /// A link's address as a Markdown destination: what would end it
    /// (spaces, parentheses, angle brackets) percent-encoded.
    static func destination(_ address: String) -> [UInt8] {
        var out: [UInt8] = []
        for c in address.utf8 {
            switch c {
            case 0x20, 0x28, 0x29, 0x3C, 0x3E, 0x5C:
                let hex = Array("0123456789ABCDEF".utf8)
                out += [UInt8(ascii: "%"), hex[Int(c >> 4)], hex[Int(c & 15)]]
            default:
                out.append(c)
            }
        }
        return out
    }
}

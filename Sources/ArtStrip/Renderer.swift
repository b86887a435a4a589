// Text assembly: the chosen containers' live nodes, rendered as paragraphs
// (and, for `--format markdown`, as Markdown: Markdown/MarkdownRenderer.swift).

/// What a walk over the chosen containers' live nodes reports, in document
/// order: elements opening and closing, their text, and each container's end.
protocol RenderSink {
    mutating func open(_ t: Tag, node: Int)
    mutating func close(_ t: Tag, node: Int)
    mutating func text(_ b: UnsafeBufferPointer<UInt8>)
    mutating func endBlock()
}

/// A main text: its paragraphs and, when asked for, the same as Markdown.
struct MainText {
    var paragraphs: [String] = []
    var markdown: MarkdownText?

    /// Replaces the paragraphs with an edit of them; the Markdown follows.
    mutating func edit(to new: [String]) {
        markdown?.follow(paragraphs, new)
        paragraphs = new
    }
}

extension Extractor {
    /// The text of `roots`, as paragraphs.
    func render(_ roots: [Int]) -> [String] {
        var out = Renderer()
        walk(roots, into: &out)
        return out.finish()
    }

    /// The main text of `roots`; with `markdown`, as Markdown too, its links
    /// resolved against `baseURL`.
    func renderText(_ roots: [Int], markdown: Bool, baseURL: String?) -> MainText {
        guard markdown else { return MainText(paragraphs: render(roots)) }
        var out = MarkdownRenderer(dom: dom, live: live, baseURL: baseURL)
        walk(roots, into: &out)
        let (paragraphs, markdown) = out.finish()
        return MainText(paragraphs: paragraphs, markdown: markdown)
    }

    /// Reports the live nodes of `roots` to `out`.
    func walk<Sink: RenderSink>(_ roots: [Int], into out: inout Sink) {
        for root in roots {
            var stack: [(end: Int, tag: Tag, node: Int)] = []
            var i = root
            let hi = Int(dom.end[root])
            while i < hi || !stack.isEmpty {
                while let top = stack.last, i >= top.end {
                    out.close(top.tag, node: top.node)
                    stack.removeLast()
                }
                guard i < hi else { break }
                if !live[i] {
                    i = Int(dom.end[i])
                    continue
                }
                let t = dom.tag[i]
                if t == .text {
                    dom.withText(i) { out.text($0) }
                    i += 1
                    continue
                }
                out.open(t, node: i)
                if Int(dom.end[i]) > i + 1 {
                    stack.append((Int(dom.end[i]), t, i))
                } else {
                    out.close(t, node: i)
                }
                i += 1
            }
            out.endBlock()
        }
    }
}

/// Turns open/close/text events into paragraphs of normalised text, on
/// UTF-8 bytes.
struct Renderer: RenderSink {
    var paragraphs: [String] = []
    var block: [UInt8] = []
    var line: [UInt8] = []
    var pendingSpace = false
    var preDepth = 0

    mutating func endLine() {
        while let l = line.last, l == 0x20 || l == 0x09 { line.removeLast() }
        if !line.isEmpty || (preDepth > 0 && !block.isEmpty) {
            if !block.isEmpty { block.append(0x0A) }
            block.append(contentsOf: line)
        }
        line.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    mutating func endBlock() {
        endLine()
        while let l = block.last, l == 0x0A { block.removeLast() }
        if !block.isEmpty { paragraphs.append(String(decoding: block, as: UTF8.self)) }
        block.removeAll(keepingCapacity: true)
    }

    mutating func open(_ t: Tag, node: Int) { open(t) }

    mutating func close(_ t: Tag, node: Int) { close(t) }

    mutating func open(_ t: Tag) {
        switch t {
        case .br:
            if line.isEmpty && preDepth == 0 { endBlock() } else { endLine() }
        case .tr:
            endLine()
        case .td, .th:
            if !line.isEmpty {
                line.append(0x09)
                pendingSpace = false
            }
        case .pre:
            endBlock()
            preDepth += 1
        case .img:
            break
        default:
            if t.isBlock { endBlock() }
        }
    }

    mutating func close(_ t: Tag) {
        switch t {
        case .tr: endLine()
        case .pre:
            endBlock()
            preDepth -= 1
        default:
            if t.isBlock { endBlock() }
        }
    }

    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { text($0) }
    }

    /// The length of the white-space character at `i`, or 0.
    @inline(__always)
    static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        let n = b.count
        if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 || b[i + 1] == 0x85 { return 2 }
        if c == 0xE2, i + 2 < n {
            let c1 = b[i + 1]
            let c2 = b[i + 2]
            if c1 == 0x80, c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF { return 3 }
            if c1 == 0x81, c2 == 0x9F { return 3 }
        }
        if c == 0xE3, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }
        if c == 0xE1, i + 2 < n, b[i + 1] == 0x9A, b[i + 2] == 0x80 { return 3 }
        return 0
    }

    mutating func text(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        if preDepth > 0 {
            for c in b {
                if c == 0x0A { endLine() } else if c != 0x0D { line.append(c) }
            }
            return
        }
        var i = 0
        while i < n {
            let k = Renderer.spaceLength(b, i)
            if k > 0 {
                if !line.isEmpty { pendingSpace = true }
                i += k
                continue
            }
            if pendingSpace {
                line.append(0x20)
                pendingSpace = false
            }
            // Copy a run at once: up to a byte that is or may start white
            // space (ASCII space or control, or the lead byte of a
            // no-break, Ogham, general-punctuation or ideographic space).
            var j = i + 1
            while j < n {
                let c = b[j]
                if c <= 0x20 || c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 { break }
                j += 1
            }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
            i = j
        }
    }

    mutating func finish() -> [String] {
        endBlock()
        return paragraphs
    }
}

#if canImport(Glibc)
    import Glibc
#endif

let debugEnabled = getenv("ART_STRIP_DEBUG") != nil

func debugLog(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count) }
}

/// Finds a page's main text: boilerplate removal, evidence for the article's
/// container, a density score, sibling merging, and cleaning inside the
/// chosen container.
struct Extractor {
    let dom: DOM
    let n: Int
    /// Per node: the class weight.
    let weight: [Int32]
    /// Per text node: collapsed length and commas.
    let ownLen: [Int32]
    let ownCommas: [Int32]
    let body: Int

    var removed: [Bool]
    /// Per node, over its live subtree: collapsed text length, and the rest.
    var live: [Bool] = []
    var textLen: [Int32] = []
    var counts: [SubtreeCounts] = []

    /// Evidence used, for diagnostics and tests.
    var method = ""

    init(dom: DOM) {
        self.dom = dom
        n = dom.count
        var weight = [Int32](repeating: 0, count: n)
        var body = 0
        for i in 0..<n where dom.tag[i] != .text {
            if dom.tag[i] == .body && body == 0 { body = i }
            weight[i] = dom.flags[i].weight
        }
        self.weight = weight
        ownLen = dom.textLength
        ownCommas = dom.textCommas
        self.body = body
        removed = [Bool](repeating: false, count: n)
        computeAggregates()
    }

    // MARK: Aggregates

    mutating func computeAggregates() {
        // Local arrays, written through buffer pointers: this runs after
        // every removal, over every node.
        var live = [Bool](repeating: false, count: n)
        var textLen = ownLen
        var counts = [SubtreeCounts](repeating: SubtreeCounts(), count: n)
        let parent = dom.parent
        let tag = dom.tag
        live.withUnsafeMutableBufferPointer { live in
            removed.withUnsafeBufferPointer { removed in
                for i in 0..<n {
                    let p = Int(parent[i])
                    live[i] = !removed[i] && (p < 0 || live[p])
                }
            }
            textLen.withUnsafeMutableBufferPointer { textLen in
                counts.withUnsafeMutableBufferPointer { counts in
                    for i in 0..<n { counts[i].commas = ownCommas[i] }
                    for i in stride(from: n - 1, through: 0, by: -1) where live[i] {
                        let p = Int(parent[i])
                        guard p >= 0 else { continue }
                        textLen[p] += textLen[i]
                        counts[p].add(counts[i], of: tag[i], textLength: textLen[i])
                    }
                }
            }
        }
        self.live = live
        self.textLen = textLen
        self.counts = counts
    }

    func linkDensity(_ i: Int) -> Double {
        let len = textLen[i]
        return len > 0 ? Double(counts[i].linkLen) / Double(len) : 0
    }

    /// True for elements that hold most of the page's paragraphs: never removed
    /// as boilerplate by a class name or a role.
    func isMajor(_ i: Int) -> Bool {
        let total = max(textLen[body], 1)
        return textLen[i] * 2 > total && counts[i].paragraphs >= 3 && linkDensity(i) < 0.4
    }

    /// Nearly all of the page (a page hidden until a script shows it).
    func isDominant(_ i: Int) -> Bool {
        let total = max(textLen[body], 1)
        return textLen[i] * 10 > total * 8 && counts[i].paragraphs >= 3 && linkDensity(i) < 0.4
    }

    // MARK: Boilerplate

    mutating func removeBoilerplate(strict: Bool) {
        var i = 0
        while i < n {
            if dom.tag[i] != .text, isBoilerplate(i, strict: strict) {
                removed[i] = true
                i = Int(dom.end[i])
            } else {
                i += 1
            }
        }
        computeAggregates()
    }

    func isBoilerplate(_ i: Int, strict: Bool) -> Bool {
        let t = dom.tag[i]
        switch t {
        case .nav, .aside, .button, .input, .select, .dialog, .menu, .textarea, .label:
            return true
        case .footer, .header, .form:
            return !isMajor(i)
        case .html, .body:
            return false
        default: break
        }
        if !dom.hasAttributes(i) { return false }
        if dom.hasAttr(i, .hidden) && !isDominant(i) { return true }
        if let aria = dom.attr(i, .ariaHidden), aria.lowercased() == "true", !isDominant(i) { return true }
        if let style = dom.attr(i, .style), Extractor.hidesElement(style) { return !isDominant(i) }
        if let role = dom.attr(i, .role)?.lowercased() {
            switch role {
            case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog",
                "alertdialog", "search", "toolbar":
                return !isMajor(i)
            default: break
            }
        }
        if let prop = dom.attr(i, .itemprop), TextUtil.contains(prop, "articleBody") { return false }
        guard t != .article, t != .main, t != .a else { return false }
        let f = dom.flags[i]
        // Comments, sharing, newsletters...: even in the looser pass.
        if f.contains(.alwaysUnlikely) && !f.contains(.body) { return true }
        if strict && f.contains(.unlikely) && !f.contains(.maybe) { return true }
        return false
    }

    static let displayNone = Array("display:none".utf8)
    static let visibilityHidden = Array("visibility:hidden".utf8)

    /// True when an inline style hides the element.
    static func hidesElement(_ style: String) -> Bool {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(style.utf8.count)
        for b in style.utf8 where b != 0x20 && b != 0x09 { bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        return TextUtil.find(bytes, displayNone, from: 0) != nil || TextUtil.find(bytes, visibilityHidden, from: 0) != nil
    }

    // MARK: Evidence

    /// The element marked `itemprop="articleBody"` holding the most text.
    func itempropBody() -> Int? {
        var best: Int?
        for i in 0..<n where live[i] && dom.tag[i] != .text && dom.hasAttributes(i) {
            if let p = dom.attr(i, .itemprop),
                TextUtil.contains(p, "articleBody") || TextUtil.contains(p, "articlebody")
            {
                if best == nil || textLen[i] > textLen[best!] { best = i }
            }
        }
        if let b = best, textLen[b] >= 200 { return b }
        return nil
    }

    /// The smallest element holding both the start and the end of the
    /// structured-data article body.
    func container(ofBody articleBody: String) -> Int? {
        let words = TextUtil.collapse(articleBody)
        let scalars = Array(words.unicodeScalars)
        guard scalars.count >= 200 else { return nil }
        func piece(_ r: Range<Int>) -> [UInt8] {
            Array(String(String.UnicodeScalarView(scalars[r])).utf8)
        }
        // Short probes so that markup splitting the text rarely breaks them.
        let head = piece(0..<min(40, scalars.count))
        let tail = piece(max(0, scalars.count - 40)..<scalars.count)
        var first: Int?
        var last: Int?
        for i in 0..<n where live[i] && dom.tag[i] == .text && ownLen[i] >= 20 {
            let bytes = Array(TextUtil.collapse(dom.text(i)).utf8)
            if first == nil {
                let probe = Array(head.prefix(min(head.count, bytes.count)))
                if probe.count >= 20, TextUtil.find(bytes, probe, from: 0) != nil { first = i }
            }
            let probe = Array(tail.suffix(min(tail.count, bytes.count)))
            if probe.count >= 20, TextUtil.find(bytes, probe, from: 0) != nil { last = i }
        }
        guard let a = first, let b = last, a <= b else { return nil }
        var c = Int(dom.parent[a])
        while c >= 0 && Int(dom.end[c]) <= b { c = Int(dom.parent[c]) }
        guard c >= 0, c != body, dom.tag[c] != .html else { return nil }
        return c
    }

    /// Containers whose class or id names an article body.
    func classBody() -> [Int]? {
        var matches: [Int] = []
        for i in 0..<n where live[i] && dom.hasClassOrID(i) {
            switch dom.tag[i] {
            case .div, .section, .article, .main, .td: break
            default: continue
            }
            if textLen[i] >= 100, linkDensity(i) < 0.5, dom.flags[i].contains(.body) { matches.append(i) }
        }
        guard var best = matches.max(by: { textLen[$0] < textLen[$1] }) else { return nil }
        // The innermost match that still holds nearly all of it.
        for m in matches where m > best && m < Int(dom.end[best]) && textLen[m] * 10 >= textLen[best] * 8 {
            if textLen[m] < textLen[best] || m > best { best = m }
        }
        // Other parts of the same kind (a body split by ads or columns): same
        // first class name, not nested in one another.
        let key = firstToken(dom.classAndID(best))
        var result = [best]
        for m in matches where m != best && firstToken(dom.classAndID(m)) == key {
            if result.contains(where: { (m >= $0 && m < Int(dom.end[$0])) || ($0 >= m && $0 < Int(dom.end[m])) }) {
                continue
            }
            result.append(m)
        }
        guard result.reduce(0, { $0 + textLen[$1] }) >= 250 else { return nil }
        return result.sorted()
    }

    func firstToken(_ s: String) -> Substring { s.split(separator: " ").first ?? "" }

    /// The single `<article>` (or `<main>`) holding most of the text.
    func semanticScope() -> Int? {
        for t in [Tag.article, Tag.main] {
            var best: Int?
            var total: Int32 = 0
            var i = 0
            while i < n {
                if live[i] && dom.tag[i] == t {
                    total += textLen[i]
                    if best == nil || textLen[i] > textLen[best!] { best = i }
                    i = Int(dom.end[i])
                } else {
                    i += 1
                }
            }
            if let b = best, textLen[b] >= 500, textLen[b] * 10 >= total * 6 { return b }
        }
        return nil
    }

    // MARK: Density

    func tagInit(_ t: Tag) -> Double {
        switch t {
        case .div: return 5
        case .pre, .td, .blockquote: return 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: return -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: return -5
        default: return 0
        }
    }

    /// The density winner within `scope` and its siblings that belong.
    func densityPick(scope: Int) -> [Int]? {
        var score = [Double](repeating: 0, count: n)
        var isCandidate = [Bool](repeating: false, count: n)
        var candidates: [Int] = []
        let lo = scope
        let hi = Int(dom.end[scope])
        var i = lo
        while i < hi {
            guard live[i] else {
                i = Int(dom.end[i])
                continue
            }
            let t = dom.tag[i]
            var scored = false
            switch t {
            case .p, .pre, .td: scored = true
            case .div, .section, .article: scored = !counts[i].hasBlockChild
            default: break
            }
            if scored && textLen[i] >= 25 {
                let s = 1 + Double(counts[i].commas) + min(Double(textLen[i] / 100), 3)
                var a = Int(dom.parent[i])
                var level = 0
                while a >= 0 && level < 5 {
                    if dom.tag[a] == .html { break }
                    if !isCandidate[a] {
                        isCandidate[a] = true
                        candidates.append(a)
                        score[a] = tagInit(dom.tag[a]) + Double(weight[a])
                    }
                    let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level * 3))
                    score[a] += s / divider
                    a = Int(dom.parent[a])
                    level += 1
                }
            }
            i += 1
        }
        var best: Int?
        for c in candidates {
            score[c] *= 1 - linkDensity(c)
            guard c >= lo && c < hi else { continue }
            if best == nil || score[c] > score[best!] { best = c }
        }
        guard var top = best else { return nil }
        // Several strong candidates under one ancestor: take the ancestor.
        let alternatives = candidates.filter { $0 != top && score[$0] >= 0.75 * score[top] && $0 >= lo && $0 < hi }
        if alternatives.count >= 3 {
            var a = Int(dom.parent[top])
            while a >= lo && a != body && dom.tag[a] != .html {
                let inside = alternatives.filter { $0 >= a && $0 < Int(dom.end[a]) }.count
                if inside >= 3 {
                    top = a
                    break
                }
                a = Int(dom.parent[a])
            }
        }
        // A parent that scores better than its best child takes its place.
        do {
            var lastScore = score[top]
            let threshold = lastScore / 3
            var p = Int(dom.parent[top])
            while p >= lo && p >= 0 && p != body && dom.tag[p] != .html {
                if !isCandidate[p] {
                    p = Int(dom.parent[p])
                    continue
                }
                if score[p] < threshold { break }
                if score[p] > lastScore {
                    top = p
                    break
                }
                lastScore = score[p]
                p = Int(dom.parent[p])
            }
        }
        // An only child stands for its parent.
        while true {
            let p = Int(dom.parent[top])
            if p < lo || p == body || p < 0 || dom.tag[p] == .html { break }
            if textLen[p] != textLen[top] { break }
            top = p
        }
        let topScore = max(score[top], 0)
        let p = Int(dom.parent[top])
        guard p >= lo, p >= 0, top != scope else { return [top] }
        var result: [Int] = []
        let threshold = max(10, topScore * 0.2)
        var c = p + 1
        while c < Int(dom.end[p]) {
            defer { c = Int(dom.end[c]) }
            guard live[c], dom.tag[c] != .text else { continue }
            if c == top {
                result.append(c)
                continue
            }
            var bonus = 0.0
            if dom.hasClassOrID(c) && dom.sameClassAndID(c, top) { bonus = topScore * 0.2 }
            if isCandidate[c] && score[c] + bonus >= threshold {
                result.append(c)
            } else if dom.tag[c] == .p {
                let len = textLen[c]
                let ld = linkDensity(c)
                if len > 80 && ld < 0.25 {
                    result.append(c)
                } else if len > 0 && len <= 80 && ld == 0 {
                    let s = plainText(c)
                    if s.hasSuffix(".") || TextUtil.contains(s, ". ") { result.append(c) }
                }
            }
        }
        return result
    }

    /// The collapsed text of a subtree (live nodes only), its text nodes
    /// taken while they come to at most `limit` bytes of the page.
    func plainText(_ root: Int, limit: Int = 4000) -> String {
        var s: [UInt8] = []
        var length = 0
        var i = root
        let hi = Int(dom.end[root])
        while i < hi {
            if !live[i] {
                i = Int(dom.end[i])
                continue
            }
            if dom.tag[i] == .text {
                dom.withText(i) { s.append(contentsOf: $0) }
                s.append(0x20)
                length += dom.sourceLength(i) + 1
                if length > limit { break }
            }
            i += 1
        }
        return TextUtil.collapse(String(decoding: s, as: UTF8.self))
    }

    // MARK: Cleaning inside the article

    mutating func clean(_ roots: [Int], title: String?) {
        let titleKey = title.map { TextUtil.words($0) } ?? []
        for root in roots {
            var i = root + 1
            let hi = Int(dom.end[root])
            while i < hi {
                if !live[i] || removed[i] {
                    i = Int(dom.end[i])
                    continue
                }
                if dom.tag[i] != .text, shouldDrop(i, titleKey: titleKey, root: root) {
                    if debugEnabled && textLen[i] > 100 {
                        debugLog("drop \(i) \(dom.tag[i]) '\(dom.classAndID(i))' len=\(textLen[i]) ld=\(linkDensity(i))")
                    }
                    removed[i] = true
                    i = Int(dom.end[i])
                    continue
                }
                i += 1
            }
        }
        computeAggregates()
    }

    /// Live text inside `root` before node `i`.
    func textBefore(_ i: Int, root: Int) -> Int32 {
        var sum: Int32 = 0
        var k = root + 1
        while k < i {
            if !live[k] || removed[k] {
                k = Int(dom.end[k])
                continue
            }
            if Int(dom.end[k]) <= i {
                sum += textLen[k]
                k = Int(dom.end[k])
            } else {
                k += 1
            }
        }
        return sum
    }

    func shouldDrop(_ i: Int, titleKey: [String], root: Int) -> Bool {
        let t = dom.tag[i]
        if t.isHeading {
            if linkDensity(i) > 0.33 { return true }
            // The headline: an <h1> before any of the article's text, or a
            // heading that repeats the title.
            if t == .h1 && textBefore(i, root: root) == 0 { return true }
            if !titleKey.isEmpty, textLen[i] < 400 {
                let w = TextUtil.words(plainText(i))
                if w == titleKey { return true }
                if t == .h1 || t == .h2, !w.isEmpty {
                    let key = Set(titleKey)
                    let shared = w.filter { key.contains($0) }.count
                    if shared * 5 >= w.count * 4 && shared * 5 >= titleKey.count * 4 { return true }
                }
            }
            return false
        }
        if t == .figcaption { return true }
        let up = Int(dom.parent[i])
        let inProse = t == .a || (up >= 0 && [Tag.p, .li, .td, .blockquote, .h2, .h3, .h4].contains(dom.tag[up]))
        if textLen[i] < 150 && !inProse {
            if dom.flags[i].contains(.byline) && !dom.flags[i].contains(.body) { return true }
            if let rel = dom.attr(i, .rel), rel.lowercased() == "author" { return true }
            if let prop = dom.attr(i, .itemprop),
                TextUtil.contains(prop, "author") || TextUtil.contains(prop, "datePublished")
            {
                return true
            }
        }
        switch t {
        case .div, .section, .ul, .ol, .table, .form, .figure, .header, .footer, .aside:
            break
        default:
            return false
        }
        if (t == .div || t == .section) && !counts[i].hasBlockChild { return false }
        // Most of the article is never furniture.
        if textLen[i] * 2 > textLen[root] && linkDensity(i) < 0.3 { return false }
        let w = weight[i]
        if w < 0 { return true }
        if counts[i].commas >= 10 { return false }
        let isList = t == .ul || t == .ol
        let isDataTable = t == .table && counts[i].tableHeads > 0
        if isDataTable { return false }
        let p = Double(counts[i].paragraphs)
        let img = Double(counts[i].images)
        let li = Double(counts[i].listItems) - 100
        let inputs = Double(counts[i].inputs)
        let ld = linkDensity(i)
        let len = textLen[i]
        let embeds = counts[i].embeds
        if img > 1 && p / img < 0.5 && t != .figure { return true }
        if !isList && li > p { return true }
        if inputs > (p / 3).rounded(.down) { return true }
        if !isList && len < 25 && (img == 0 || img > 2) && t != .figure { return true }
        if !isList && w < 25 && ld > 0.2 { return true }
        if w >= 25 && ld > 0.5 { return true }
        if isList && ld > 0.5 { return true }
        if embeds >= 1 && len < 75 * embeds { return true }
        return false
    }

    // MARK: Rendering

    /// The text of `roots`, as paragraphs.
    func render(_ roots: [Int]) -> [String] {
        var out = Renderer()
        for root in roots {
            var stack: [(end: Int, tag: Tag)] = []
            var i = root
            let hi = Int(dom.end[root])
            while i < hi || !stack.isEmpty {
                while let top = stack.last, i >= top.end {
                    out.close(top.tag)
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
                out.open(t)
                if Int(dom.end[i]) > i + 1 {
                    stack.append((Int(dom.end[i]), t))
                } else {
                    out.close(t)
                }
                i += 1
            }
            out.endBlock()
        }
        return out.finish()
    }
}

/// What a node's live subtree holds, below the node itself.
struct SubtreeCounts {
    var commas: Int32 = 0
    /// Text inside links.
    var linkLen: Int32 = 0
    var paragraphs: Int32 = 0
    var images: Int32 = 0
    var listItems: Int32 = 0
    /// Form controls.
    var inputs: Int32 = 0
    /// Frames, objects, video and audio.
    var embeds: Int32 = 0
    /// Table headers and captions.
    var tableHeads: Int32 = 0
    var hasBlockChild = false

    /// Adds child `c` (of kind `t`, with `textLength` of text) and its subtree.
    @inline(__always)
    mutating func add(_ c: SubtreeCounts, of t: Tag, textLength: Int32) {
        commas += c.commas
        linkLen += t == .a ? textLength : c.linkLen
        paragraphs += c.paragraphs + (t == .p ? 1 : 0)
        images += c.images + (t == .img ? 1 : 0)
        listItems += c.listItems + (t == .li ? 1 : 0)
        let isInput = t == .input || t == .button || t == .select || t == .textarea
        inputs += c.inputs + (isInput ? 1 : 0)
        let isEmbed = t == .iframe || t == .object || t == .embed || t == .video || t == .audio
        embeds += c.embeds + (isEmbed ? 1 : 0)
        tableHeads += c.tableHeads + (t == .th || t == .caption ? 1 : 0)
        switch t {
        case .div, .p, .blockquote, .dl, .ol, .ul, .pre, .table, .section, .article, .figure, .h1, .h2, .h3, .h4,
            .h5, .h6, .header, .footer, .aside, .nav, .form, .main:
            hasBlockChild = true
        default: break
        }
    }
}

/// Turns open/close/text events into paragraphs of normalised text, on
/// UTF-8 bytes.
struct Renderer {
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

import ArtCore
let debugEnabled = Platform.environment("ART_STRIP_DEBUG") != nil

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
    /// The text's element and score, recorded for `--explain`.
    var explained: TextChoice?
    /// Per node, over its live subtree: collapsed text length, and the rest.
    var live: [Bool] = []
    var textLen: [Int32] = []
    var counts: [SubtreeCounts] = []

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
        // The DOM's arrays are read through buffer pointers too.
        dom.parent.withUnsafeBufferPointer { parent in
            dom.tag.withUnsafeBufferPointer { tag in
                dom.flags.withUnsafeBufferPointer { flags in
                    ownCommas.withUnsafeBufferPointer { ownCommas in
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
                                        if counts[i].holdsArticleBody || Extractor.marksArticleBody(tag[i], flags[i]) {
                                            counts[p].holdsArticleBody = true
                                        }
                                    }
                                }
                            }
                        }
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

    /// Most of the page's text outside links (the menus are no article).
    func holdsMostProse(_ i: Int) -> Bool {
        let total = max(textLen[body] - counts[body].linkLen, 1)
        return (textLen[i] - counts[i].linkLen) * 2 > total && counts[i].paragraphs >= 3 && linkDensity(i) < 0.4
    }

    /// Whether most of `i`'s text stands in five or more like list items
    /// or `<article>`s (same tag and class): a gallery's captions, a
    /// thread, a list of teasers. (Sections of one class are an article's
    /// parts.)
    func isRepeatedItems(_ i: Int) -> Bool {
        var root = i
        // Down through wrappers that hold nearly all the text.
        for _ in 0..<4 {
            var only = -1
            var c = root + 1
            while c < Int(dom.end[root]) {
                if live[c], dom.tag[c] != .text, textLen[c] * 10 >= textLen[root] * 9 { only = c }
                c = Int(dom.end[c])
            }
            guard only >= 0 else { break }
            root = only
        }
        var groups: [String: (count: Int, length: Int32)] = [:]
        var c = root + 1
        while c < Int(dom.end[root]) {
            let t = dom.tag[c]
            if live[c], t == .li || t == .article {
                let key = "\(t) \(dom.hasClassOrID(c) ? dom.classAndID(c) : "")"
                let g = groups[key] ?? (0, 0)
                groups[key] = (g.count + 1, g.length + textLen[c])
            }
            c = Int(dom.end[c])
        }
        return groups.values.contains { $0.count >= 5 && $0.length * 10 > textLen[root] * 6 }
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
                if debugEnabled, textLen[i] > 1000 { debugLog("remove \(i) \(dom.tag[i]) '\(dom.classAndID(i))' len=\(textLen[i]) of \(textLen[body])") }
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
        // A menu, banner or button that holds nearly the whole page was left
        // open in the markup: the article is inside it.
        if textLen[i] > 2000, isDominant(i) { return false }
        // Nor is a wrapper around nearly all of the page, its menus and
        // their links too, that holds the article: it is the page.
        if textLen[i] * 10 > max(textLen[body], 1) * 8, holdsArticleBody(i) { return false }
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
        // A collapsed panel (an accordion's answer, role="region") is the
        // page's content that a button shows: hidden, but no boilerplate.
        let panel = dom.attr(i, .role)?.lowercased() == "region"
        if !panel {
            if dom.hasAttr(i, .hidden) && !isDominant(i) { return true }
            if let aria = dom.attr(i, .ariaHidden), aria.lowercased() == "true", !isDominant(i) { return true }
            if let style = dom.attr(i, .style), Extractor.hidesElement(style) { return !isDominant(i) }
        }
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
        // A syntax highlighter's names inside code (`hljs-comment`, Prism's
        // `token comment`) say what the code's words are, never boilerplate.
        if f.contains(.alwaysUnlikely) || f.contains(.unlikely), isInCode(i) { return false }
        // Comments, sharing, newsletters...: even in the looser pass; but not
        // a wrapper (`share-container`) around most of the page's text and
        // an article body inside it.
        if f.contains(.alwaysUnlikely) && !f.contains(.body) { return !isArticleItself(i) }
        if strict && f.contains(.unlikely) && !f.contains(.maybe) { return !hidesOnlyAPart(i) && !isArticleItself(i) }
        return false
    }

    /// Whether the element is flagged unlikely only by names that say
    /// something of a part of it: a hidden part (`hiddenParts`, and
    /// `md:overflow-hidden` too), or a setting of a part, where the
    /// boilerplate word stands inside a longer name, after its first word
    /// and before two more (`kt-pane-header-alignment-left`: how the panes'
    /// headers are aligned, said on an accordion of the article), or an
    /// accordion's collapsed panel (`kt-accordion-panel-hidden`: the
    /// article's content that a click on its header shows, as a
    /// `role="region"` panel is).
    func hidesOnlyAPart(_ i: Int) -> Bool {
        dom.classBytes.withUnsafeBufferPointer { all in
            let bytes = UnsafeBufferPointer(rebasing: all[dom.classRange(i)])
            var part = false
            var lo = 0
            while lo < bytes.count {
                var hi = lo
                while hi < bytes.count && bytes[hi] != 0x20 { hi += 1 }
                let name = UnsafeBufferPointer(rebasing: bytes[lo..<hi])
                lo = hi + 1
                guard !name.isEmpty, ClassFlags.of(name).contains(.unlikely) else { continue }
                // Each name that says boilerplate must say it of a part.
                guard Extractor.namesAPart(name) else { return false }
                part = true
            }
            return part
        }
    }

    /// One class name (lower-cased bytes) that names a part (see above).
    static func namesAPart(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        if hiddenParts.contains(where: { name.count >= $0.count && name.suffix($0.count).elementsEqual($0) }) {
            return true
        }
        if name.count >= 6, name.suffix(6).elementsEqual(hiddenBytes), accordionBytes.withUnsafeBufferPointer({ TextUtil.find(name, $0, from: 0) != nil }) {
            return true
        }
        return namesASettingOfAPart(name)
    }

    /// A name of four words and more (split at `-` and `_`; numbers are no
    /// words: `active-footer-widgets-1` is a footer) whose boilerplate word
    /// is neither in its first word nor in its last two.
    static func namesASettingOfAPart(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        // Where each word that is no number starts and ends.
        var words: [(Int, Int)] = []
        var k = 0
        while k < name.count {
            while k < name.count && (name[k] == 0x2D || name[k] == 0x5F) { k += 1 }
            let start = k
            var number = true
            while k < name.count && name[k] != 0x2D && name[k] != 0x5F {
                if name[k] < 0x30 || name[k] > 0x39 { number = false }
                k += 1
            }
            if k > start && !number { words.append((start, k)) }
        }
        guard words.count >= 4 else { return false }
        let head = UnsafeBufferPointer(rebasing: name[words[0].0..<words[0].1])
        let tail = UnsafeBufferPointer(rebasing: name[words[words.count - 2].0...])
        return !ClassFlags.of(head).contains(.unlikely) && !ClassFlags.of(tail).contains(.unlikely)
    }

    /// Whether `i` stands inside a `<pre>` or `<code>` element.
    func isInCode(_ i: Int) -> Bool {
        var p = Int(dom.parent[i])
        while p > body {
            if dom.tag[p] == .pre || dom.tag[p] == .code { return true }
            p = Int(dom.parent[p])
        }
        return false
    }

    /// Class names that say a part or a property of the element is hidden,
    /// not the element: `overflow-hidden` (what spills over its edge),
    /// `field--label-hidden` (its label).
    static let hiddenParts = ["overflow-hidden", "overflow-x-hidden", "overflow-y-hidden", "label-hidden"].map {
        Array($0.utf8)
    }
    static let hiddenBytes = Array("hidden".utf8)
    static let accordionBytes = Array("accordion".utf8)

    /// Whether a block a class name calls boilerplate is the article all
    /// the same: it holds most of the page's text and the article's body;
    /// or it holds most of the text outside links (`newsletter-cms`,
    /// `field--label-hidden`, `inline-and-sidebar-container`), stands
    /// inside the article or the page's main element, and is no run of
    /// like items (a gallery's captions, a comment thread).
    func isArticleItself(_ i: Int) -> Bool {
        if isMajor(i) && holdsArticleBody(i) { return true }
        guard holdsMostProse(i), !isRepeatedItems(i), !TextUtil.contains(dom.classAndID(i), "comment") else { return false }
        var p = Int(dom.parent[i])
        while p > body {
            let t = dom.tag[p]
            if t == .article || t == .main || dom.flags[p].contains(.body) { return true }
            p = Int(dom.parent[p])
        }
        return false
    }

    /// Whether an element inside `i` is marked as an article body
    /// (`entry-content`, `post-content`), or is an `<article>` or the `<h1>`.
    func holdsArticleBody(_ i: Int) -> Bool { counts[i].holdsArticleBody }

    /// An element marked as an article body, an `<article>` or an `<h1>`
    /// (static: the aggregate loop must not copy the extractor per node).
    @inline(__always) static func marksArticleBody(_ t: Tag, _ f: ClassFlags) -> Bool {
        t != .text && (f.contains(.body) || t == .article || t == .h1)
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
    /// Table headers (`<th>`, `<thead>`) and captions.
    var tableHeads: Int32 = 0
    var hasBlockChild = false
    /// An element marked as an article body, an `<article>` or the `<h1>` is inside.
    var holdsArticleBody = false

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
        tableHeads += c.tableHeads + (t == .th || t == .caption || t == .thead ? 1 : 0)
        switch t {
        case .div, .p, .blockquote, .dl, .ol, .ul, .pre, .table, .section, .article, .figure, .h1, .h2, .h3, .h4,
            .h5, .h6, .header, .footer, .aside, .nav, .form, .main:
            hasBlockChild = true
        default: break
        }
    }
}

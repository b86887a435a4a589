// Cleaning inside the chosen container: headlines, captions, bylines and
// furniture go before the text is rendered.

extension Extractor {
    mutating func clean(_ roots: [Int], title: String?) {
        let titleKey = title.map { TextUtil.words($0) } ?? []
        for root in roots {
            let structure = structuralClasses(root)
            var i = root + 1
            let hi = Int(dom.end[root])
            while i < hi {
                if !live[i] || removed[i] {
                    i = Int(dom.end[i])
                    continue
                }
                if dom.tag[i] != .text, shouldDrop(i, titleKey: titleKey, root: root, structure: structure) {
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

    /// The class names with a negative weight that wrap at least half of
    /// `root`'s text between them: a page builder's "widget" around every
    /// paragraph is the article's own structure, not furniture.
    func structuralClasses(_ root: Int) -> Set<String> {
        var sums: [String: Int32] = [:]
        for i in (root + 1)..<Int(dom.end[root]) where weight[i] < 0 && live[i] && !removed[i] {
            sums[dom.classAndID(i), default: 0] += textLen[i]
        }
        return Set(sums.filter { $0.value * 2 >= textLen[root] }.keys)
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

    func shouldDrop(_ i: Int, titleKey: [String], root: Int, structure: Set<String>) -> Bool {
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
        // The article's data tables, in a wrapper that scrolls them.
        if counts[i].tableHeads > 0 && linkDensity(i) < 0.2 && t != .form { return false }
        let w = weight[i]
        // A class name such as "widget" also wraps whole sections of
        // prose in page builders: those stay.
        if w < 0 && !isRunningText(i) && !structure.contains(dom.classAndID(i)) { return true }
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
        // A gallery: images with little more than captions (not items that
        // each have an icon and a few sentences).
        if img > 1 && p / img < 0.5 && t != .figure && Double(len) < 150 * img { return true }
        if !isList && li > p { return true }
        if inputs > (p / 3).rounded(.down) { return true }
        if !isList && len < 25 && (img == 0 || img > 2) && t != .figure { return true }
        if !isList && w < 25 && ld > 0.2 { return true }
        if w >= 25 && ld > 0.5 { return true }
        if isList && ld > 0.5 { return true }
        if embeds >= 1 && len < 75 * embeds { return true }
        return false
    }

    /// Paragraphs of running text with few links.
    func isRunningText(_ i: Int) -> Bool {
        textLen[i] >= 500 && counts[i].commas >= 5 && counts[i].paragraphs >= 2 && linkDensity(i) < 0.2
    }
}

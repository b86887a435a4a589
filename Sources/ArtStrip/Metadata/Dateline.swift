/// The date a page shows by its headline: `Jun 08, 2023 • 11 Minute Read`,
/// `by: A. Name, Dec 17, 2025`, `Last Updated: 2025-02-22`, a `<time>`.
extension MetadataReader {
    struct ShownDates {
        /// The first date shown as the publication's, or with no label.
        var published: DateText.Found?
        /// The first date shown as a revision's (`Updated ...`).
        var modified: DateText.Found?
    }

    /// Words that mark a shown date as a revision's, in the languages
    /// art-strip reads.
    static let revisionCues = [
        "updated", "modified", "revised", "reviewed", "last update", "aktualisiert", "geändert", "mis à jour",
        "mise à jour", "actualizado", "actualización", "atualizado", "atualização", "aggiornato",
        "aggiornamento", "bijgewerkt",
    ]

    /// Longest text of a line that can be a dateline, in scalars; more in
    /// an element whose class names a byline or a date.
    static let datelineLength = 150
    static let bylineLength = 300

    /// Lines after a shown update that may still show the publication
    /// (`Updated May 9 · Published May 3`, each in its own element).
    static let linesBesideUpdate = 6

    func shownDates(lang: String?, headline: String?) -> ShownDates {
        var shown = ShownDates()
        var previous = ""
        var linesAfterUpdate = 0
        let zone = datelineZone(headline: headline)
        for i in zone.nodes {
            // Long paragraphs are passed over before they are copied.
            guard Int(dom.textLength[i]) <= 2 * MetadataReader.bylineLength else {
                previous = ""
                continue
            }
            let line = TextUtil.collapse(dom.text(i))
            // The white space between two elements is no line: a label
            // (`Updated`) stays the line before the date beside it.
            if line.isEmpty { continue }
            // The publication stands beside the update; a date further on
            // is the body's or another article's.
            if shown.modified != nil {
                linesAfterUpdate += 1
                if linesAfterUpdate > MetadataReader.linesBesideUpdate { break }
            }
            defer { previous = line }
            let n = TextUtil.scalarCount(line)
            guard n >= 4 else { continue }
            let time = timeAncestor(of: i)
            if n > MetadataReader.datelineLength, time == nil, !inByline(i) || n > MetadataReader.bylineLength { continue }
            guard let value = shownDate(line, time: time, lang: lang),
                !isFurniture(i, besideHeadline: zone.head.contains(i))
            else { continue }
            let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(value.start)))
            if isRevision(before: before, previous: previous, node: i) {
                if shown.modified == nil { shown.modified = value }
            } else {
                shown.published = value
                return shown
            }
        }
        return shown
    }

    /// The date of one line: its `<time datetime>` when the line shows the
    /// same day or none, else the day it shows.
    func shownDate(_ line: String, time: Int?, lang: String?) -> DateText.Found? {
        let machine = time.flatMap { dom.attr($0, .datetime) }.flatMap { MetadataReader.isISODay($0) ? DateParser.iso8601($0) : nil }
        guard let found = DateText.first(in: line, lang: lang) else {
            return machine.map { DateText.Found(day: $0, start: 0) }
        }
        if let machine, machine.prefix(10) == found.day { return DateText.Found(day: machine, start: found.start) }
        if let machine, let other = found.alternate, machine.prefix(10) == other { return DateText.Found(day: machine, start: found.start) }
        return found
    }

    /// The headline's element: the `h1` that shows the title (a logo or
    /// a site name may come first), else the first outside the furniture.
    func headlineNode(_ headline: String?) -> Int? {
        let key = headline.map(TextUtil.words) ?? []
        let shown = zip(h1s, h1Nodes).first { !key.isEmpty && TextUtil.words($0.0) == key && !isFurniture($0.1) }
        if let h = shown?.1 { return h }
        if !h1s.contains(where: { !TextUtil.words($0).isEmpty }), let headline, let t = titleElement(headline, key: key) {
            return t
        }
        return h1Nodes.first { !isFurniture($0) }
    }

    /// Without an `h1`, the element that shows the title, whatever its tag
    /// (a page builder's styled `<p>`): the first text outside the
    /// furniture of the title's words, or of all but a short tail of them
    /// (a site name the title still carries).
    func titleElement(_ headline: String, key: [String]) -> Int? {
        let length = TextUtil.scalarCount(headline)
        for i in 0..<dom.count where dom.tag[i] == .text && dom.textLength[i] >= 12 {
            let n = Int(dom.textLength[i])
            guard n <= length + 2, n * 3 >= length * 2 else { continue }
            let words = TextUtil.words(dom.text(i))
            guard words.count >= 3, key.count - words.count <= 3, key.starts(with: words) else { continue }
            if !isFurniture(i) { return Int(dom.parent[i]) }
        }
        return nil
    }

    struct DatelineZone {
        var nodes: [Int] = []
        /// The nodes right after the headline, its first few hundred
        /// characters: the article's head, whatever the classes say.
        var head: Range<Int> = 0..<0
    }

    /// Characters after the headline that are its head (a dek, the byline).
    static let headLength = 500

    /// Text nodes near the headline: a few before it in its block (a
    /// kicker, a dateline above the title) and those after it up to about
    /// 1,500 characters, then the page's byline and date elements.
    func datelineZone(headline: String?) -> DatelineZone {
        var zone = DatelineZone()
        var nodes: [Int] = []
        if let h = headlineNode(headline) {
            var start = h
            for _ in 0..<2 {
                let p = Int(dom.parent[start])
                guard p >= 0, dom.tag[p] != .body, dom.tag[p] != .html else { break }
                start = p
            }
            var before: [Int] = []
            for i in start..<h where dom.tag[i] == .text { before.append(i) }
            nodes.append(contentsOf: before.suffix(20))
            var after = 0
            var i = h
            while i < dom.count, after < 1500, nodes.count < 100 {
                if dom.tag[i] == .text {
                    nodes.append(i)
                    after += Int(dom.textLength[i])
                    if after <= MetadataReader.headLength { zone.head = h..<(i + 1) }
                }
                i += 1
            }
        }
        for b in datelineNodes + bylineNeighbourhoods() {
            for i in b..<Int(dom.end[b]) where dom.tag[i] == .text && !nodes.contains(i) { nodes.append(i) }
        }
        zone.nodes = nodes
        return zone
    }

    /// Words a byline starts with, ASCII lower-cased, each with the
    /// space or colon after it.
    static let bylineStarts: [[UInt8]] = ["by", "written by", "posted by", "von", "par", "por", "di", "door",
        "autor", "auteur"].flatMap { [Array(($0 + " ").utf8), Array(($0 + ":").utf8)] }
    /// The first letters of `bylineStarts` (all from "a" to "z"), one bit
    /// per letter from "a": a bit test, where a set's look-up hashes.
    static let bylineInitials: UInt32 = bylineStarts.reduce(0) { $0 | 1 << UInt32($1[0] - 0x61) }

    @inline(__always)
    static func isBylineInitial(_ b: UInt8) -> Bool {
        let k = lowerASCII(b) &- 0x61
        return k < 26 && bylineInitials & (1 << UInt32(k)) != 0
    }

    static func startsAByline(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(startsAByline)
    }

    /// Whether the text starts with `By`, `Written by`, `Von`... and a
    /// space or a colon.
    static func startsAByline(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most texts are passed over at their first letter.
        var i = 0
        while i < b.count && (b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09) { i += 1 }
        guard i < b.count, isBylineInitial(b[i]) else { return false }
        // Its first 12 bytes lower-cased and a space, read in place.
        let m = min(12, b.count - i)
        return bylineStarts.contains { start in
            guard start.count <= m + 1 else { return false }
            for k in 0..<start.count where (k < m ? lowerASCII(b[i + k]) : 0x20) != start[k] { return false }
            return true
        }
    }

    /// Around the first texts that start a byline (`By`, `Written by`,
    /// `Von`...) outside the furniture, the elements up to a few dozen
    /// nodes: the date often stands beside the name, in an element of
    /// its own.
    func bylineNeighbourhoods() -> [Int] {
        var roots: [Int] = []
        for i in 0..<dom.count where dom.tag[i] == .text && dom.textLength[i] <= 80 && roots.count < 3 {
            guard dom.withText(i, MetadataReader.startsAByline), !isFurniture(i) else { continue }
            var root = Int(dom.parent[i])
            for _ in 0..<3 {
                let p = Int(dom.parent[root])
                guard p >= 0, Int(dom.end[p]) - p <= 40 else { break }
                root = p
            }
            if !roots.contains(root) { roots.append(root) }
        }
        return roots
    }

    func timeAncestor(of i: Int) -> Int? {
        var p = Int(dom.parent[i])
        for _ in 0..<3 where p >= 0 {
            if dom.tag[p] == .time { return p }
            p = Int(dom.parent[p])
        }
        return nil
    }

    func inByline(_ i: Int) -> Bool {
        var p = Int(dom.parent[i])
        for _ in 0..<4 where p >= 0 {
            if dom.flags[p].contains(.byline) { return true }
            p = Int(dom.parent[p])
        }
        return false
    }

    /// Whether the words before a date (in its line, or the line before
    /// when its own says nothing) or its element's class call it a revision.
    func isRevision(before: String, previous: String, node: Int) -> Bool {
        let own = before.lowercased()
        let cues = MetadataReader.revisionCues
        if cues.contains(where: { TextUtil.contains(own, $0) }) { return true }
        if TextUtil.words(own).isEmpty, TextUtil.scalarCount(previous) < 40 {
            let prev = previous.lowercased()
            if cues.contains(where: { TextUtil.contains(prev, $0) }) { return true }
        }
        var p = Int(dom.parent[node])
        for _ in 0..<3 where p >= 0 {
            if dom.hasClassOrID(p), MetadataReader.role(of: dom.classAndID(p).lowercased()) == .modified { return true }
            p = Int(dom.parent[p])
        }
        return false
    }

    /// The day of a wire dateline at the start of a text (`RAJSHAHI, Dec
    /// 20, 2025 (BSS) -`, `BERLIN, 3. Oktober 2024 (dpa) -`): a date in its
    /// first words that a dash, a colon or a parenthesis follows.
    static func datelineDay(_ paragraph: String, lang: String?) -> String? {
        let head = String(String.UnicodeScalarView(paragraph.unicodeScalars.prefix(80)))
        guard let found = DateText.first(in: head, lang: lang), found.start <= 40 else { return nil }
        let after = head.unicodeScalars.dropFirst(found.start).drop { !"-–—:(".unicodeScalars.contains($0) }
        let gap = head.unicodeScalars.count - found.start - after.count
        return gap <= 24 && !after.isEmpty ? found.day : nil
    }
}


import ArtCore

// Streaming server rendering (React 18's `renderToPipeableStream`, and the
// frameworks built on it) sends a page's slow parts after the rest: each
// part comes at the end of <body> in a hidden `<div hidden id="S:k">`, and a
// small script moves it to where a `<template id="B:k">` (a suspense
// boundary) or `<template id="P:k">` (a postponed segment) holds its place.
// art-strip runs no scripts, so it does the move itself, in the DOM that
// libxml2's parse built: every segment's children take the place of the
// template of the same key, and the hidden div is gone. A boundary's
// fallback, which the script removes (`<div>Loading...</div>` after its
// template), goes too when it is plainly one: a bare element of a few
// words right after the template.

extension DOM {
    /// The key `k` of a streaming placeholder's id (`b:k`, `p:k`) or of a
    /// segment's (`s:k`), lower-cased, when `bytes` is one.
    static func streamKey(_ bytes: ArraySlice<UInt8>, prefixes: [UInt8]) -> ArraySlice<UInt8>? {
        // The id is the last name of `class id`.
        var lo = bytes.endIndex
        while lo > bytes.startIndex && bytes[lo - 1] != 0x20 { lo -= 1 }
        guard bytes.endIndex - lo >= 3, prefixes.contains(bytes[lo]), bytes[lo + 1] == 0x3A else { return nil }
        let key = bytes[(lo + 2)...]
        for b in key where !(b >= 0x30 && b <= 0x39) && !(b >= 0x61 && b <= 0x7A) { return nil }
        return key
    }

    /// Puts each streamed segment where its placeholder stands (see above).
    /// A page without placeholders is left as it is after one pass over
    /// the element kinds.
    mutating func placeStreamedSegments() {
        var placeholders: [(node: Int, key: ArraySlice<UInt8>)] = []
        for i in 0..<count where tag[i] == .template {
            if let key = DOM.streamKey(classBytes[classRange(i)], prefixes: [0x62, 0x70]) {  // b: p:
                placeholders.append((i, key))
            }
        }
        guard !placeholders.isEmpty else { return }
        var segments: [ArraySlice<UInt8>: Int] = [:]
        for i in 0..<count where tag[i] == .div && hasAttr(i, .hidden) {
            if let key = DOM.streamKey(classBytes[classRange(i)], prefixes: [0x73]) {  // s:
                segments[key] = segments[key] ?? i
            }
        }
        // A placeholder's segment; a segment that has a placeholder.
        var segmentOf: [Int: Int] = [:]
        var placed = Set<Int>()
        for (node, key) in placeholders {
            if let s = segments[key], !placed.contains(s) {
                segmentOf[node] = s
                placed.insert(s)
            }
        }
        guard !segmentOf.isEmpty else { return }
        for (node, _) in placeholders where segmentOf[node] != nil && isBoundary(node) {
            if let f = fallback(after: node) { placed.insert(f) }
        }
        // The new document order: a walk over sibling ranges, with a
        // placed segment passed over where it stands and its children
        // walked instead of its placeholder. Each segment is walked once,
        // so that one inside itself cannot loop.
        var order: [Int32] = []
        var newParent: [Int32] = []
        order.reserveCapacity(count)
        newParent.reserveCapacity(count)
        var walked = Set<Int>()
        var frames: [(next: Int, end: Int, parent: Int32)] = [(0, count, -1)]
        while let top = frames.last {
            if top.next >= top.end {
                frames.removeLast()
                continue
            }
            let i = top.next
            frames[frames.count - 1].next = Int(end[i])
            if placed.contains(i) { continue }
            if let s = segmentOf[i], walked.insert(s).inserted {
                frames.append((s + 1, Int(end[s]), top.parent))
                continue
            }
            let k = Int32(order.count)
            order.append(Int32(i))
            newParent.append(top.parent)
            if Int(end[i]) > i + 1 { frames.append((i + 1, Int(end[i]), k)) }
        }
        reorder(order, parents: newParent)
    }

    /// Whether placeholder `i` holds a suspense boundary's place (`b:k`).
    func isBoundary(_ i: Int) -> Bool {
        var k = classRange(i).upperBound
        while k > classRange(i).lowerBound && classBytes[k - 1] != 0x20 { k -= 1 }
        return classBytes[k] == 0x62
    }

    /// The boundary's fallback after placeholder `i`: its next sibling
    /// element (past blanks), a `div`, `span` or `p` without attributes
    /// that holds only text, of at most 60 bytes.
    func fallback(after i: Int) -> Int? {
        let p = Int(parent[i])
        let hi = p >= 0 ? Int(end[p]) : count
        var j = Int(end[i])
        while j < hi && tag[j] == .text {
            guard textBytes[textRange(j)].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) else {
                return nil
            }
            j += 1
        }
        guard j < hi, tag[j] == .div || tag[j] == .span || tag[j] == .p, attrMask[j] == 0 else { return nil }
        var length = 0
        for c in (j + 1)..<Int(end[j]) {
            guard tag[c] == .text else { return nil }
            length += textRange(c).count
        }
        return length > 0 && length <= 60 ? j : nil
    }

    /// Rebuilds the arrays with the nodes `order` (old indices) in that
    /// order, under `parents` (new indices). Text is not measured yet.
    mutating func reorder(_ order: [Int32], parents: [Int32]) {
        var d = DOM()
        d.jsonLD = jsonLD
        d.titleText = titleText
        d.keepsLinks = keepsLinks
        d.reserve(order.count)
        d.textBytes.reserveCapacity(textBytes.count)
        d.classBytes.reserveCapacity(classBytes.count)
        for (k, old) in order.enumerated() {
            let i = Int(old)
            _ = d.append(tag[i], parent: parents[k])
            d.textBytes.append(contentsOf: textBytes[textRange(i)])
            d.textCut[k] = textCut[i]
            d.classBytes.append(contentsOf: classBytes[classRange(i)])
            d.flags[k] = flags[i]
            d.attrMask[k] = attrMask[i]
            let lo = Int(attrStart[i])
            let hi = i + 1 < count ? Int(attrStart[i + 1]) : attrNames.count
            for a in lo..<hi {
                d.attrNames.append(attrNames[a])
                d.attrValueStart.append(Int32(d.attrBytes.count))
                let vlo = Int(attrValueStart[a])
                let vhi = a + 1 < attrValueStart.count ? Int(attrValueStart[a + 1]) : attrBytes.count
                d.attrBytes.append(contentsOf: attrBytes[vlo..<vhi])
            }
        }
        // A subtree ends where its last descendant does: parents come
        // before their children, so one backward pass.
        for k in stride(from: d.count - 1, through: 0, by: -1) {
            let p = Int(d.parent[k])
            if p >= 0 && d.end[p] < d.end[k] { d.end[p] = d.end[k] }
        }
        self = d
    }
}

// The density score: paragraphs score their ancestors (by commas and
// length), the best-scoring container wins, and its siblings that belong
// join it.

/// Scores of the containers above scored paragraphs, per node.
struct DensityScores {
    var score: [Double]
    var isCandidate: [Bool]
    /// The scored containers, in the order first scored.
    var candidates: [Int] = []

    init(count: Int) {
        score = [Double](repeating: 0, count: count)
        isCandidate = [Bool](repeating: false, count: count)
    }
}

extension Extractor {
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
        var scores = scoreParagraphs(in: scope)
        guard var top = bestCandidate(&scores, in: scope) else { return nil }
        top = ancestorOfAlternatives(to: top, scores, in: scope)
        top = betterParent(of: top, scores, in: scope)
        top = outerOnlyChild(top, in: scope)
        return blocksOfOneKind(around: top, in: scope) ?? siblings(of: top, scores, in: scope)
    }

    /// An article laid out as a run of blocks of one kind (one `<section>`
    /// per heading, a site builder's text blocks, a layout's rows): the
    /// winner is one block, or inside one. An ancestor of `top` (up to eight
    /// levels) whose parent holds more blocks with its tag and first class
    /// name gives those of them that are prose, when together they hold at
    /// least twice `top`'s text and most of the parent's. Blocks with a
    /// headline each are articles of their own (a page that loads the next
    /// story below), not parts of one. Of runs nested in runs, the
    /// outermost is taken.
    func blocksOfOneKind(around top: Int, in scope: Int) -> [Int]? {
        var a = top
        var found: [Int]?
        for _ in 0..<8 {
            let p = Int(dom.parent[a])
            guard p >= scope, p != body, dom.tag[p] != .html else { return found }
            let kind = firstToken(dom.classAndID(a))
            if !kind.isEmpty || dom.tag[a] == .section || dom.tag[a] == .article {
                var blocks: [Int] = []
                var total: Int32 = 0
                var c = p + 1
                while c < Int(dom.end[p]) {
                    defer { c = Int(dom.end[c]) }
                    guard live[c], dom.tag[c] == dom.tag[a], firstToken(dom.classAndID(c)) == kind else { continue }
                    if textLen[c] >= 150 && linkDensity(c) < 0.3 && counts[c].paragraphs + counts[c].listItems > 0 || c == a {
                        blocks.append(c)
                        total += textLen[c]
                    }
                }
                // A run nested in a run (a builder's sections of sections):
                // the outer one holds the whole article.
                // Together the blocks hold twice `top`'s text, or the others
                // add a quarter of it and at least 1,000 characters, and
                // the run holds nearly all of the parent's text.
                let others = total - textLen[a]
                let adds = total >= 2 * textLen[top]
                    || (others >= max(1000, textLen[a] / 4) && total * 10 >= textLen[p] * 8)
                if blocks.count >= 2, adds, total * 10 >= textLen[p] * 6,
                    blocks.filter(holdsHeadline).count <= 1
                {
                    found = blocks
                }
            }
            a = p
        }
        return found
    }

    /// Each live paragraph-like element of `scope` with text gives its
    /// score to up to five ancestors, less the further up.
    func scoreParagraphs(in scope: Int) -> DensityScores {
        var scores = DensityScores(count: n)
        let hi = Int(dom.end[scope])
        var i = scope
        while i < hi {
            guard live[i] else {
                i = Int(dom.end[i])
                continue
            }
            var scored = false
            switch dom.tag[i] {
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
                    if !scores.isCandidate[a] {
                        scores.isCandidate[a] = true
                        scores.candidates.append(a)
                        scores.score[a] = tagInit(dom.tag[a]) + Double(weight[a])
                    }
                    let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level * 3))
                    scores.score[a] += s / divider
                    a = Int(dom.parent[a])
                    level += 1
                }
            }
            i += 1
        }
        return scores
    }

    /// Scales every score by the share of text outside links; the best
    /// candidate inside `scope`.
    func bestCandidate(_ scores: inout DensityScores, in scope: Int) -> Int? {
        let hi = Int(dom.end[scope])
        var best: Int?
        for c in scores.candidates {
            scores.score[c] *= 1 - linkDensity(c)
            guard c >= scope && c < hi else { continue }
            if best == nil || scores.score[c] > scores.score[best!] { best = c }
        }
        return best
    }

    /// Several strong candidates under one ancestor: the ancestor.
    func ancestorOfAlternatives(to top: Int, _ scores: DensityScores, in scope: Int) -> Int {
        let hi = Int(dom.end[scope])
        let alternatives = scores.candidates.filter {
            $0 != top && scores.score[$0] >= 0.75 * scores.score[top] && $0 >= scope && $0 < hi
        }
        guard alternatives.count >= 3 else { return top }
        var a = Int(dom.parent[top])
        while a >= scope && a != body && dom.tag[a] != .html {
            let inside = alternatives.filter { $0 >= a && $0 < Int(dom.end[a]) }.count
            if inside >= 3 { return a }
            a = Int(dom.parent[a])
        }
        return top
    }

    /// A candidate above `top` that scores better than the one below it
    /// takes its place (while scores stay above a third of `top`'s).
    func betterParent(of top: Int, _ scores: DensityScores, in scope: Int) -> Int {
        var lastScore = scores.score[top]
        let threshold = lastScore / 3
        var p = Int(dom.parent[top])
        while p >= scope && p >= 0 && p != body && dom.tag[p] != .html {
            if !scores.isCandidate[p] {
                p = Int(dom.parent[p])
                continue
            }
            if scores.score[p] < threshold { break }
            if scores.score[p] > lastScore { return p }
            lastScore = scores.score[p]
            p = Int(dom.parent[p])
        }
        return top
    }

    /// An only child stands for its parent: the outermost element with
    /// the same text as `top`.
    func outerOnlyChild(_ top: Int, in scope: Int) -> Int {
        var top = top
        while true {
            let p = Int(dom.parent[top])
            if p < scope || p == body || p < 0 || dom.tag[p] == .html { break }
            if textLen[p] != textLen[top] { break }
            top = p
        }
        return top
    }

    /// `top` and the siblings that belong with it: candidates that score
    /// well enough (more with the same class), and paragraphs of prose.
    func siblings(of top: Int, _ scores: DensityScores, in scope: Int) -> [Int] {
        let topScore = max(scores.score[top], 0)
        let p = Int(dom.parent[top])
        guard p >= scope, p >= 0, top != scope else { return [top] }
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
            if scores.isCandidate[c] && scores.score[c] + bonus >= threshold {
                result.append(c)
            } else if dom.tag[c] == .p, isProse(c) {
                result.append(c)
            }
        }
        return result
    }

    /// Whether a live `<h1>` is inside `i`.
    func holdsHeadline(_ i: Int) -> Bool {
        var j = i + 1
        while j < Int(dom.end[i]) {
            if !live[j] {
                j = Int(dom.end[j])
                continue
            }
            if dom.tag[j] == .h1 { return true }
            j += 1
        }
        return false
    }

    /// A paragraph with little in links: long, or short with no links
    /// that ends a sentence.
    func isProse(_ c: Int) -> Bool {
        let len = textLen[c]
        let ld = linkDensity(c)
        if len > 80 && ld < 0.25 { return true }
        guard len > 0 && len <= 80 && ld == 0 else { return false }
        let s = plainText(c)
        return s.hasSuffix(".") || TextUtil.contains(s, ". ")
    }

    /// The collapsed text of a subtree (live nodes only), its text nodes
    /// taken while they come to at most `limit` bytes of the page.
    func plainText(_ root: Int, limit: Int = 4000) -> String {
        dom.collapsedText(root, limit: limit, skipping: { !live[$0] })
    }
}

/// Where a page's own date is not: navigation, sidebars, footers, forms,
/// comments, sharing, related articles and the cards of other articles.
extension MetadataReader {
    /// Inside navigation, a sidebar, a footer, a form, comments, sharing or
    /// related articles: never where the article's own date is. An
    /// `<aside>` or `<footer>` of an `<article>` is the article's own.
    /// Ancestors are read up to one that spans most of the page. Beside
    /// the headline, a small element whose class names sharing or a
    /// newsletter (`socialContainer`, `newsletter-details`) holds the
    /// article's own dateline: a list of other things holds more text.
    func isFurniture(_ i: Int, besideHeadline: Bool = false) -> Bool {
        var p = i
        var margin = false
        // A class above the headline names the article's wrapper, not
        // furniture (a post wrapper named `newsletter-post`).
        var holdsHeadline = false
        while p >= 0 {
            // An element left open around most of the page holds the article.
            if (Int(dom.end[p]) - p) * 5 > dom.count * 4 { break }
            holdsHeadline = holdsHeadline || (p != i && h1Nodes.contains { $0 > p && $0 < Int(dom.end[p]) })
            switch dom.tag[p] {
            case .nav, .form: return true
            case .aside, .footer: margin = true
            case .article: if margin { margin = false }
            default: break
            }
            if !holdsHeadline, isTeaserCard(p) { return true }
            if dom.flags[p].contains(.alwaysUnlikely), !holdsHeadline,
                !besideHeadline || holdsText(p, moreThan: MetadataReader.smallElementText) || namesOtherArticles(p)
            {
                return true
            }
            p = Int(dom.parent[p])
        }
        return margin
    }

    /// Class words of lists of other articles and of comments, which are
    /// never the article's head however small.
    static let otherArticlesWords = ["related", "recommend", "popular", "more-stories", "outbrain", "taboola",
        "comment", "disqus"]

    func namesOtherArticles(_ p: Int) -> Bool {
        let name = dom.classAndID(p)
        return MetadataReader.otherArticlesWords.contains { TextUtil.contains(name, $0) }
    }

    /// The most text, in characters, of an element that holds only a line
    /// or two (a dateline, a share bar).
    static let smallElementText = 200

    /// Whether `p`'s subtree holds more than `limit` characters of text.
    func holdsText(_ p: Int, moreThan limit: Int) -> Bool {
        var n = 0
        for k in p..<Int(dom.end[p]) where dom.tag[k] == .text {
            n += Int(dom.textLength[k])
            if n > limit { return true }
        }
        return false
    }

    /// The most nodes and characters of a teaser card: a headline, a
    /// line or two of summary, a date.
    static let cardNodes = 300
    static let cardText = 600

    /// One of a run of sibling cards that each hold a linked headline (a
    /// slider, a list of recent posts): another article's teaser. Siblings
    /// are alike when their tag and first class name are; a meta line's
    /// items (author, date, section) hold no heading.
    func isTeaserCard(_ p: Int) -> Bool {
        let q = Int(dom.parent[p])
        guard q >= 0, dom.tag[p] != .text, Int(dom.end[p]) - p < MetadataReader.cardNodes, dom.hasClassOrID(p),
            holdsLinkedHeadline(p), !holdsText(p, moreThan: MetadataReader.cardText)
        else { return false }
        let kind = firstClass(p)
        var c = q + 1
        var seen = 0
        while c < Int(dom.end[q]), seen < 50 {
            if c != p, dom.tag[c] == dom.tag[p], firstClass(c).elementsEqual(kind) { return true }
            c = Int(dom.end[c])
            seen += 1
        }
        return false
    }

    /// Whether `p` holds a linked heading of a headline's length: a
    /// teaser's headline links to its article; a heading that labels a
    /// field (`<h4>Published</h4>`) is shorter, and the page's own
    /// headline links nowhere.
    func holdsLinkedHeadline(_ p: Int) -> Bool {
        let end = Int(dom.end[p])
        for h in (p + 1)..<end where dom.tag[h].isHeading && holdsText(h, moreThan: 20) {
            if (h..<Int(dom.end[h])).contains(where: { dom.tag[$0] == .a }) { return true }
            var a = Int(dom.parent[h])
            while a > p {
                if dom.tag[a] == .a { return true }
                a = Int(dom.parent[a])
            }
        }
        return false
    }

    /// The first word of `class id`.
    func firstClass(_ i: Int) -> ArraySlice<UInt8> {
        let all = dom.classBytes[dom.classRange(i)]
        return all.prefix { $0 != 0x20 }
    }
}

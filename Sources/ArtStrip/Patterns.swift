/// Class/id vocabularies. Matching is on the lower-cased `class id` string:
/// "substring" patterns anywhere, "token" patterns as whole tokens (split at
/// spaces, hyphens, underscores).
struct HintPatterns: Sendable {
    let substrings: [String]
    let tokens: [String]

    init(substrings: [String], tokens: [String] = []) {
        self.substrings = substrings
        self.tokens = tokens
    }
}

/// All class/id vocabularies in one automaton: a single pass over a class
/// string, one table step per byte, finds every flag. Substring patterns
/// are matched by an Aho-Corasick automaton; token patterns by a trie walked
/// along each token (tokens split at spaces, hyphens and underscores).
struct ClassMatcher: Sendable {
    /// Byte to column: each byte that occurs in a pattern has its own; all
    /// others share column 0.
    let column: [UInt8]
    let columns: Int
    /// Substring automaton: state * columns + column -> state; state 0 is the root.
    let next: [UInt16]
    /// Flags of every substring pattern that ends on reaching a state.
    let output: [UInt16]
    /// Token trie: state * columns + column -> state; 0 is dead, 1 the root.
    let tokenNext: [UInt16]
    let tokenOutput: [UInt16]

    init(_ sets: [(HintPatterns, UInt16)]) {
        var column = [UInt8](repeating: 0, count: 256)
        var columns = 1
        for (set, _) in sets {
            for p in set.substrings + set.tokens {
                for b in p.utf8 where column[Int(b)] == 0 {
                    column[Int(b)] = UInt8(columns)
                    columns += 1
                }
            }
        }
        // Tries: children[state][column] = state (-1: none).
        func trie(_ patterns: [(String, UInt16)], root: Int) -> (children: [[Int]], flags: [UInt16]) {
            var children = [[Int]](repeating: [Int](repeating: -1, count: columns), count: root + 1)
            var flags = [UInt16](repeating: 0, count: root + 1)
            for (p, flag) in patterns {
                var state = root
                for b in p.utf8 {
                    let c = Int(column[Int(b)])
                    if children[state][c] < 0 {
                        children[state][c] = children.count
                        children.append([Int](repeating: -1, count: columns))
                        flags.append(0)
                    }
                    state = children[state][c]
                }
                flags[state] |= flag
            }
            return (children, flags)
        }
        let substrings = sets.flatMap { set, flag in set.substrings.map { ($0, flag) } }
        var (children, output) = trie(substrings, root: 0)
        // Breadth-first: failure links, completed transitions, inherited outputs.
        var next = [UInt16](repeating: 0, count: children.count * columns)
        var fail = [Int](repeating: 0, count: children.count)
        var queue: [Int] = []
        for c in 0..<columns {
            let child = children[0][c]
            if child > 0 {
                next[c] = UInt16(child)
                queue.append(child)
            }
        }
        var k = 0
        while k < queue.count {
            let state = queue[k]
            k += 1
            output[state] |= output[fail[state]]
            for c in 0..<columns {
                let child = children[state][c]
                if child > 0 {
                    fail[child] = Int(next[fail[state] * columns + c])
                    next[state * columns + c] = UInt16(child)
                    queue.append(child)
                } else {
                    next[state * columns + c] = next[fail[state] * columns + c]
                }
            }
        }
        let tokens = sets.flatMap { set, flag in set.tokens.map { ($0, flag) } }
        let (tokenChildren, tokenOutput) = trie(tokens, root: 1)
        var tokenNext = [UInt16](repeating: 0, count: tokenChildren.count * columns)
        for state in 1..<tokenChildren.count {
            for c in 0..<columns where tokenChildren[state][c] > 0 {
                tokenNext[state * columns + c] = UInt16(tokenChildren[state][c])
            }
        }
        precondition(children.count < Int(UInt16.max) && tokenChildren.count < Int(UInt16.max))
        self.column = column
        self.columns = columns
        self.next = next
        self.output = output
        self.tokenNext = tokenNext
        self.tokenOutput = tokenOutput
    }

    /// The flags of every pattern found in `bytes` (lower-cased ASCII-wise).
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
        column.withUnsafeBufferPointer { column in
            next.withUnsafeBufferPointer { next in
                output.withUnsafeBufferPointer { output in
                    tokenNext.withUnsafeBufferPointer { tokenNext in
                        tokenOutput.withUnsafeBufferPointer { tokenOutput in
                            var found: UInt16 = 0
                            var state = 0
                            var token = 1
                            for b in bytes {
                                let c = Int(column[Int(b)])
                                state = Int(next[state &* columns &+ c])
                                found |= output[state]
                                if b == 0x20 || b == 0x2D || b == 0x5F {
                                    found |= tokenOutput[token]
                                    token = 1
                                } else {
                                    token = Int(tokenNext[token &* columns &+ c])
                                }
                            }
                            return found | tokenOutput[token]
                        }
                    }
                }
            }
        }
    }
}

/// What a class/id string says about its element, matched once per element.
struct ClassFlags: OptionSet, Sendable {
    let rawValue: UInt16
    static let negative = ClassFlags(rawValue: 1 << 0)
    static let positive = ClassFlags(rawValue: 1 << 1)
    static let unlikely = ClassFlags(rawValue: 1 << 2)
    static let alwaysUnlikely = ClassFlags(rawValue: 1 << 3)
    static let maybe = ClassFlags(rawValue: 1 << 4)
    static let body = ClassFlags(rawValue: 1 << 5)
    static let byline = ClassFlags(rawValue: 1 << 6)
    /// "byline" or "author", but not an author's biography or picture.
    static let authorBox = ClassFlags(rawValue: 1 << 7)
    static let notAuthor = ClassFlags(rawValue: 1 << 8)

    static let matcher = ClassMatcher([
        (Patterns.negative, negative.rawValue), (Patterns.positive, positive.rawValue),
        (Patterns.unlikely, unlikely.rawValue), (Patterns.alwaysUnlikely, alwaysUnlikely.rawValue),
        (Patterns.maybe, maybe.rawValue), (Patterns.body, body.rawValue), (Patterns.byline, byline.rawValue),
        (Patterns.authorBox, authorBox.rawValue), (Patterns.notAuthor, notAuthor.rawValue),
    ])

    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> ClassFlags {
        var f = ClassFlags(rawValue: matcher.scan(bytes))
        if f.contains(.notAuthor) { f.remove(.authorBox) }
        return f
    }

    static func of(_ s: String) -> ClassFlags {
        var s = s
        return s.withUTF8 { of($0) }
    }

    var weight: Int32 {
        var w: Int32 = 0
        if contains(.negative) { w -= 25 }
        if contains(.positive) { w += 25 }
        return w
    }
}

enum Patterns {
    /// Blocks that are not the article: removed before scoring, unless they
    /// also look like the article's own container.
    static let unlikely = HintPatterns(
        substrings: [
            "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer",
            "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
            "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager",
            "popup", "yom-remote", "newsletter", "subscribe", "subscription", "cookie",
            "consent", "promo", "recommend", "outbrain", "taboola", "signup", "sign-up", "modal", "toolbar",
            "most-popular", "mostpopular", "trending", "more-stories", "navbar",
            "navigation", "skip-link", "skiplink", "print-only", "visually-hidden", "sr-only", "screen-reader",
        ],
        tokens: ["ad", "ads", "advert", "advertisement", "nav", "tags", "taglist", "hidden", "share", "shares",
            "sharing", "sharethis", "sharebar", "addthis"])

    /// Strong negatives that win even over `maybe`.
    static let alwaysUnlikely = HintPatterns(
        substrings: [
            "disqus", "cookie", "consent", "newsletter", "related", "social", "subscribe", "outbrain",
            "taboola", "recommend", "most-popular", "mostpopular", "more-stories", "sr-only",
            "visually-hidden", "screen-reader",
            // An author's biography box after the article (`author-bio`,
            // `about-the-author`, `author-card`, a plugin's
            // `saboxplugin-wrap`): about the writer, not the story.
            "author-bio", "authorbio", "author-box", "authorbox", "about-author", "about-the-author",
            "author-description", "saboxplugin", "author-info", "author-card", "author-details", "author-profile",
            "author-block", "writer-bio", "contributor-bio",
            // A site's widget area hooked after the article (`after-content`,
            // `after-post`): appeals, sign-ups, links, not the story.
            "after-content", "after-post", "after-article", "below-content", "below-post",
            // Lists of other stories with their excerpts (`read-next`,
            // `more-from-`, `recent-posts`, a plugin's `yarpp`).
            "read-next", "readnext", "more-from", "morefrom", "you-may-also", "you-might-also", "also-like",
            "more-articles", "more-posts", "latest-posts", "recent-posts", "yarpp",
        ],
        tokens: ["comment", "comments", "commentlist", "share", "shares", "sharing", "sharethis", "sharebar",
            "addthis"])

    /// Containers that may hold the article.
    static let maybe = HintPatterns(
        substrings: ["article", "body", "column", "content", "main", "shadow", "story", "entry", "post-text"])

    static let positive = HintPatterns(
        substrings: ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
            "blog", "story", "prose"])

    static let negative = HintPatterns(
        substrings: [
            "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead", "media",
            "meta", "outbrain", "promo", "related", "scroll", "shoutbox", "sidebar", "skyscraper",
            "sponsor", "shopping", "tags", "tool", "widget", "taboola", "newsletter", "subscribe", "byline",
            "social",
        ],
        tokens: ["ad", "ads", "hid", "hidden", "share", "sharing"])

    /// Containers of article bodies.
    static let body = HintPatterns(
        substrings: [
            "article-body", "articlebody", "article__body", "article_body", "articletext", "article-text",
            "article__text", "article-content", "article__content", "articlecontent", "article_content",
            "story-body", "storybody", "story__body", "story_body", "story-content", "storycontent",
            "story-text", "story__content", "entry-content", "entry-body", "entrytext", "entry__content",
            "post-content", "postcontent", "post-body", "post__content", "post_content", "post-entry",
            "post-text", "blog-content", "body-text", "bodytext", "content-body", "field-name-body",
            "field--name-body", "caas-body", "article-page-content", "single-content", "rich-text-body",
            "news-content", "newscontent", "news-body", "news-text", "text-content", "main-text",
        ])

    static let authorBox = HintPatterns(substrings: ["byline", "author"])
    static let notAuthor = HintPatterns(substrings: ["bio", "avatar", "image"])

    /// Bylines, datelines and similar article furniture.
    static let byline = HintPatterns(
        substrings: ["byline", "dateline", "author", "writtenby", "written-by", "pubdate", "publish-date",
            "timestamp", "article-meta", "post-meta", "entry-meta", "article__meta", "posted-on", "post-date",
            "article-date", "story-meta",
        ],
        tokens: ["date", "meta", "time"])
}

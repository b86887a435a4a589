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

/// All class/id vocabularies in one table: a single scan of a class string
/// finds every flag.
struct ClassMatcher: Sendable {
    /// Substring patterns grouped by their first byte, each with its flags.
    let buckets: [[(bytes: [UInt8], flags: UInt16)]]
    let tokens: [(bytes: [UInt8], flags: UInt16)]

    init(_ sets: [(HintPatterns, UInt16)]) {
        var buckets = [[(bytes: [UInt8], flags: UInt16)]](repeating: [], count: 256)
        var tokens: [(bytes: [UInt8], flags: UInt16)] = []
        for (set, flag) in sets {
            for p in set.substrings {
                let bytes = Array(p.utf8)
                if let k = buckets[Int(bytes[0])].firstIndex(where: { $0.bytes == bytes }) {
                    buckets[Int(bytes[0])][k].flags |= flag
                } else {
                    buckets[Int(bytes[0])].append((bytes, flag))
                }
            }
            for t in set.tokens {
                let bytes = Array(t.utf8)
                if let k = tokens.firstIndex(where: { $0.bytes == bytes }) {
                    tokens[k].flags |= flag
                } else {
                    tokens.append((bytes, flag))
                }
            }
        }
        self.buckets = buckets
        self.tokens = tokens
    }

    /// The flags of every pattern found in `bytes` (lower-cased ASCII-wise).
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
        let n = bytes.count
        var found: UInt16 = 0
        for i in 0..<n {
            let bucket = buckets[Int(bytes[i])]
            if bucket.isEmpty { continue }
            for p in bucket where p.flags & ~found != 0 && p.bytes.count <= n - i {
                var j = 1
                while j < p.bytes.count && bytes[i + j] == p.bytes[j] { j += 1 }
                if j == p.bytes.count { found |= p.flags }
            }
        }
        var start = 0
        for i in 0...n {
            let boundary = i == n || bytes[i] == 0x20 || bytes[i] == 0x2D || bytes[i] == 0x5F
            guard boundary else { continue }
            let len = i - start
            if len > 0 {
                for t in tokens where t.bytes.count == len && t.flags & ~found != 0 {
                    var j = 0
                    while j < len && bytes[start + j] == t.bytes[j] { j += 1 }
                    if j == len { found |= t.flags }
                }
            }
            start = i + 1
        }
        return found
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

/// Class/id vocabularies. Matching is on the lower-cased `class id` string:
/// "substring" patterns anywhere, "token" patterns as whole tokens (split at
/// spaces, hyphens, underscores).
struct HintPatterns: Sendable {
    let substrings: [[UInt8]]
    let tokens: Set<String>

    init(substrings: [String], tokens: [String] = []) {
        self.substrings = substrings.map { Array($0.utf8) }
        self.tokens = Set(tokens)
    }

    func matches(_ s: String) -> Bool {
        if s.isEmpty { return false }
        let bytes = Array(s.utf8)
        for p in substrings where TextUtil.find(bytes, p, from: 0) != nil { return true }
        if !tokens.isEmpty {
            var start = 0
            for i in 0...bytes.count {
                let boundary = i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x2D || bytes[i] == 0x5F
                if boundary {
                    if i > start, i - start <= 16 {
                        let token = String(decoding: bytes[start..<i], as: UTF8.self)
                        if tokens.contains(token) { return true }
                    }
                    start = i + 1
                }
            }
        }
        return false
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
            "popup", "yom-remote", "share", "sharing", "newsletter", "subscribe", "subscription", "cookie",
            "consent", "promo", "recommend", "outbrain", "taboola", "signup", "sign-up", "modal", "toolbar",
            "most-popular", "mostpopular", "trending", "more-stories", "navbar",
            "navigation", "skip-link", "skiplink", "print-only", "visually-hidden", "sr-only", "screen-reader",
        ],
        tokens: ["ad", "ads", "advert", "advertisement", "nav", "tags", "taglist", "tag-list", "hidden"])

    /// Strong negatives that win even over `maybe`.
    static let alwaysUnlikely = HintPatterns(
        substrings: [
            "comment", "disqus", "cookie", "consent", "newsletter", "related", "social", "subscribe", "outbrain",
            "taboola", "recommend", "share", "sharing", "most-popular", "mostpopular", "more-stories", "sr-only",
            "visually-hidden", "screen-reader",
        ])

    /// Containers that may hold the article.
    static let maybe = HintPatterns(
        substrings: ["article", "body", "column", "content", "main", "shadow", "story", "entry", "post-text"])

    static let positive = HintPatterns(
        substrings: ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
            "blog", "story", "prose"])

    static let negative = HintPatterns(
        substrings: [
            "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead", "media",
            "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
            "sponsor", "shopping", "tags", "tool", "widget", "taboola", "newsletter", "subscribe", "byline",
            "social",
        ],
        tokens: ["ad", "ads", "hid", "hidden"])

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

    /// Bylines, datelines and similar article furniture.
    static let byline = HintPatterns(
        substrings: ["byline", "dateline", "author", "writtenby", "written-by", "pubdate", "publish-date",
            "timestamp", "article-meta", "post-meta", "entry-meta", "article__meta", "posted-on", "post-date",
            "article-date", "story-meta",
        ],
        tokens: ["date", "meta", "time"])
}

import Testing

// Pages of our own that the tests share.

/// A small news page of our own: boilerplate around a body of paragraphs.
func page(head: String = "", body: String) -> String {
    """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">\(head)</head><body>
    <header class="masthead"><a href="/">Home</a> <a href="/news">News</a></header>
    <nav><ul><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul></nav>
    \(body)
    <div class="comments-section"><p>Great article, thanks for writing it, I agree with every word.</p></div>
    <footer><p>Copyright The Example Post. All rights reserved.</p></footer>
    </body></html>
    """
}

let paragraphs = [
    "The city council voted on Tuesday to rebuild the river bridge, ending a debate that lasted three years.",
    "Engineers said the new bridge would carry twice as much traffic, and that work could begin in the spring.",
    "Residents who crossed the old bridge every day welcomed the decision, though some worried about the cost.",
]

func paragraphHTML(_ ps: [String] = paragraphs) -> String {
    ps.map { "<p>\($0)</p>" }.joined(separator: "\n")
}

/// Sentences of prose for the longer test pages, each distinct.
func prose(_ topic: String, _ count: Int) -> [String] {
    (1...count).map { "The \(topic) report, in part \($0), says that the work went on, slowly, through the winter and into the spring of the year." }
}

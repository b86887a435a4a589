/// Dates the text states in words, away from the headline: a note that
/// the article was first published on a day (`This article was originally
/// published on 26 Sep 2019`), and, on a page that dates itself nowhere
/// else, a labelled date wherever it stands (`Last updated: November 13,
/// 2025` under the text).
extension MetadataReader {
    /// Phrases that say the day that follows is the first publication, as
    /// their text is written after the first letter (case).
    static let firstPublicationPhrases = ["riginally published", "irst published", "rsprünglich veröffentlicht",
        "nitialement publié", "ublicado originalmente", "ubblicato originariamente"].map { Array($0.utf8) }

    /// Words before a date that name it the page's (publication or update).
    static let dateLabels = ["published", "posted", "date:", "updated", "veröffentlicht", "aktualisiert",
        "publié", "mis à jour", "publicado", "actualizado", "atualizado", "pubblicato", "aggiornato",
        "gepubliceerd", "bijgewerkt", "datum", "fecha"]

    /// The day a first-publication note outside the furniture states.
    func statedFirstPublication(lang: String?) -> String? {
        for phrase in MetadataReader.firstPublicationPhrases {
            var from = 0
            while let k = TextUtil.find(dom.textBytes, phrase, from: from) {
                from = k + phrase.count
                let i = textNode(at: k)
                guard !isFurniture(i) else { continue }
                let rest = dom.textBytes[from..<min(dom.textRange(i).upperBound, from + 80)]
                if let found = DateText.first(in: String(decoding: rest, as: UTF8.self), lang: lang) { return found.day }
            }
        }
        return nil
    }

    /// The text node whose bytes hold offset `k` of `dom.textBytes`.
    func textNode(at k: Int) -> Int {
        var lo = 0
        var hi = dom.count - 1
        // The last node whose text starts at or before `k`.
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(dom.textStart[mid]) <= k { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The first short line outside the furniture whose date a label
    /// names the page's (`Published`, `Last updated:`, `Veröffentlicht`),
    /// else the first line that is a date and little more (`March 3,
    /// 2021`, `Mon 03.03.2021 | 10:15`): a teaser's or a comment's date
    /// stands in the furniture, which is left out.
    func labelledDate(lang: String?) -> (found: DateText.Found, isRevision: Bool)? {
        var bare: DateText.Found?
        for i in 0..<dom.count where dom.tag[i] == .text && dom.textLength[i] >= 10
            && dom.textLength[i] <= Int32(MetadataReader.datelineLength)
        {
            // Most texts hold no year (`DateText.first` needs one): they are
            // passed over before they are copied.
            guard dom.withText(i, DateText.hasFourDigitRun) else { continue }
            let line = TextUtil.collapse(dom.text(i))
            guard let found = DateText.first(in: line, lang: lang) else { continue }
            let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(found.start))).lowercased()
            let labelled = MetadataReader.dateLabels.contains { TextUtil.contains(before, $0) }
            // At most a word before the date, and a time at most after it.
            let alone = bare == nil && TextUtil.words(before).count <= 1
                && TextUtil.scalarCount(line) - found.start <= 32
            guard labelled || alone, !isFurniture(i) else { continue }
            guard labelled else {
                bare = found
                continue
            }
            return (found, MetadataReader.revisionCues.contains { TextUtil.contains(before, $0) })
        }
        return bare.map { ($0, false) }
    }
}

import ArtText

/// Per-token facts the features are built from, computed once per document.
struct TokenInfo {
    var start: Int
    var end: Int
    var exact: UInt64
    var lower: UInt64
    var shape: UInt64
    var shortShape: UInt64
    var prefixes: (UInt64, UInt64, UInt64)
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var flags: UInt32
    var gazetteer: UInt32
    /// The longest gazetteer phrase covering the token: classes and position (0 none, 1 B, 2 I, 3 L, 4 U).
    var phraseClasses: UInt32 = 0
    var phrasePosition: UInt8 = 0
    /// Letters, and capitals among them, as the all-caps sentence test counts them.
    var letterCount: Int32 = 0
    var capitalLetterCount: Int32 = 0
}

/// Token flags.
enum TokenFlag {
    static let capitalised: UInt32 = 1 << 0
    static let allCaps: UInt32 = 1 << 1
    static let lowerInitial: UInt32 = 1 << 2
    static let hasDigit: UInt32 = 1 << 3
    static let isPunct: UInt32 = 1 << 4
    static let sentenceInitial: UInt32 = 1 << 5
    static let capsSentence: UInt32 = 1 << 6
    static let hasPeriod: UInt32 = 1 << 7
    static let docSeenLower: UInt32 = 1 << 8
    static let docSeenCapMid: UInt32 = 1 << 9
    static let docAfterTitle: UInt32 = 1 << 10
    static let docInName: UInt32 = 1 << 11
    static let hasLetter: UInt32 = 1 << 12
    static let titleSentence: UInt32 = 1 << 13
}

/// A sentence's features in compressed rows: token `t` has hashed feature
/// indices `indices[offsets[t]..<offsets[t+1]]` (bucket numbers).
public struct SentenceFeatures: Sendable {
    public var indices: [UInt32] = []
    public var offsets: [Int32] = [0]
    public var count: Int { offsets.count - 1 }
}

/// Turns token sequences into hashed features.
public struct FeatureExtractor: Sendable {
    public let buckets: Int
    public let gazetteer: Gazetteer
    let bucketMask: UInt64
    /// The bucket numbers of the templates whose values come from a few
    /// small numbers (capitalisation class, a class bit, a position), worked
    /// out once: the same `combine` of the same values, not hashed per token.
    let small: SmallFeatureBuckets

    public init(buckets: Int, gazetteer: Gazetteer) {
        precondition(buckets & (buckets - 1) == 0)
        self.buckets = buckets
        self.gazetteer = gazetteer
        self.bucketMask = UInt64(buckets - 1)
        self.small = SmallFeatureBuckets(mask: UInt64(buckets - 1))
    }

    /// Computes the token facts of a document; `sentences` are token ranges.
    func tokenInfos(_ s: [Unicode.Scalar], _ tokens: [Token], sentences: [Range<Int>]) -> [TokenInfo] {
        var infos: [TokenInfo] = []
        infos.reserveCapacity(tokens.count)
        s.withUnsafeBufferPointer { s in
            for t in tokens { infos.append(Self.info(s, t)) }
        }
        lookUpWords(&infos)
        for r in sentences where !r.isEmpty { Self.markSentence(&infos, r) }
        if gazetteer.maxTokens > 0 { matchPhrases(&infos, sentences) }
        Self.addDocumentFacts(&infos, sentences)
        return infos
    }

    /// Each token's gazetteer classes.
    func lookUpWords(_ infos: inout [TokenInfo]) {
        // The gazetteer is scattered over megabytes: look the words up in a
        // loop of their own, so that many cache misses are in flight at once.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: infos.count) { keys in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: infos.count) { found in
                for i in infos.indices { keys[i] = infos[i].lower }
                gazetteer.lookup(UnsafeBufferPointer(keys), into: found)
                for i in infos.indices { infos[i].gazetteer = found[i] }
            }
        }
    }

    /// Sentence position, all-caps and headline-style sentences.
    static func markSentence(_ infos: inout [TokenInfo], _ r: Range<Int>) {
        var upper = 0
        var letters = 0
        for i in r {
            letters += Int(infos[i].letterCount)
            upper += Int(infos[i].capitalLetterCount)
        }
        let caps = letters >= 8 && upper * 10 >= letters * 8
        // Headline-style capitalisation: most words start with a capital.
        var words = 0
        var capitalWords = 0
        for i in r where infos[i].flags & TokenFlag.hasLetter != 0 && infos[i].end - infos[i].start > 3 {
            words += 1
            if infos[i].flags & TokenFlag.capitalised != 0 { capitalWords += 1 }
        }
        let title = !caps && words >= 4 && capitalWords * 10 >= words * 7
        var first = true
        for i in r {
            if caps { infos[i].flags |= TokenFlag.capsSentence }
            if title { infos[i].flags |= TokenFlag.titleSentence }
            if first && infos[i].flags & (TokenFlag.hasLetter | TokenFlag.hasDigit) != 0 {
                infos[i].flags |= TokenFlag.sentenceInitial
                first = false
            } else if first && infos[i].flags & TokenFlag.isPunct == 0 {
                first = false
            }
        }
    }

    /// Gazetteer phrases: the longest match starting at a capitalised token.
    /// The phrases of 2 or more tokens from every capitalised token of a
    /// sentence are looked up together (their cache misses overlap), then
    /// matched left to right.
    func matchPhrases(_ infos: inout [TokenInfo], _ sentences: [Range<Int>]) {
        let maxLen = gazetteer.maxTokens
        var keys: [UInt64] = []
        var found: [UInt32] = []
        // Where token r.lowerBound + j's phrases start in keys.
        var firstKey: [Int] = []
        for r in sentences {
            keys.removeAll(keepingCapacity: true)
            firstKey.removeAll(keepingCapacity: true)
            for i in r {
                firstKey.append(keys.count)
                guard infos[i].flags & (TokenFlag.capitalised | TokenFlag.allCaps) != 0 else { continue }
                var key = infos[i].lower
                var n = 2
                while n <= maxLen && i + n <= r.upperBound {
                    key = Gazetteer.extend(key, infos[i + n - 1].lower)
                    keys.append(key)
                    n += 1
                }
            }
            if found.count < keys.count { found = [UInt32](repeating: 0, count: keys.count) }
            keys.withUnsafeBufferPointer { k in
                found.withUnsafeMutableBufferPointer { gazetteer.lookup(k, into: UnsafeMutableBufferPointer(rebasing: $0[0..<k.count])) }
            }
            var i = r.lowerBound
            while i < r.upperBound {
                guard infos[i].flags & (TokenFlag.capitalised | TokenFlag.allCaps) != 0 else { i += 1; continue }
                var best = infos[i].gazetteer != 0 ? 1 : 0
                var bestClasses = infos[i].gazetteer
                let first = firstKey[i - r.lowerBound]
                var n = 2
                while n <= maxLen && i + n <= r.upperBound {
                    let v = found[first + n - 2]
                    if v != 0 { best = n; bestClasses = v }
                    n += 1
                }
                for k in 0..<best {
                    infos[i + k].phraseClasses = bestClasses
                    infos[i + k].phrasePosition = best == 1 ? 4 : (k == 0 ? 1 : (k == best - 1 ? 3 : 2))
                }
                i += max(best, 1)
            }
        }
    }

    /// Document-level facts, per lower-cased word: the four flags from
    /// docSeenLower to docInName, in that order.
    static func addDocumentFacts(_ infos: inout [TokenInfo], _ sentences: [Range<Int>]) {
        let docShift = TokenFlag.docSeenLower.trailingZeroBitCount
        var seen = WordBits(count: infos.count)
        for r in sentences {
            for i in r {
                let f = infos[i].flags
                if f & TokenFlag.lowerInitial != 0 { seen.insert(infos[i].lower, TokenFlag.docSeenLower >> docShift) }
                if f & TokenFlag.capitalised != 0 && f & (TokenFlag.sentenceInitial | TokenFlag.capsSentence) == 0 {
                    var facts = TokenFlag.docSeenCapMid
                    if i > r.lowerBound && infos[i - 1].gazetteer & GazetteerClass.title.rawValue != 0 {
                        facts |= TokenFlag.docAfterTitle
                    }
                    let prevCap = i > r.lowerBound && infos[i - 1].flags & TokenFlag.capitalised != 0
                        && infos[i - 1].flags & TokenFlag.sentenceInitial == 0
                    let nextCap = i + 1 < r.upperBound && infos[i + 1].flags & TokenFlag.capitalised != 0
                    if prevCap || nextCap { facts |= TokenFlag.docInName }
                    seen.insert(infos[i].lower, facts >> docShift)
                }
            }
        }
        guard !seen.isEmpty else { return }
        for i in infos.indices where infos[i].flags & (TokenFlag.capitalised | TokenFlag.allCaps) != 0 {
            infos[i].flags |= seen.bits(infos[i].lower) << docShift
        }
    }

    /// A token's facts in one pass over its scalars.
    static func info(_ s: [Unicode.Scalar], _ t: Token) -> TokenInfo {
        s.withUnsafeBufferPointer { info($0, t) }
    }

    @inline(__always)
    static func info(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ t: Token) -> TokenInfo {
        var scan = TokenScan()
        precondition(t.start >= 0 && t.start < s.count && t.start <= t.end && t.end <= s.count)
        let p = s.baseAddress! + t.start
        for k in 0..<(t.end - t.start) { scan.add(p[k], at: k) }
        return scan.info(t, first: s[t.start])
    }

    /// The features of tokens `r` of a document.
    func features(_ infos: [TokenInfo], _ r: Range<Int>, into out: inout SentenceFeatures) {
        // Room for the most features the tokens can have, written through a
        // pointer: no capacity check per feature.
        var indices: [UInt32] = []
        var offsets: [Int32] = []
        swap(&indices, &out.indices)
        swap(&offsets, &out.offsets)
        defer {
            swap(&indices, &out.indices)
            swap(&offsets, &out.offsets)
        }
        var bound = 0
        for i in r { bound += Self.mostFeatures(infos[i]) }
        indices.removeAll(keepingCapacity: true)
        indices.append(contentsOf: repeatElement(0, count: bound))
        offsets.removeAll(keepingCapacity: true)
        offsets.reserveCapacity(r.count + 1)
        offsets.append(0)
        let used = indices.withUnsafeMutableBufferPointer { buffer in
            infos.withUnsafeBufferPointer { infos in
                small.table.withUnsafeBufferPointer { table in
                    var n = 0
                    let mask = bucketMask
                    let out = buffer.baseAddress!
                    for i in r {
                        tokenFeatures(infos, i, r, table.baseAddress!) { template, value in
                            out[n] = UInt32(truncatingIfNeeded: combine(template, value) & mask)
                            n += 1
                        } bucket: { b in
                            out[n] = b
                            n += 1
                        }
                        offsets.append(Int32(n))
                    }
                    return n
                }
            }
        }
        indices.removeLast(bound - used)
    }

    /// At most the number of features `tokenFeatures` gives `t`: 30 of the
    /// fixed templates, one per class bit, four per neighbour.
    @inline(__always)
    static func mostFeatures(_ t: TokenInfo) -> Int {
        38 + t.gazetteer.nonzeroBitCount + t.phraseClasses.nonzeroBitCount
    }

    /// The features of token `i` of the sentence `r`, as (template, value) pairs.
    /// `bucket` takes a feature's bucket number from `small` (`SmallFeatureBuckets`).
    @inline(__always)
    func tokenFeatures(
        _ infos: UnsafeBufferPointer<TokenInfo>, _ i: Int, _ r: Range<Int>, _ small: UnsafePointer<UInt32>,
        _ add: (UInt64, UInt64) -> Void, bucket: (UInt32) -> Void
    ) {
        let boundary: UInt64 = 0xB0B0
        @inline(__always) func lowerAt(_ i: Int) -> UInt64 { r.contains(i) ? infos[i].lower : boundary &+ UInt64(i < r.lowerBound ? 1 : 2) }
        @inline(__always) func shortAt(_ i: Int) -> UInt64 { r.contains(i) ? infos[i].shortShape : boundary &+ UInt64(i < r.lowerBound ? 1 : 2) }
        let t = infos[i]
        let f = t.flags
        let capClass: UInt64 = f & TokenFlag.allCaps != 0 ? 2 : (f & TokenFlag.capitalised != 0 ? 1 : 0)
        let initial: UInt64 = f & TokenFlag.sentenceInitial != 0 ? 1 : 0
        let caps: UInt64 = f & TokenFlag.capsSentence != 0 ? 1 : 0
        bucket(small[SmallFeatureBuckets.bias])
        if caps == 0 { add(1, t.exact) }
        add(2, t.lower)
        add(3, t.shape)
        add(4, t.shortShape)
        add(5, t.prefixes.0); add(6, t.prefixes.1); add(7, t.prefixes.2)
        add(8, t.suffixes.0); add(9, t.suffixes.1); add(10, t.suffixes.2); add(11, t.suffixes.3)
        let p1 = lowerAt(i - 1), n1 = lowerAt(i + 1)
        add(12, p1); add(13, n1); add(14, lowerAt(i - 2)); add(15, lowerAt(i + 2))
        let sp1 = shortAt(i - 1), sn1 = shortAt(i + 1)
        add(16, sp1); add(17, sn1); add(18, shortAt(i - 2)); add(19, shortAt(i + 2))
        add(20, combine(p1, t.lower)); add(21, combine(t.lower, n1))
        add(22, combine(sp1, t.shortShape, sn1))
        let title: UInt64 = f & TokenFlag.titleSentence != 0 ? 1 : 0
        bucket(small[SmallFeatureBuckets.capitalisation + Int(capClass * 8 + initial * 4 + (caps | (title << 1)))])
        if title != 0 { add(33, combine(t.lower, capClass)) }
        add(24, combine(t.lower, initial))
        if caps != 0 { add(25, t.lower); add(26, t.shortShape) }
        // Gazetteer classes of the token, by capitalisation.
        var g = t.gazetteer
        while g != 0 {
            let bit = g.trailingZeroBitCount
            bucket(small[SmallFeatureBuckets.classes + bit * 3 + Int(capClass)])
            g &= g - 1
        }
        if t.phrasePosition != 0 {
            var pc = t.phraseClasses
            while pc != 0 {
                let bit = pc.trailingZeroBitCount
                bucket(small[SmallFeatureBuckets.phrase + bit * 5 + Int(t.phrasePosition)])
                pc &= pc - 1
            }
        }
        // Neighbours' gazetteer classes.
        if i > r.lowerBound {
            var pg = infos[i - 1].gazetteer & (GazetteerClass.title.rawValue | GazetteerClass.firstName.rawValue
                | GazetteerClass.firstNameCommon.rawValue | GazetteerClass.nationality.rawValue)
            let pcap: UInt64 = infos[i - 1].flags & TokenFlag.capitalised != 0 ? 1 : 0
            while pg != 0 {
                bucket(small[SmallFeatureBuckets.previousClasses + pg.trailingZeroBitCount * 6 + Int(pcap * 3 + capClass)])
                pg &= pg - 1
            }
        }
        if i + 1 < r.upperBound {
            var ng = infos[i + 1].gazetteer & (GazetteerClass.orgLegal.rawValue | GazetteerClass.orgHead.rawValue
                | GazetteerClass.lastName.rawValue | GazetteerClass.lastNameCommon.rawValue)
            let ncap: UInt64 = infos[i + 1].flags & TokenFlag.capitalised != 0 ? 1 : 0
            while ng != 0 {
                bucket(small[SmallFeatureBuckets.nextClasses + ng.trailingZeroBitCount * 6 + Int(ncap * 3 + capClass)])
                ng &= ng - 1
            }
        }
        // Document-level facts.
        if capClass != 0 {
            let d = (f >> 8) & 0xF
            bucket(small[SmallFeatureBuckets.documentFacts + Int(d) * 4 + Int(initial | (caps << 1))])
            if f & TokenFlag.docSeenLower != 0 { add(32, combine(t.lower, initial)) }
        }
    }
}

/// The bucket numbers of the templates of few values, by value: the bias
/// (0), the capitalisation class with the sentence kind (23), a class bit
/// with the capitalisation class (27), with the phrase position (28), with a
/// neighbour's capitalisation and the token's (29, 30), and the document
/// facts with the sentence kind (31).
struct SmallFeatureBuckets: Sendable {
    static let bias = 0
    static let capitalisation = 1
    static let classes = capitalisation + 3 * 8
    static let phrase = classes + 32 * 3
    static let previousClasses = phrase + 32 * 5
    static let nextClasses = previousClasses + 32 * 6
    static let documentFacts = nextClasses + 32 * 6
    static let count = documentFacts + 16 * 4
    let table: [UInt32]

    init(mask: UInt64) {
        var table = [UInt32](repeating: 0, count: Self.count)
        func bucket(_ template: UInt64, _ value: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: combine(template, value) & mask) }
        table[Self.bias] = bucket(0, 0)
        for capClass in 0..<UInt64(3) {
            for rest in 0..<UInt64(8) {
                table[Self.capitalisation + Int(capClass * 8 + rest)] = bucket(23, combine(capClass, rest >> 2, rest & 3))
            }
        }
        for bit in 0..<UInt64(32) {
            let b = Int(bit)
            for capClass in 0..<UInt64(3) {
                table[Self.classes + b * 3 + Int(capClass)] = bucket(27, combine(bit, capClass))
                for neighbourCap in 0..<UInt64(2) {
                    let k = b * 6 + Int(neighbourCap * 3 + capClass)
                    table[Self.previousClasses + k] = bucket(29, combine(bit, neighbourCap, capClass))
                    table[Self.nextClasses + k] = bucket(30, combine(bit, neighbourCap, capClass))
                }
            }
            for position in 0..<UInt64(5) { table[Self.phrase + b * 5 + Int(position)] = bucket(28, combine(bit, position)) }
        }
        for d in 0..<UInt64(16) {
            for kind in 0..<UInt64(4) { table[Self.documentFacts + Int(d * 4 + kind)] = bucket(31, combine(d, kind)) }
        }
        self.table = table
    }
}

/// Flag bits per word hash, for the document-level facts: an open-addressing
/// table sized for a document's tokens (a slot with no bits is empty).
struct WordBits {
    private var keys: [UInt64]
    private var bits: [UInt32]
    private let mask: Int
    private(set) var isEmpty = true

    init(count: Int) {
        var capacity = 16
        while capacity < 2 * count { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        bits = [UInt32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// Adds `newBits` (not zero) to those of `key`.
    mutating func insert(_ key: UInt64, _ newBits: UInt32) {
        isEmpty = false
        var i = Int(truncatingIfNeeded: key) & mask
        while bits[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        keys[i] = key
        bits[i] |= newBits
    }

    func bits(_ key: UInt64) -> UInt32 {
        var i = Int(truncatingIfNeeded: key) & mask
        while bits[i] != 0 {
            if keys[i] == key { return bits[i] }
            i = (i + 1) & mask
        }
        return 0
    }
}

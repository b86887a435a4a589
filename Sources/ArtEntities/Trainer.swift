/// One training document: its text, tokens, sentences and, per token, the
/// set of labels the annotation allows (one bit per label).
public struct TrainingDocument: Sendable {
    public var scalars: [Unicode.Scalar]
    public var tokens: [EntityToken]
    public var sentences: [Range<Int>]
    public var allowed: [UInt32]

    public init(scalars: [Unicode.Scalar], tokens: [EntityToken], sentences: [Range<Int>], allowed: [UInt32]) {
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
        self.allowed = allowed
    }

    /// Builds the label masks from annotated spans (scalar offsets).
    ///
    /// - `spans`: (start, end, type index) of the annotated names.
    /// - `openTypes`: types the source does not annotate in full: a token
    ///   outside every span may also carry them (partial annotation).
    public init(
        text: [Unicode.Scalar], spans: [(Int, Int, Int)], openTypes: [Int], tokenizer: EntityTokenizer = EntityTokenizer()
    ) {
        let tokens = tokenizer.tokenize(text)
        var allowed = [UInt32](repeating: 1, count: tokens.count)
        var open: UInt32 = 1
        for t in openTypes { open |= (1 << EntityLabels.begin(t)) | (1 << EntityLabels.inside(t)) }
        for i in allowed.indices { allowed[i] = open }
        // Map scalar offsets to tokens.
        var tokenAt = [Int](repeating: -1, count: text.count + 1)
        for (i, t) in tokens.enumerated() { for k in t.start..<t.end { tokenAt[k] = i } }
        let all: UInt32 = (1 << EntityLabels.count) - 1
        for (start, end, type) in spans.sorted(by: { $0.0 < $1.0 }) {
            guard start >= 0, end <= text.count, start < end else { continue }
            var first = -1
            var last = -1
            for k in start..<end where tokenAt[k] >= 0 {
                if first < 0 { first = tokenAt[k] }
                last = tokenAt[k]
            }
            guard first >= 0 else { continue }
            // A span that cuts a token: leave those tokens unconstrained.
            if tokens[first].start != start || tokens[last].end != end {
                for i in first...last { allowed[i] = all }
                continue
            }
            allowed[first] = 1 << EntityLabels.begin(type)
            if last > first { for i in (first + 1)...last { allowed[i] = 1 << EntityLabels.inside(type) } }
        }
        let lines = simpleSentences(text, tokens: tokens)
        self.init(scalars: text, tokens: tokens, sentences: lines, allowed: allowed)
    }
}

/// A small deterministic generator (SplitMix64) for shuffling.
public struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return mix64(state &- 0x9E37_79B9_7F4A_7C15)
    }
}

/// Trains the tagger as an averaged structured perceptron with Viterbi
/// decoding (Collins 2002). For partly annotated sentences the target is the
/// best path the annotation allows under the current weights (latent
/// structured perceptron), so a missing MISC is never taught as "O".
public struct PerceptronTrainer {
    public let buckets: Int
    public let gazetteer: Gazetteer
    let L = EntityLabels.count
    var weights: [Float]
    var totals: [Double]
    var transitions: [Float]
    var transitionTotals: [Double]
    var clock: Double = 1

    struct Sequence {
        var features: SentenceFeatures
        var allowed: [UInt32]
        var constrained: Bool
    }
    var data: [Sequence] = []

    public init(buckets: Int, gazetteer: Gazetteer) {
        self.buckets = buckets
        self.gazetteer = gazetteer
        weights = [Float](repeating: 0, count: buckets * EntityLabels.count)
        totals = [Double](repeating: 0, count: buckets * EntityLabels.count)
        transitions = [Float](repeating: 0, count: (EntityLabels.count + 1) * EntityLabels.count)
        transitionTotals = [Double](repeating: 0, count: (EntityLabels.count + 1) * EntityLabels.count)
    }

    public var sequenceCount: Int { data.count }

    /// Adds a document's sentences to the training set; `keep` chooses
    /// them by their index in the document.
    public mutating func add(_ doc: TrainingDocument, keep: (Int) -> Bool = { _ in true }) {
        let extractor = FeatureExtractor(buckets: buckets, gazetteer: gazetteer)
        let infos = extractor.tokenInfos(doc.scalars, doc.tokens, sentences: doc.sentences)
        for (index, r) in doc.sentences.enumerated() where !r.isEmpty && keep(index) {
            var f = SentenceFeatures()
            extractor.features(infos, r, into: &f)
            let allowed = Array(doc.allowed[r])
            let constrained = allowed.contains { $0.nonzeroBitCount > 1 }
            data.append(Sequence(features: f, allowed: allowed, constrained: constrained))
        }
    }

    func model(averaged: Bool) -> EntityModel {
        var w = weights
        var tr = transitions
        if averaged {
            for i in w.indices { w[i] = Float(Double(weights[i]) - totals[i] / clock) }
            for i in tr.indices { tr[i] = Float(Double(transitions[i]) - transitionTotals[i] / clock) }
        }
        return EntityModel(labels: L, buckets: buckets, weights: w, transitions: tr, gazetteer: gazetteer)
    }

    /// The averaged model so far.
    public var averagedModel: EntityModel { model(averaged: true) }

    /// One pass over the data in a seeded order; returns the share of
    /// sequences decoded wrongly.
    public mutating func epoch(generator: inout SeededGenerator) -> Double {
        var order = Array(data.indices)
        order.shuffle(using: &generator)
        var errors = 0
        var scores: [Float] = []
        for index in order {
            let seq = data[index]
            let n = seq.features.count
            liveEmissions(seq.features, into: &scores)
            let predicted = decodeViterbi(scores, count: n, labels: L, transitions: transitions)
            let gold: [Int]
            if seq.constrained {
                gold = decodeViterbi(scores, count: n, labels: L, transitions: transitions, allowedMask: seq.allowed)
            } else {
                gold = seq.allowed.map { $0.trailingZeroBitCount }
            }
            if predicted != gold {
                errors += 1
                update(seq.features, gold: gold, predicted: predicted)
            }
            clock += 1
        }
        return Double(errors) / Double(max(1, data.count))
    }

    func liveEmissions(_ f: SentenceFeatures, into scores: inout [Float]) {
        let n = f.count
        let L = self.L
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: n * L))
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { sc in
                for t in 0..<n {
                    for k in Int(f.offsets[t])..<Int(f.offsets[t + 1]) {
                        let row = Int(f.indices[k]) * L
                        for y in 0..<L { sc[t * L + y] += w[row + y] }
                    }
                }
            }
        }
    }

    mutating func update(_ f: SentenceFeatures, gold: [Int], predicted: [Int]) {
        let c = clock
        for t in 0..<gold.count where gold[t] != predicted[t] {
            for k in Int(f.offsets[t])..<Int(f.offsets[t + 1]) {
                let row = Int(f.indices[k]) * L
                weights[row + gold[t]] += 1
                totals[row + gold[t]] += c
                weights[row + predicted[t]] -= 1
                totals[row + predicted[t]] -= c
            }
        }
        for t in 0..<gold.count {
            let gp = t == 0 ? 0 : gold[t - 1] + 1
            let pp = t == 0 ? 0 : predicted[t - 1] + 1
            if gp == pp && gold[t] == predicted[t] { continue }
            transitions[gp * L + gold[t]] += 1
            transitionTotals[gp * L + gold[t]] += c
            transitions[pp * L + predicted[t]] -= 1
            transitionTotals[pp * L + predicted[t]] -= c
        }
    }
}


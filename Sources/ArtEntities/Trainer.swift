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

    /// The averaged weights and transitions so far.
    public var averaged: (weights: [Float], transitions: [Float]) {
        var w = weights
        var tr = transitions
        for i in w.indices { w[i] = Float(Double(weights[i]) - totals[i] / clock) }
        for i in tr.indices { tr[i] = Float(Double(transitions[i]) - transitionTotals[i] / clock) }
        return (w, tr)
    }

    /// The averaged model so far.
    public var averagedModel: EntityModel {
        let (w, tr) = averaged
        return EntityModel(labels: L, buckets: buckets, weights: w, transitions: tr, gazetteer: gazetteer)
    }

    /// Forgets what was learnt (the training data stay), for another run.
    public mutating func restart() {
        for i in weights.indices { weights[i] = 0; totals[i] = 0 }
        for i in transitions.indices { transitions[i] = 0; transitionTotals[i] = 0 }
        clock = 1
    }

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


import Testing

@testable import ArtJSON

@Suite struct HeavyHittersTests {
    @Test func exactWhileThereIsRoom() {
        var sketch = HeavyHitters(capacity: 4)
        for name in ["b", "a", "b", "c", "b", "a"] { sketch.add(Array(name.utf8)) }
        #expect(sketch.top(2).map { "\($0.name)=\($0.count)" } == ["b=3", "a=2"])
        #expect(!sketch.isApproximate)
        #expect(sketch.occurrences == 6)
    }

    @Test func keepsTheFrequentNamesWhenFull() {
        var sketch = HeavyHitters(capacity: 3)
        for i in 0..<300 {
            sketch.add(Array("often".utf8))
            sketch.add(Array("rare\(i)".utf8))
        }
        #expect(sketch.isApproximate)
        let first = sketch.top(1)[0]
        #expect(first.name == "often")
        // Space-Saving overcounts by at most occurrences / capacity.
        #expect(first.count >= 300 && first.count <= 300 + 600 / 3)
    }

    @Test func keepsTheFirstLabel() {
        var sketch = HeavyHitters()
        sketch.add(Array("Ana".utf8))
        sketch.add(Array("Ana".utf8), label: "female")
        sketch.add(Array("Ana".utf8), label: "male")
        #expect(sketch.top(1)[0].label == "female")
    }
}

/// A minimal property-test runner: draws cases from a seeded generator, checks each, and stops
/// at the first failure, described with its seed and case number so it can be replayed.
///
/// ```swift
/// let failure = Property.firstFailure(cases: 500, seed: 1) { rng in
///     RandomText.string(maxLength: 40, using: &rng)
/// } check: { text in
///     ScalarDecoder.scalars(of: text) == Array(text.unicodeScalars) ? [] : ["scalars differ"]
/// }
/// #expect(failure == nil)
/// ```
public enum Property {
    /// The first case whose check returns problems, described; `nil` when every case passes.
    /// - Parameters:
    ///   - cases: how many cases to draw.
    ///   - seed: the generator's seed; each case draws from it in turn.
    ///   - generate: makes a case.
    ///   - check: the problems of a case, empty when the property holds.
    public static func firstFailure<Case>(
        cases: Int, seed: UInt64,
        _ generate: (inout SeededGenerator) -> Case,
        check: (Case) -> [String]
    ) -> String? {
        var rng = SeededGenerator(seed: seed)
        for n in 0 ..< cases {
            let value = generate(&rng)
            let problems = check(value)
            if !problems.isEmpty {
                let shown = problems.prefix(5).joined(separator: "; ")
                return "seed \(seed), case \(n): \(String(reflecting: value).prefix(600)) → \(shown)"
            }
        }
        return nil
    }
}

import Dispatch

extension Array where Element: Sendable {
    /// The results of `transform` over the elements, in order, computed on up to `jobs` threads.
    ///
    /// Each result is written by exactly one iteration into its own slot, so no two threads touch
    /// the same memory; the order of the output is the order of the input.
    /// - Complexity: O(n) calls to `transform`, spread over the threads.
    public func concurrentMap<Result: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard jobs > 1, count > 1 else { return map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Safe: iteration i writes only buffer[i]; concurrentPerform returns after all of them.
            nonisolated(unsafe) let slots = buffer
            let chunk = Swift.max(1, (count + jobs * 4 - 1) / (jobs * 4))
            let chunks = (count + chunk - 1) / chunk
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in c * chunk ..< Swift.min(count, (c + 1) * chunk) {
                    (slots.baseAddress! + i).initialize(to: transform(self[i]))
                }
            }
            initialized = count
        }
    }
}

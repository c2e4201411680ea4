/// Maximum one-to-one matching between gold items and output items (Kuhn's augmenting paths).
///
/// ```swift
/// // gold 0 may take output 0 or 1; gold 1 only output 0.
/// BipartiteMatching.maximum(candidates: [[0, 1], [0]], outputCount: 2)   // [1, 0]
/// ```
/// Each gold item lists its candidate outputs in order of preference; gold items are tried in
/// order, and each takes the first candidate that is free or whose holder can move to another of
/// its own candidates (an augmenting path). The number of pairs is the largest possible, and the
/// result is deterministic. Complexity: O(G · E) for G gold items and E candidate pairs (a few dozen here).
enum BipartiteMatching {
    /// For each gold item, the index of its matched output, or `nil`.
    static func maximum(candidates: [[Int]], outputCount: Int) -> [Int?] {
        var ownerOfOutput = [Int?](repeating: nil, count: outputCount)
        for gold in candidates.indices {
            var visited = [Bool](repeating: false, count: outputCount)
            _ = augment(gold, candidates, &ownerOfOutput, &visited)
        }
        var result = [Int?](repeating: nil, count: candidates.count)
        for (output, owner) in ownerOfOutput.enumerated() { if let owner { result[owner] = output } }
        return result
    }

    private static func augment(_ gold: Int, _ candidates: [[Int]], _ owner: inout [Int?], _ visited: inout [Bool]) -> Bool {
        for output in candidates[gold] where !visited[output] {
            visited[output] = true
            if owner[output] == nil || augment(owner[output]!, candidates, &owner, &visited) {
                owner[output] = gold
                return true
            }
        }
        return false
    }
}

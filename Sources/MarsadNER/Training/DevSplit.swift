/// A deterministic rule that sets aside part of a training file as a development split.
///
/// ```swift
/// DevSplit.every(10).split(sentences)   // sentences 10, 20, 30, … (1-based) go to dev
/// DevSplit.tail(percent: 10).split(sentences)  // the last 10 % go to dev
/// ```
public enum DevSplit: Hashable, Sendable, CustomStringConvertible {
    /// Every n-th sentence (1-based: the n-th, 2n-th, …) is dev, the rest train.
    case every(Int)
    /// The last `percent` % of sentences (rounded down) are dev: whole articles the model never
    /// saw, a harder test than ``every(_:)``, whose dev sentences sit between training sentences
    /// of the same articles.
    case tail(percent: Int)
    /// No dev split: everything is training data.
    case none

    /// Splits `items` into training and dev parts, keeping their order.
    public func split<T>(_ items: [T]) -> (train: [T], dev: [T]) {
        switch self {
        case .every(let n):
            precondition(n >= 2, "every n-th sentence needs n >= 2")
            var train: [T] = [], dev: [T] = []
            for (i, item) in items.enumerated() {
                if (i + 1) % n == 0 { dev.append(item) } else { train.append(item) }
            }
            return (train, dev)
        case .tail(let percent):
            precondition((0 ... 100).contains(percent), "a percentage is 0 … 100")
            let cut = items.count - items.count * percent / 100
            return (Array(items[..<cut]), Array(items[cut...]))
        case .none:
            return (items, [])
        }
    }

    public var description: String {
        switch self {
        case .every(let n): return "every \(n)\(n % 10 == 1 && n % 100 != 11 ? "st" : n % 10 == 2 && n % 100 != 12 ? "nd" : n % 10 == 3 && n % 100 != 13 ? "rd" : "th") sentence"
        case .tail(let p): return "last \(p)% of sentences"
        case .none: return "no dev split"
        }
    }
}

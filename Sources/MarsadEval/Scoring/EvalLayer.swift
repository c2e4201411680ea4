/// The layers `marsad eval` scores, in report order.
///
/// `mentions` is scored from the entities' mention spans, and `provisions` from the provisions
/// of matched agreements; they follow the completeness of `entities` and `agreements`.
public enum EvalLayer: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case entities, mentions, times, quotes, events, agreements, provisions

    public static func < (a: EvalLayer, b: EvalLayer) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

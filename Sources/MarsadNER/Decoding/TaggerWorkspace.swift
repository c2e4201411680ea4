import Synchronization

/// What the tagger keeps between calls: the word cache, and buffers reused from sentence to
/// sentence so that tagging allocates little.
struct TaggerWorkspace: Sendable {
    var cache = WordCache()
    /// Per token of the sentence being tagged: its cache key, its facts, its cache entry.
    var keys: [UInt64] = []
    var facts: [WordFacts] = []
    var entries: [Int] = []
    /// Hashed features waiting to be looked up (``ScoringSink``).
    var pendingKeys: [UInt64] = []
    var pendingTargets: [Int32] = []
    /// What the prefetching reads gave (``ScoringSink/touched``), kept so that they stay.
    var touched: UInt64 = 0
    /// Emission scores of the sentence, `NERTag.count` a token.
    var scores: [Int32] = []
    var emissions: [Int64] = []
}

/// Workspaces for the tagger, handed to one caller at a time, so that a tagger shared between
/// threads keeps its word caches warm across documents without sharing them.
///
/// A caller takes a workspace (or a new one), tags, and gives it back; at most
/// ``maximumIdle`` are kept. The workspaces change only speed, never tags.
final class WorkspacePool: Sendable {
    private let idle = Mutex<[TaggerWorkspace]>([])
    static let maximumIdle = 8

    init() {}

    func withWorkspace<R>(_ body: (inout TaggerWorkspace) -> R) -> R {
        var workspace = idle.withLock { $0.popLast() } ?? TaggerWorkspace()
        let result = body(&workspace)
        idle.withLock { if $0.count < Self.maximumIdle { $0.append(workspace) } }
        return result
    }
}

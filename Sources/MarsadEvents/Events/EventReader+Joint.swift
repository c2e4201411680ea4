import MarsadCore

extension EventReader {
    /// One event per side when several sides do the same thing each on its own account: «دعت كل
    /// من الولايات المتحدة وبريطانيا وفرنسا وإيطاليا إلى وقف فوري للاشتباكات» is four appeals,
    /// «نفذت قوات النظام السوري وحليفتها روسيا مئات الضربات الجوية» two air campaigns
    /// (docs/ANNOTATION.md: one event per signatory of a joint call). A side is a country (its
    /// GPE, people, state bodies and forces: «روسيا ولافروف» stay one), or an organization or
    /// non-state group of its own.
    ///
    /// Only for frames whose sources act in parallel (`actor`, `request`, `deny`, `release`,
    /// `aid`, `withdraw`, `visit`, `blame` and attacks); meetings, clashes, signings, declarations and
    /// mediations are read as one fact between their sides, reciprocal when no target is named.
    /// - Complexity: O(s) in the number of sources.
    func splitBySide(_ events: [EventCandidate], frame: EventTrigger.Frame) -> [EventCandidate] {
        guard Self.parallelFrames.contains(frame) || frame.isAttack else { return events }
        var out: [EventCandidate] = []
        for event in events {
            let (order, groups) = bySide(event.source)
            guard order.count >= 2 else { out.append(event); continue }
            for key in order {
                var one = event
                one.source = groups[key] ?? []
                // A target that is one of the sides is no target of that side's own act.
                one.target = event.target.filter { side(of: $0) != key }
                let kept = Set(one.source + one.target)
                one.read = event.read.filter { kept.contains($0.key) }
                out.append(one)
            }
        }
        return out
    }

    /// Frames whose coordinated sources each act on their own account.
    private static let parallelFrames: Set<EventTrigger.Frame> = [.actor, .request, .deny, .release, .aid, .withdraw, .visit, .blame, .exchange, .recall, .sever]

    /// One event per side aimed at: one source side acting on several sides is one act on each
    /// («واجتمع وزير الخارجية الأمريكي مايك بومبيو مع مسؤولين بدول الخليج ومصر والأردن» is a
    /// meeting with Egypt and one with Jordan; docs/ANNOTATION.md: phone calls are «one per
    /// callee», the boycott of Qatar one event per state). Not for clashes, signings,
    /// declarations, mediations and traded accusations, whose sides are read together.
    /// - Complexity: O(t) in the number of targets.
    func splitByTarget(_ events: [EventCandidate], frame: EventTrigger.Frame) -> [EventCandidate] {
        guard Self.parallelFrames.contains(frame) || frame.isAttack || frame == .meet || frame == .host, frame != .exchange else {
            return events
        }
        var out: [EventCandidate] = []
        for event in events {
            let sources = Set(event.source.map { side(of: $0) })
            let (order, groups) = bySide(event.target)
            guard sources.count == 1, order.count >= 2, !order.contains(where: sources.contains) else {
                out.append(event)
                continue
            }
            for key in order {
                var one = event
                one.target = groups[key] ?? []
                let kept = Set(one.source + one.target)
                one.read = event.read.filter { kept.contains($0.key) }
                out.append(one)
            }
        }
        return out
    }

    /// `entities` grouped by ``side(of:)``: the sides in the order first named, and each side's
    /// entities.
    private func bySide(_ entities: [Int]) -> (order: [String], groups: [String: [Int]]) {
        var order: [String] = []
        var groups: [String: [Int]] = [:]
        for e in entities {
            let key = side(of: e)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(e)
        }
        return (order, groups)
    }

    /// The side entity `e` stands for: its country, for a state's people, bodies and forces; the
    /// entity itself for an organization with no country, and for a non-state group.
    func side(of e: Int) -> String {
        let entity = view.entities[e]
        if let c = entity.country, !view.isNonState(e), !view.isAgent(e) || entity.cameo?.hasPrefix(c) == true { return c }
        return "#\(e)"
    }
}

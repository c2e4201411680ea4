/// A national body's head noun used alone (وزارة الداخلية، مجلس الشيوخ، البنك المركزي): a row of
/// `institutions.tsv` marked `bare`. Which country's body it is comes from the context.
public struct BareInstitution: Sendable, Hashable {
    /// The folded words' hashes (``WordFolder/hash(_:)``).
    public let words: [UInt64]
    /// The English name pattern, `{country}` standing for the country's English name.
    public let nameEn: String
    /// The CAMEO agent code appended to the country's code (GOV, LEG, JUD …).
    public let agent: String
    /// `nameEn` before and after `{country}`, to compare and build names without searching.
    let namePrefix: Substring, nameSuffix: Substring

    init(words: [UInt64], nameEn: String, agent: String) {
        self.words = words
        self.nameEn = nameEn
        self.agent = agent
        let marker = nameEn.range(of: "{country}")
        namePrefix = marker.map { nameEn[..<$0.lowerBound] } ?? nameEn[...]
        nameSuffix = marker.map { nameEn[$0.upperBound...] } ?? ""
    }

    /// The English name of the body of a country («Ministry of Interior of Libya»).
    func name(of country: String) -> String { namePrefix + country + nameSuffix }
}

/// A national body's head noun used alone (وزارة الداخلية، مجلس الشيوخ، البنك المركزي): a row of
/// `institutions.tsv` marked `bare`. Which country's body it is comes from the context.
public struct BareInstitution: Sendable, Hashable {
    /// The folded words' hashes (``WordFolder/hash(_:)``).
    public let words: [UInt64]
    /// The English name pattern, `{country}` standing for the country's English name.
    public let nameEn: String
    /// The CAMEO agent code appended to the country's code (GOV, LEG, JUD …).
    public let agent: String
}

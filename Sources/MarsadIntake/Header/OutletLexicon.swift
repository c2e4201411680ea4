import Foundation
public import MarsadCore
public import MarsadText

/// News agencies and outlets, matched in datelines.
///
/// Keys are the normalized letters of a name with spaces and dots removed, so that "أ ف ب",
/// "أ.ف.ب" and "ا ف ب" are one key.
public struct OutletLexicon: Sendable {
    public struct Entry: Sendable, Hashable {
        public let nameEn: String
        public let isAgency: Bool
    }

    private let entries: [String: Entry]
    /// The keys of the first word of every name, to skip tokens that cannot start one.
    public let firstWords: Set<String>
    /// The most tokens a name spans.
    public let maxTokens: Int
    private let toolkit: TextToolkit

    /// Parses a TSV with the columns `surface`, `name_en`, `kind` (`agency` or `outlet`), `source`.
    public init(tsv: String, file: String, toolkit: TextToolkit) throws {
        var entries: [String: Entry] = [:]
        var firstWords: Set<String> = []
        var maxTokens = 1
        for row in try TSVReader(text: tsv, file: file, requiredColumns: ["surface", "name_en", "kind", "source"]).rows {
            let scalars = Array(row["surface"].unicodeScalars)
            let tokens = toolkit.tokenizer.tokenize(scalars)
            let key = Self.key(scalars, tokens: tokens[...], toolkit: toolkit)
            guard !key.isEmpty else {
                throw TextError.malformedResource(file: file, line: row.line, reason: "an empty surface")
            }
            entries[key] = entries[key] ?? Entry(nameEn: row["name_en"], isAgency: row["kind"] == "agency")
            if let first = tokens.first(where: { $0.kind != .punctuation }) {
                firstWords.insert(Self.key(scalars, tokens: [first][...], toolkit: toolkit))
            }
            maxTokens = max(maxTokens, tokens.count)
        }
        self.entries = entries
        self.firstWords = firstWords
        self.maxTokens = maxTokens
        self.toolkit = toolkit
    }

    /// The lexicon shipped in `Resources/outlets.tsv`.
    public static func bundled(toolkit: TextToolkit) throws -> OutletLexicon {
        guard let url = Bundle.module.url(forResource: "Resources/outlets", withExtension: "tsv")
            ?? Bundle.module.url(forResource: "outlets", withExtension: "tsv") else {
            throw TextError.missingResource("outlets.tsv")
        }
        return try OutletLexicon(tsv: String(contentsOf: url, encoding: .utf8), file: "outlets.tsv", toolkit: toolkit)
    }

    static func key(_ scalars: [Unicode.Scalar], tokens: ArraySlice<Token>, toolkit: TextToolkit) -> String {
        var view = String.UnicodeScalarView()
        for token in tokens where token.kind != .punctuation {
            toolkit.normalizer.appendKey(of: scalars[token.range], to: &view)
        }
        return String(view)
    }

    /// The entry whose key is the concatenation of `keys` (the normalized words of a name), if any.
    public func lookup(keys: some Sequence<String>) -> Entry? {
        entries[keys.joined()]
    }

    /// The entry named by `tokens` of `scalars` exactly, if any.
    public func lookup(_ scalars: [Unicode.Scalar], tokens: ArraySlice<Token>) -> Entry? {
        entries[Self.key(scalars, tokens: tokens, toolkit: toolkit)]
    }

    /// The entry for a name given as a string (a JSON Lines `outlet` field).
    public func lookup(name: String) -> Entry? {
        let scalars = Array(name.unicodeScalars)
        return lookup(scalars, tokens: toolkit.tokenizer.tokenize(scalars)[...])
    }
}

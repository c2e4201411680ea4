import Foundation

/// A one-to-one letter map read from a TSV resource (`from`, `to`, `name`, `source`).
public struct LetterMap: Sendable, Hashable {
    /// `from` scalar value → `to` scalar value.
    public let pairs: [UInt32: UInt32]

    public init(pairs: [UInt32: UInt32]) { self.pairs = pairs }

    /// Parses a letter-map TSV. Comment lines start with `#`; the first other line is the header.
    /// - Throws: ``TextError/malformedResource(file:line:reason:)`` naming the file and line.
    public init(tsv: String, file: String) throws {
        var pairs: [UInt32: UInt32] = [:]
        for row in try TSVReader(text: tsv, file: file, requiredColumns: ["from", "to", "source"]).rows {
            let from = Array(row["from"].unicodeScalars), to = Array(row["to"].unicodeScalars)
            guard from.count == 1, to.count == 1 else {
                throw TextError.malformedResource(file: file, line: row.line, reason: "`from` and `to` must be one letter each")
            }
            pairs[from[0].value] = to[0].value
        }
        self.pairs = pairs
    }

    /// The Persian and Urdu map shipped in `Resources/letter-map.tsv`, loaded once.
    public static let persianAndUrdu: LetterMap = {
        do {
            return try LetterMap(tsv: TextResources.string(named: "letter-map.tsv"), file: "letter-map.tsv")
        } catch {
            fatalError("The bundled resource letter-map.tsv is broken: \(error)")
        }
    }()
}

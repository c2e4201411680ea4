public import MarsadCore
public import MarsadText

/// Turns input records into documents: parses the header of plain-text reports and gathers the
/// metadata of JSON Lines records.
public struct Intake: Sendable {
    public let toolkit: TextToolkit
    public let header: HeaderParser

    public init(toolkit: TextToolkit, outlets: OutletLexicon) {
        self.toolkit = toolkit
        self.header = HeaderParser(outlets: outlets, toolkit: toolkit)
    }

    /// Builds the document of a record. `published` overrides every other dateline date.
    public func document(from record: InputRecord, published override: CivilDate? = nil) -> Document {
        let scalars = Array(record.text.unicodeScalars)
        let tokens = toolkit.tokenizer.tokenize(scalars)
        let parsed = header.parse(scalars, tokens: tokens, findTitle: record.isPlainText)
        var warnings = parsed.warnings
        var outlets: [Outlet] = []
        if let name = record.outlet, !name.isEmpty {
            let entry = header.outlets.lookup(name: name)
            let isLatin = name.unicodeScalars.allSatisfy { $0.value < 0x250 }
            outlets.append(Outlet(name: name, nameEn: entry?.nameEn ?? (isLatin ? name : nil), role: .publisher))
        }
        for outlet in parsed.outlets where !outlets.contains(where: { $0.nameEn != nil && $0.nameEn == outlet.nameEn }) {
            outlets.append(outlet)
        }
        if let given = record.published, let read = parsed.published, given != read {
            warnings.append("The dateline says \(read.iso) but the record's `published` is \(given.iso); the record's date is used.")
        }
        let published = override ?? record.published ?? parsed.published
        if published == nil {
            warnings.append("No dateline date: relative dates (أمس، اليوم) cannot be resolved; give --published YYYY-MM-DD.")
        }
        if let share = record.arabicLetterShare ?? ContentCheck(record.text).arabicLetterShare, share < 0.5 {
            warnings.append("Only \(Int(share * 100))% of the letters are Arabic script; what is written in other scripts is not analyzed.")
        }
        let metadata = Metadata(
            title: record.title ?? parsed.title, titleSpan: parsed.titleSpan, published: published, url: record.url,
            outlets: outlets, dateline: parsed.dateline)
        return Document(id: record.id, text: record.text, metadata: metadata, warnings: warnings, toolkit: toolkit,
                        scalars: scalars, tokens: tokens)
    }
}

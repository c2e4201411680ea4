import Foundation
import Marsad
import MarsadCore
import MarsadEval
import MarsadIntake
import MarsadText

/// Finds the text of each gold article and builds its document, for `marsad eval`.
///
/// The text is the gold's `text` field, else its `file` (relative to the gold file), else the
/// corpus line with the article's `id`. The dateline date is the one `marsad analyze` would
/// use (the record's `published`, else the text's dateline); the gold's `published` is given
/// only when there is none, since relative dates cannot be resolved without it.
struct GoldTexts {
    /// Corpus records by id (only the ids some gold article needs).
    let corpus: [String: InputRecord]

    /// Reads the corpora, keeping the records whose id is in `wanted` (the first of each id).
    /// - Throws: the first ``IntakeError`` met.
    init(corpora: [String], wanted: Set<String>) throws {
        var corpus: [String: InputRecord] = [:]
        try InputReader().read(corpora) { result in
            let record = try result.get()
            if let id = record.id, wanted.contains(id), corpus[id] == nil { corpus[id] = record }
        }
        self.corpus = corpus
    }

    /// The document of `article`, and notes for the report.
    /// - Throws: ``GoldError/noText(article:gold:)``, ``GoldError/textMismatch(article:source:reason:)``,
    ///   or the ``IntakeError`` of an unreadable `file`.
    func document(for article: GoldArticle, in file: GoldFile, marsad: Marsad) throws -> (Document, [String]) {
        var record = try self.record(for: article, in: file)
        record.id = article.id
        var document = marsad.intake.document(from: record)
        if document.metadata.published == nil, let published = article.published {
            document = marsad.intake.document(from: record, published: published)
        }
        if let misfit = article.misfit(document.scalars) {
            throw GoldError.textMismatch(article: article.id, source: record.origin, reason: misfit)
        }
        var notes: [String] = []
        if let used = document.metadata.published, let gold = article.published, used != gold {
            notes.append("relative dates were resolved against \(used.iso) (the text's dateline or record), the gold's against \(gold.iso)")
        }
        return (document, notes)
    }

    func record(for article: GoldArticle, in file: GoldFile) throws -> InputRecord {
        if let text = article.text {
            return InputRecord(origin: "\(file.path) (\(article.id))", id: article.id, title: article.title,
                               published: article.published, text: text, isPlainText: false)
        }
        if let url = file.textURL(of: article) {
            var read: Result<InputRecord, IntakeError>?
            InputReader().read([url.path]) { result in if read == nil { read = result } }
            guard let read else { throw GoldError.noText(article: article.id, gold: file.path) }
            return try read.get()
        }
        if let record = corpus[article.id] { return record }
        throw GoldError.noText(article: article.id, gold: file.path)
    }
}

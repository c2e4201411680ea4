public import Foundation

/// A gold file: one JSON object (a `.json` file), or one object a line (JSON Lines).
///
/// ```swift
/// let seed = try GoldFile.load(path: "../shared/gold/seed.gold.json")
/// seed.articles.map(\.id)                          // ["karabakh-lavrov-2021-05-11"]
/// seed.textURL(of: seed.articles[0])?.lastPathComponent
/// // "karabakh-lavrov-2021-05-11.ar.txt" (from its `file`, relative to the gold file)
/// ```
public struct GoldFile: Sendable {
    /// The path as given.
    public let path: String
    /// The file's location, against which the articles' `file` paths are resolved.
    public let url: URL
    public let articles: [GoldArticle]

    public init(path: String, url: URL, articles: [GoldArticle]) {
        self.path = path
        self.url = url
        self.articles = articles
    }

    /// Reads and decodes a gold file.
    ///
    /// A file whose name ends in `.jsonl` is read as JSON Lines. Any other file is read as one
    /// JSON object (or an array of objects); when that fails and the file has several non-empty
    /// lines, it is read as JSON Lines, and errors name the line.
    /// - Throws: ``GoldError`` naming the file and, for JSON Lines, the line.
    public static func load(path: String) throws(GoldError) -> GoldFile {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GoldError.unreadable(path, reason: (error as NSError).localizedDescription)
        }
        let articles = try decode(data, path: path)
        if articles.isEmpty { throw GoldError.empty(path) }
        return GoldFile(path: path, url: url, articles: articles)
    }

    /// Decodes the bytes of a gold file (`path` names it in errors and chooses JSON Lines).
    public static func decode(_ data: Data, path: String) throws(GoldError) -> [GoldArticle] {
        let decoder = JSONDecoder()
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        let nonEmpty = lines.filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
        if !path.hasSuffix(".jsonl") {
            if nonEmpty.isEmpty { return [] }
            do { return [try decoder.decode(GoldArticle.self, from: data)] } catch {
                if let list = try? decoder.decode([GoldArticle].self, from: data) { return list }
                // One object spread over several lines is not JSON Lines: report the JSON error.
                let firstLineEnd = nonEmpty.first?.last { $0 != 0x0D && $0 != 0x20 && $0 != 0x09 }
                if nonEmpty.count < 2 || firstLineEnd != UInt8(ascii: "}") {
                    throw GoldError.malformed(path, line: nil, reason: describe(error))
                }
            }
        }
        var articles: [GoldArticle] = []
        for (index, line) in lines.enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            do { articles.append(try decoder.decode(GoldArticle.self, from: Data(line))) } catch {
                throw GoldError.malformed(path, line: index + 1, reason: describe(error))
            }
        }
        return articles
    }

    /// Where the text of `article` is, from its `file` field (relative to this gold file), or `nil`.
    public func textURL(of article: GoldArticle) -> URL? {
        guard let file = article.file else { return nil }
        return URL(fileURLWithPath: file, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
    }

    static func describe(_ error: any Error) -> String {
        func place(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "" : " at `" + path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".") + "`"
        }
        switch error {
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription + place(context.codingPath)
        case DecodingError.keyNotFound(let key, let context):
            return "the field `\(key.stringValue)` is missing" + place(context.codingPath)
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "a field has the wrong type" + place(context.codingPath)
        default:
            return "\(error)"
        }
    }
}

import MarsadText

/// Checks that a decoded text is a plain-text Arabic report, in one pass over its scalars.
struct ContentCheck {
    /// Arabic-script letters.
    var arabicLetters = 0
    /// Letters of other scripts.
    var otherLetters = 0
    /// HTML tags seen (`<p>`, `</div>`, `<br/>`, …).
    var htmlTags = 0
    /// Whether the text starts with a doctype, `<html` or `<?xml`.
    var startsLikeMarkup = false

    /// Tag names that mark HTML (after `<` or `</`).
    static let tagNames: Set<String> = ["p", "div", "br", "body", "html", "head", "script", "span", "a", "table", "td", "tr", "li", "ul", "img", "meta", "style", "h1", "h2", "h3"]

    init(_ text: String) {
        var sawVisible = false
        // After a `<`: the lowercased ASCII name read so far, or nil outside a tag.
        var tag: [UInt8]? = nil
        var tagAtStart = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if var name = tag {
                let lower = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || (name.isEmpty && (v == 0x2F || v == 0x21 || v == 0x3F)) {
                    if name.count < 8 { name.append(UInt8(lower)) }
                    tag = name
                    continue
                }
                let bare = String(decoding: name.drop { $0 == 0x2F || $0 == 0x21 || $0 == 0x3F }, as: UTF8.self)
                if tagAtStart, bare == "doctype" || bare == "html" || bare == "xml" { startsLikeMarkup = true }
                if v == 0x3E || v == 0x20 || v == 0x2F, Self.tagNames.contains(bare) { htmlTags += 1 }
                tag = nil
            }
            if ArabicScalar.isArabicLetter(v) || ArabicScalar.isPresentationFormLetter(v) {
                arabicLetters += 1
            } else if v == 0x3C {
                tag = []
                tagAtStart = !sawVisible
            } else if ArabicScalar.isLatinLetter(v) || (v > 0x24F && v < 0x0600 && scalar.properties.isAlphabetic) {
                otherLetters += 1
            }
            if !sawVisible, !ArabicScalar.isWhitespace(v), !ArabicScalar.isInvisibleFormat(v) { sawVisible = true }
        }
    }

    /// Whether the text is an HTML page or fragment: it starts like markup or holds several tags.
    var looksLikeHTML: Bool { startsLikeMarkup || htmlTags >= 4 }

    /// The share of letters that are Arabic script, or `nil` when there are none.
    var arabicLetterShare: Double? {
        arabicLetters == 0 ? nil : Double(arabicLetters) / Double(arabicLetters + otherLetters)
    }
}

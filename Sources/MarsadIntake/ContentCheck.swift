import MarsadText

/// Checks that a decoded text is a plain-text Arabic report.
enum ContentCheck {
    /// Whether the text is an HTML page or fragment: it starts with a doctype or `<html`, or it
    /// holds more than a few block tags.
    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.unicodeScalars.prefix(512).drop { ArabicScalar.isWhitespace($0.value) || $0.value == 0xFEFF }
        let start = String(String.UnicodeScalarView(head.prefix(15))).lowercased()
        if start.hasPrefix("<!doctype") || start.hasPrefix("<html") || start.hasPrefix("<?xml") { return true }
        var tags = 0
        let lower = text.utf8.count < 1_000_000 ? text.lowercased() : String(text.prefix(1_000_000)).lowercased()
        for tag in ["<p>", "<p ", "</p>", "<div", "</div>", "<br", "<body", "<script", "<span", "</a>"] {
            var search = lower[...]
            while let r = search.range(of: tag) {
                tags += 1
                if tags >= 4 { return true }
                search = search[r.upperBound...]
            }
        }
        return false
    }

    /// The share of letters that are Arabic script, or `nil` when there are none.
    static func arabicLetterShare(_ text: String) -> Double? {
        var arabic = 0, other = 0
        for s in text.unicodeScalars {
            let v = s.value
            if ArabicScalar.isArabicLetter(v) { arabic += 1 } else if ArabicScalar.isLatinLetter(v) || (v > 0x24F && s.properties.isAlphabetic) { other += 1 }
        }
        guard arabic > 0 else { return nil }
        return Double(arabic) / Double(arabic + other)
    }
}

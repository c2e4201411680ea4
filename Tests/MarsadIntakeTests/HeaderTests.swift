import Testing
import MarsadCore
import MarsadIntake
import MarsadTestSupport
import MarsadText

@Suite struct HeaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let dateline: String?
        let outlets: [String]  // "English name/role"
        let published: String?
        var testDescription: String { dateline ?? String(text.prefix(30)) }
    }

    @Test(arguments: [
        Case(text: "موسكو - سبوتنيك: أعلن وزير الخارجية الروسي أن المحادثات مستمرة.",
             dateline: "موسكو - سبوتنيك:", outlets: ["Sputnik/source"], published: nil),
        Case(text: "القاهرة (رويترز) - قال مسؤولون إن وقف إطلاق النار صامد.",
             dateline: "القاهرة (رويترز) -", outlets: ["Reuters/source"], published: nil),
        Case(text: "واشنطن - أ ف ب\nقالت وزارة الخارجية الأمريكية إن المحادثات ستستأنف.",
             dateline: "واشنطن - أ ف ب", outlets: ["Agence France-Presse/source"], published: nil),
        Case(text: "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nأعلنت قيادة قوات التحالف بدء هدنة إنسانية.",
             dateline: "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", outlets: ["Saudi Press Agency/source"],
             published: "2015-08-10"),
        Case(text: "(پاکستان پوائنٹ نیوز / سبوتنيك - 11 مايو 2021ء) أعلن وزير الخارجية الروسي",
             dateline: "(پاکستان پوائنٹ نیوز / سبوتنيك - 11 مايو 2021ء)",
             outlets: ["Pakistan Point News/publisher", "Sputnik/source"], published: "2021-05-11"),
        Case(text: "(وكالة الأنباء المحلية / أ ف ب - ١١ أيار ٢٠٢١) قال",
             dateline: "(وكالة الأنباء المحلية / أ ف ب - ١١ أيار ٢٠٢١)",
             outlets: ["?/publisher", "Agence France-Presse/source"], published: "2021-05-11"),
        // No dateline: an outlet's name inside the first sentence is not one.
        Case(text: "أعلنت المملكة العربية السعودية اليوم بدء الهدنة في اليمن.", dateline: nil, outlets: [], published: nil),
        Case(text: "قال مراسل الجزيرة إن الاشتباكات توقفت.", dateline: nil, outlets: [], published: nil),
    ])
    func datelines(_ c: Case) {
        let doc = Fixtures.document(c.text)
        #expect(doc.metadata.dateline.map { doc.text(in: $0) } == c.dateline)
        #expect(doc.metadata.outlets.map { "\($0.nameEn ?? "?")/\($0.role.rawValue)" } == c.outlets)
        #expect(doc.metadata.published?.iso == c.published)
        for outlet in doc.metadata.outlets {
            if let span = outlet.span { #expect(doc.text(in: span) == outlet.name) }
        }
    }

    @Test func titleIsTheFirstLineBeforeABlankLine() {
        let doc = Fixtures.document("لافروف: روسيا تركز على التنفيذ\n\nموسكو - سبوتنيك: أعلن")
        #expect(doc.metadata.title == "لافروف: روسيا تركز على التنفيذ")
        #expect(doc.metadata.titleSpan.map { doc.text(in: $0) } == "لافروف: روسيا تركز على التنفيذ")
        #expect(doc.metadata.outlets.first?.nameEn == "Sputnik")
        #expect(Fixtures.document("سطر أول\nسطر ثان").metadata.title == nil)
    }

    @Test func publishedOverridesAndWarnings() {
        let doc = Fixtures.document("قال المتحدث إن المحادثات انتهت أمس.", published: "2018-09-05")
        #expect(doc.metadata.published?.iso == "2018-09-05")
        let undated = Fixtures.document("قال المتحدث إن المحادثات انتهت أمس.")
        #expect(undated.metadata.published == nil)
        #expect(undated.warnings.contains { $0.contains("--published") })
    }

    @Test func mostlyLatinTextIsWarnedAbout() {
        let doc = Fixtures.document("The talks in Baku ended on Tuesday with no agreement. قال لافروف")
        #expect(doc.warnings.contains { $0.contains("Arabic script") })
    }
}

/// Headers at the edges: a text that is only a bracket, an unclosed bracket, a dateline with
/// nothing after it, a title with nothing after it.
@Suite struct HeaderEdgeTests {
    @Test(arguments: [
        ("(", nil, nil),
        (")", nil, nil),
        ("(سبوتنيك", "(سبوتنيك", nil),  // an agency set off by a bracket, at the very end
        ("(سبوتنيك - 11 مايو 2021ء)", "(سبوتنيك - 11 مايو 2021ء)", nil),
        ("موسكو - سبوتنيك", "موسكو - سبوتنيك", nil),
        ("موسكو - سبوتنيك:", "موسكو - سبوتنيك:", nil),
        ("عنوان\n\n(سبوتنيك - 11 مايو 2021ء)", "(سبوتنيك - 11 مايو 2021ء)", "عنوان"),
        ("عنوان\n\n", nil, nil),
        ("\n\n\n", nil, nil),
        ("11 مايو", nil, nil),
    ] as [(String, String?, String?)])
    func headersAtTheEdges(text: String, dateline: String?, title: String?) {
        let doc = Fixtures.document(text)
        #expect(doc.metadata.dateline.map { doc.text(in: $0) } == dateline)
        #expect(doc.metadata.title == title)
        #expect(doc.invariantViolations() == [])
    }
}

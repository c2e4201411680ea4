import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// A verb with a pronoun subject opening its sentence continues the speaker of two or three
/// sentences before when nothing between could be its referent (branch quotes8, docs/EVENTS.md,
/// Quotations 12). Real sentences of random benchmark reports in no gold set (the audit of
/// docs/QUALITY.md, "Branch quotes8"); each speaker was none before the rule.
@Suite struct QuotePronounCarryTests {
    typealias Case = QuoteTests.Case

    static let cases: [Case] = [
        Case(source: "Al-Ain, 7 Jun 2018 (AL-internationalNews-1506): an initial's full stop makes the gap two sentences",
             text: "وقال بيل بيجلي، المتحدث باسم إدارة شبكة مطارات هيوستن إن مسؤولين من إدارة أمن وسائل النقل الأميركية رصدوا الحقيبة لدى مرورها داخل جهاز الفحص بالأشعة السينية في مطار وليام بي. هوبي.\nوأضاف أنه تم إجلاء المسافرين على الفور.",
             entities: [.person("بيل بيجلي", country: "USA", name: "Bill Begley")],
             quotes: [("مسؤولين من إدارة أمن", .indirect, "Bill Begley"), ("تم إجلاء المسافرين", .indirect, "Bill Begley")]),
        Case(source: "BBC Arabic, 4 Sep 2018 (BB-internationalNews-1044): a sentence naming no one between the speaker and وأضاف",
             text: "وقال ستافان دي ميستورا، المبعوث الأممي إلى سوريا، إنها ستكون \"عاصفة هوجاء\" حال تنفيذ الحكومة السورية ما هددت به من هجوم شامل.\nكما طالب بإنشاء ممرات إنسانية آمنة تساعد على إجلاء المدنيين بشكل مؤقت.\nوأضاف أنه \"من الضروري أن يُهزم الجهاديون\"، لكن ليس على حساب أرواح الآلاف من المدنيين.",
             entities: [.person("ستافان دي ميستورا", country: nil, name: "Staffan de Mistura"), .gpe("سوريا", country: "SYR", name: "Syria"),
                        .organization("الحكومة السورية", country: "SYR", name: "Government of Syria")],
             quotes: [("ستكون \"عاصفة هوجاء\"", .indirect, "Staffan de Mistura"), ("من الضروري أن يُهزم", .direct, "Staffan de Mistura")]),
        Case(source: "BBC Arabic, 13 Apr 2018 (BB-internationalNews-331): ويضيف after a quotation and a sentence about it",
             text: "ويكتب كومي أنه طرح المسألة لأول مرة في اجتماع في برج ترامب.\nوفي مقابلة مع قناة أي بي سي نيوز الأمريكية قال كومي: \"لقد قاطعني بطريقة دفاعية، وقال: هل أبدو مثل رجل يحتاج إلى المومسات؟\".\nويضيف \"افترضت حينها أنه لا ينتظر ردا على هذا السؤال\".",
             entities: [.person("جيمس كومي", "كومي", country: "USA", name: "James Comey")],
             quotes: [("لقد قاطعني", .direct, "James Comey"), ("افترضت حينها", .direct, "James Comey")]),
    ]

    @Test(arguments: cases)
    func quotations(_ c: Case) {
        QuoteTests.check(c, bareEnds: false)
    }
}

import MarsadCore
@testable import MarsadEvents
import MarsadText
import Testing

/// The bundled data files load, agree with each other and read as documented.
@Suite struct LexiconTests {
    let lexicon = OracleRun.lexicon

    @Test func everyTriggerHasACameoCodeWithAPloverType() {
        #expect(!lexicon.triggers.entries.isEmpty)
        for entry in lexicon.triggers.entries {
            let code = lexicon.cameoCodes[entry.payload.cameo]
            #expect(code != nil, "\(entry.text)")
            #expect(code?.ploverType.isEmpty == false)
        }
    }

    @Test(arguments: [("042", "CONSULT", "visit"), ("0871", "RETREAT", "ceasefire"), ("057", "SUPPORT", nil), ("0841", "RETREAT", "release"),
                      ("190", "ASSAULT", nil), ("010", "DROPPED", nil)] as [(String, String, String?)])
    func ploverCrosswalk(_ code: String, _ type: String, _ mode: String?) {
        #expect(lexicon.cameoCodes[code]?.ploverType == type)
        #expect(lexicon.cameoCodes[code]?.ploverMode == mode)
    }

    @Test func roleIndexesFollowAllCases() {
        for (i, role) in FunctionRole.allCases.enumerated() { #expect(role.index == i) }
    }

    @Test func pluralVerbsAreMarked() {
        let keys = Dictionary(lexicon.triggers.entries.map { (lexicon.normalizer.key($0.text), $0.payload.isPlural) }, uniquingKeysWith: { a, _ in a })
        #expect(keys["وقعتا"] == true)
        #expect(keys["التقيا"] == true)
        #expect(keys["وقع"] == false)
        #expect(keys["دعا"] == false)
    }

    @Test func reversedHashesGiveProcliticReadings() {
        // "وبالاتفاق": whole, without و, without وب; "للاتفاق" also read as "الاتفاق".
        let document = Document(id: nil, text: "وبالاتفاق للاتفاق سيزور", metadata: Metadata(), toolkit: OracleRun.toolkit)
        let forms = TokenForms(document: document)
        func hashes(_ t: Int) -> Set<UInt64> { Set(forms.forms(of: t).map { forms.hashes[$0] }) }
        #expect(hashes(0).isSuperset(of: [WordHash.of("وبالاتفاق"), WordHash.of("بالاتفاق"), WordHash.of("الاتفاق")]))
        #expect(hashes(1).contains(WordHash.of("الاتفاق")))
        #expect(hashes(2).contains(WordHash.of("يزور")))
    }

    @Test func hashIndexFindsWhatItHolds() {
        let keys = (0 ..< 500).map { WordHash.of("كلمة\($0)") }
        let index = HashIndex(keys.enumerated().map { ($0.element, Int32($0.offset)) })
        for (i, k) in keys.enumerated() { #expect(index[k] == Int32(i)) }
        #expect(index[WordHash.of("غائبة")] == nil)
    }
}

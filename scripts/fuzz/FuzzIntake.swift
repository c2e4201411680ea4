// A libFuzzer harness for Marsad's intake: random bytes go through InputReader's plain-text path
// (standard input) and its JSON Lines path (a temporary .jsonl or .jsonl.gz file), and every
// record through Intake.document, the pipeline and the contract writer. Any crash, any broken
// document invariant (Document.invariantViolations) and any contract whose span texts are not
// their slices stops the run. Built and run by scripts/fuzz/run.sh; see README.md.
import Foundation
import Marsad
import MarsadCore
import MarsadIntake
import MarsadText

let marsad: Marsad = {
    do { return try Marsad() } catch { fatalError("Marsad failed to load: \(error)") }
}()
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-fuzz-\(getpid())")
let jsonlPath: String = {
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    return scratch.appendingPathComponent("input.jsonl").path
}()

/// Analyzes a record and checks the document and its contract.
func check(_ record: InputRecord) {
    let analyzed = marsad.analyze(marsad.intake.document(from: record))
    let document = analyzed.document
    let problems = document.invariantViolations()
    if !problems.isEmpty { fatalError("invariants broken: \(problems.prefix(5))") }
    let json = analyzed.contractJSON(pretty: document.count % 2 == 0)
    guard let object = (try? JSONSerialization.jsonObject(with: Data(json))) as? [String: Any],
          let text = object["text"] as? String else { fatalError("the contract does not parse") }
    if Array(text.unicodeScalars) != document.scalars { fatalError("the contract's text differs") }
    if let dateline = (object["metadata"] as? [String: Any])?["dateline"] as? [String: Any],
       let start = dateline["start"] as? Int, let end = dateline["end"] as? Int,
       (dateline["text"] as? String).map({ Array($0.unicodeScalars) }) != Array(document.scalars[start ..< end]) {
        fatalError("the dateline's text is not its slice")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let mode = data[0] % 3
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let reader = InputReader(limit: 1 << 16)
    switch mode {
    case 0:  // plain text, as standard input
        reader.read(["-"], standardInput: { bytes }) { if case .success(let r) = $0 { check(r) } }
    case 1:  // JSON Lines
        _ = FileManager.default.createFile(atPath: jsonlPath, contents: Data(bytes))
        reader.read([jsonlPath]) { if case .success(let r) = $0 { check(r) } }
    default:  // a text given directly, as a JSON Lines record's text would be
        check(InputRecord(origin: "fuzz", text: String(decoding: bytes, as: UTF8.self), isPlainText: bytes.count % 2 == 0))
    }
    return 0
}

/// Reads the value of digit runs written in Western, Arabic-Indic or Eastern Arabic-Indic digits.
public enum DigitReader {
    /// The integer value of the digits in `range` of `scalars`, skipping a leading non-digit
    /// prefix (`الـ10` → 10) and stopping at the first non-digit after the digits (`2021ء` →
    /// 2021). Group separators (`,` `٬`) between digits are skipped; a decimal separator ends the
    /// integer part. `nil` when there is no digit or the value overflows.
    public static func integer(in scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var value = 0
        var seen = false
        var i = range.lowerBound
        while i < range.upperBound, ArabicScalar.digitValue(scalars[i].value) == nil { i += 1 }
        while i < range.upperBound {
            let v = scalars[i].value
            if let d = ArabicScalar.digitValue(v) {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { return nil }
                value = a
                seen = true
            } else if v == 0x066C || (v == 0x2C && Self.isGrouping(scalars, at: i, end: range.upperBound)) {
                // a thousands separator: skip
            } else {
                break
            }
            i += 1
        }
        return seen ? value : nil
    }

    /// The number of digits in `range`, ignoring prefix and suffix letters.
    public static func digitCount(in scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var count = 0
        for i in range where ArabicScalar.digitValue(scalars[i].value) != nil { count += 1 }
        return count
    }

    /// A comma is a thousands separator when exactly three digits follow it.
    static func isGrouping(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        var digits = 0, j = i + 1
        while j < end, ArabicScalar.digitValue(s[j].value) != nil { digits += 1; j += 1 }
        return digits == 3
    }
}

/// CNN's dateline («دبي، الإمارات العربية المتحدة (CNN)-- …»): the place where the report was
/// filed, never a side or a speaker of what follows (branches quotes10 and events12).
extension DocumentView {
    /// The token after «(CNN)» and the dashes after it, when it closes a dateline within the first
    /// 20 tokens of the body; else -1.
    func datelineEnd() -> Int {
        let tokens = document.tokens
        var t = bodyStart
        while t + 2 < min(tokenCount, bodyStart + 20) {
            if isPunctuation(t, 0x28), tokens[t + 1].kind == .latin, isPunctuation(t + 2, 0x29),
               document.text(in: span(of: t + 1 ..< t + 2)) == "CNN" {
                var k = t + 3
                while k < tokenCount, isPunctuation(k, 0x2D) || isPunctuation(k, 0x2013) || isPunctuation(k, 0x2014) { k += 1 }
                return k
            }
            t += 1
        }
        return -1
    }
}

public import MarsadText

/// A side of an event or agreement that the report names only by a description, not by a name:
/// «الميليشيات المتناحرة», «الفصائل المعارضة», «قوات النظام».
///
/// ```swift
/// Agent(cameo: "SYRREB", label: "Syrian rebels", span: Span(start: 120, end: 135))
/// ```
/// `cameo` is a CAMEO actor code (country and role: `LBYUAF`, `SYRMIL`); `label` is a short English
/// name of the group (docs/FORMAT.md, "Agents"); `span` is the description in the text, without
/// attached proclitics. Entities stay the way to name an actor: an agent is used only where no
/// entity is named.
public struct Agent: Sendable, Hashable {
    public var cameo: String
    public var label: String
    public var span: Span

    public init(cameo: String, label: String, span: Span) {
        self.cameo = cameo
        self.label = label
        self.span = span
    }
}

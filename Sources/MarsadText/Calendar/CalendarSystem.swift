/// The calendars Arabic news dates are written in.
public enum CalendarSystem: String, Sendable, Hashable {
    case gregorian
    /// The Hijri calendar, converted with Foundation's Umm al-Qura tables.
    case hijri
}

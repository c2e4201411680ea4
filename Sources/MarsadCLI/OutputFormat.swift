import ArgumentParser

/// How `marsad analyze` prints its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// A readable summary for a person.
    case text
    /// One JSON object, or an array of them for several inputs.
    case json
    /// One JSON object a line.
    case jsonl
}

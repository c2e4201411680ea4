import Foundation

/// Access to the data files shipped in this module's `Resources` folder.
public enum TextResources {
    /// The contents of a bundled resource file.
    /// - Throws: ``TextError/missingResource(_:)`` when the file is not in the bundle.
    public static func string(named name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil)
            ?? Bundle.module.url(forResource: name, withExtension: nil)
        else { throw TextError.missingResource(name) }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

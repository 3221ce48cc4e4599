import Foundation

/// Where the index file lives: `--index FILE`, else `$PARLEY_INDEX`, else `Index/parley.sqlite` under the
/// current directory.
public enum IndexLocation {
    public static let environmentVariable = "PARLEY_INDEX"
    public static let defaultRelativePath = "Index/parley.sqlite"

    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let option, !option.isEmpty { return option }
        if let value = environment[environmentVariable], !value.isEmpty { return value }
        return defaultRelativePath
    }
}

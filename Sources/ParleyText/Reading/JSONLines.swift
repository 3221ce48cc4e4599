import Foundation

/// Reads a JSON Lines file (plain or gzip) into objects: for labelled data and tools, not articles
/// (``ArticleReader`` streams those).
public enum JSONLines {
    /// Every line that is a JSON object, in order; other lines are passed over.
    public static func objects(at path: String) throws -> [[String: Any]] {
        let stream: InputStream
        do {
            stream = try InputStream(path: path)
        } catch {
            throw ReadIssue(InputLocation(path: path), .unreadable(error))
        }
        var result: [[String: Any]] = []
        while let line = try? stream.nextLine() {
            guard case let .bytes(bytes) = line, !bytes.isEmpty,
                let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
            else { continue }
            result.append(object)
        }
        return result
    }
}

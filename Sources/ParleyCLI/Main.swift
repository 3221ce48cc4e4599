import ArgumentParser
import Foundation
import ParleySearch
import ParleyText

/// Entry point: maps errors to one line on stderr and the documented exit statuses
/// (0 success, 1 partial, 2 usage error or unusable index).
@main
enum Main {
    static func main() {
        do {
            var command = try Parley.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as StoreError {
            StandardError.write("error: \(String(describing: error).visibleControlCharacters)\n")
            // An input problem under --strict is the input's fault (1), not an unusable index (2).
            if case .strictFailure = error { Foundation.exit(ExitCode.partial.rawValue) }
            Foundation.exit(ExitCode.unusable.rawValue)
        } catch let error as QueryError {
            StandardError.write("error: \(String(describing: error).visibleControlCharacters)\n")
            Foundation.exit(ExitCode.unusable.rawValue)
        } catch {
            let code = Parley.exitCode(for: error)
            if code == .success {
                Parley.exit(withError: error)  // --help, --version
            }
            // One line: the problem, and where help is.
            let message = Parley.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            StandardError.write("error: \(message.lowercasedFirstLetter()) (see 'parley --help')\n")
            Foundation.exit(ExitCode.unusable.rawValue)
        }
    }
}

extension String {
    func lowercasedFirstLetter() -> String {
        guard let first, first.isUppercase, dropFirst().first?.isUppercase != true else { return self }
        return first.lowercased() + dropFirst()
    }
}

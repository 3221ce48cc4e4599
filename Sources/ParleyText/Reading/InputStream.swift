import CZlib

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file, gzip-compressed or not, or standard input, in chunks: zlib's `gzread` passes plain files
/// through unchanged, so one reader serves `.jsonl` and `.jsonl.gz` alike.
///
/// Memory stays bounded: one chunk buffer plus the line being assembled, and a line longer than
/// ``maxLineBytes`` is skipped without being kept.
final class InputStream {
    /// The longest line (one JSON Lines article) kept; longer ones are junk or not JSON Lines.
    static let maxLineBytes = ArticleReader.maxArticleBytes
    /// Read size: large enough to amortise `gzread` calls, small enough for any machine.
    static let chunkBytes = 1 << 18

    enum Line {
        case bytes([UInt8])
        case tooLong(byteCount: Int)
    }

    private let file: gzFile
    private var chunk: [UInt8]
    private var chunkStart = 0
    private var chunkEnd = 0
    private var atEOF = false
    /// Bytes read from the (decompressed) stream so far.
    private(set) var bytesRead = 0

    /// Opens `path`, or standard input when `path` is `nil`.
    init(path: String?) throws(InputError) {
        let descriptor: Int32
        if let path {
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw .cannotOpen(reason: String(cString: strerror(errno))) }
        } else {
            descriptor = dup(0)
            guard descriptor >= 0 else { throw .cannotOpen(reason: String(cString: strerror(errno))) }
        }
        guard let file = gzdopen(descriptor, "rb") else {
            close(descriptor)
            throw .cannotOpen(reason: "out of memory")
        }
        gzbuffer(file, UInt32(Self.chunkBytes))
        self.file = file
        chunk = [UInt8](repeating: 0, count: Self.chunkBytes)
    }

    deinit { gzclose(file) }

    /// The next line without its `\n` (and `\r`), or `nil` at the end of the input.
    func nextLine() throws(InputError) -> Line? {
        var line: [UInt8] = []
        var droppedBytes = 0
        while true {
            if chunkStart == chunkEnd {
                if atEOF { break }
                try refill()
                if chunkStart == chunkEnd { break }
            }
            let newline = chunk.withUnsafeBufferPointer { buffer -> Int? in
                guard let base = buffer.baseAddress else { return nil }
                let found = memchr(base + chunkStart, 0x0A, chunkEnd - chunkStart)
                return found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
            }
            let end = newline ?? chunkEnd
            if droppedBytes > 0 || line.count + (end - chunkStart) > Self.maxLineBytes {
                droppedBytes += line.count + (end - chunkStart)
                line = []
            } else {
                line.append(contentsOf: chunk[chunkStart..<end])
            }
            if let newline {
                chunkStart = newline + 1
                return finish(line, droppedBytes: droppedBytes)
            }
            chunkStart = chunkEnd
        }
        if line.isEmpty && droppedBytes == 0 { return nil }
        return finish(line, droppedBytes: droppedBytes)
    }

    /// The first byte that is not a space or part of a byte-order mark, read but not consumed; `nil` for an input
    /// with none. Spaces beyond the first chunk are consumed.
    func firstSignificantByte() throws(InputError) -> UInt8? {
        while true {
            if chunkStart == chunkEnd {
                if atEOF { return nil }
                try refill()
                continue
            }
            if let byte = chunk[chunkStart..<chunkEnd].first(where: {
                !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF)
            }) {
                return byte
            }
            chunkStart = chunkEnd
        }
    }

    /// The next bytes of the input (what is left of the current chunk, else a new one), or `nil` at its end.
    func nextChunk() throws(InputError) -> ArraySlice<UInt8>? {
        if chunkStart == chunkEnd {
            if atEOF { return nil }
            try refill()
            if chunkStart == chunkEnd { return nil }
        }
        defer { chunkStart = chunkEnd }
        return chunk[chunkStart..<chunkEnd]
    }

    /// Everything left, for whole-file formats (JSON, text); fails past `limit` bytes.
    func readAll(limit: Int) throws(InputError) -> [UInt8] {
        var all: [UInt8] = Array(chunk[chunkStart..<chunkEnd])
        chunkStart = chunkEnd
        while !atEOF {
            try refill()
            all.append(contentsOf: chunk[chunkStart..<chunkEnd])
            chunkStart = chunkEnd
            if all.count > limit { throw .tooLarge(limit: limit) }
        }
        return all
    }

    private func finish(_ line: [UInt8], droppedBytes: Int) -> Line {
        if droppedBytes > 0 { return .tooLong(byteCount: droppedBytes) }
        var line = line
        if line.last == 0x0D { line.removeLast() }
        return .bytes(line)
    }

    private func refill() throws(InputError) {
        let count = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
        if count < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
            atEOF = true
            throw .corrupt(reason: code == Z_ERRNO ? String(cString: strerror(errno)) : message)
        }
        chunkStart = 0
        chunkEnd = Int(count)
        bytesRead += Int(count)
        if count == 0 {
            atEOF = true
            // A gzip stream cut short reads as a clean end; zlib reports it only through gzerror.
            var code: Int32 = 0
            let message = gzerror(file, &code)
            if code != Z_OK, code != Z_STREAM_END, let message {
                throw .corrupt(reason: String(cString: message))
            }
        }
    }
}

/// Why an input file could not be read (or read to its end).
public enum InputError: Error, Equatable, Sendable {
    case cannotOpen(reason: String)
    case corrupt(reason: String)
    case tooLarge(limit: Int)

    public var message: String {
        switch self {
        case let .cannotOpen(reason): "cannot read (\(reason.lowercasedFirst()))"
        case let .corrupt(reason): "damaged or truncated data (\(Self.withoutDescriptor(reason).lowercasedFirst()))"
        case let .tooLarge(limit): "an article larger than \(limit >> 20) MB, the most one article may hold"
        }
    }
}

extension InputError {
    /// zlib prefixes its messages with the file descriptor (`<fd:6>: unexpected end of file`).
    static func withoutDescriptor(_ reason: String) -> String {
        guard reason.hasPrefix("<fd:"), let colon = reason.firstIndex(of: ">") else { return reason }
        return String(reason[reason.index(after: colon)...].drop(while: { $0 == ":" || $0 == " " }))
    }
}

extension String {
    func lowercasedFirst() -> String {
        guard let first, first.isUppercase, dropFirst().first?.isUppercase != true else { return self }
        return first.lowercased() + dropFirst()
    }
}

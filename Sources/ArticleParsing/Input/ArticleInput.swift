#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The raw bytes of one article and where they came from: a file path, or `-` for standard
/// input. Loading checks the size limit and that the bytes look like text; decoding them
/// into sanitised text is ``text`` (see ``TextDecoding``).
///
/// An empty input (a zero-byte file, or nothing on standard input) is valid and yields an
/// empty article, not an error: an empty file is still a text file.
public struct ArticleInput: Sendable, Equatable {
    /// The argument that names standard input.
    public static let standardInputName = "-"
    /// The largest input Byline reads: 64 MiB (67,108,864 bytes). Larger files are refused
    /// after `fstat`, before any byte is read; streams stop being read once they pass it.
    public static let defaultSizeLimit = 64 << 20

    /// The input as given: a path, or ``standardInputName``.
    public var name: String
    /// The bytes as read, undecoded.
    public var bytes: [UInt8]
    /// The HTTP `Content-Type` header the bytes came with (`text/html; charset=…`), or `nil`
    /// for files and standard input. Its charset outranks one declared inside a page.
    public var contentType: String?
    /// The address the bytes were fetched from (after redirects), or `nil` for files and
    /// standard input; relative links resolve against it.
    public var url: String?

    /// Wraps bytes that were read elsewhere. No checks are made.
    public init(name: String, bytes: [UInt8], contentType: String? = nil, url: String? = nil) {
        self.name = name
        self.bytes = bytes
        self.contentType = contentType
        self.url = url
    }

    /// The bytes decoded and sanitised by ``TextDecoding/decode(_:)``. Decoded afresh on each
    /// access (linear in the size), so keep the result.
    public var text: String { TextDecoding.decode(bytes) }

    /// Reads the article named by a command-line argument: `-` reads standard input,
    /// anything else is a path.
    ///
    /// - Parameters:
    ///   - argument: a path, or `-`.
    ///   - sizeLimit: the largest accepted input in bytes; ``defaultSizeLimit`` unless testing.
    /// - Returns: the input with its bytes.
    /// - Throws: ``ArticleInputError``: `.notFound`, `.isDirectory`, `.permissionDenied`,
    ///   `.tooLarge`, `.binaryNULBytes`, `.binaryNotUTF8`, `.unsupportedUTF16`, or
    ///   `.unreadable` for any other system error.
    public static func load(
        _ argument: String, sizeLimit: Int = defaultSizeLimit
    ) throws(ArticleInputError) -> ArticleInput {
        if argument == standardInputName {
            return try read(fileDescriptor: STDIN_FILENO, name: argument, sizeLimit: sizeLimit)
        }
        return try load(path: argument, sizeLimit: sizeLimit)
    }

    /// Reads a file (a path; `-` is *not* special here). A regular file's size is checked
    /// with `fstat` before reading; anything else that can be opened (a FIFO, a character
    /// device, `/dev/stdin`) is read as a stream up to the limit.
    ///
    /// - Throws: ``ArticleInputError`` as listed on ``load(_:sizeLimit:)``.
    public static func load(
        path: String, sizeLimit: Int = defaultSizeLimit
    ) throws(ArticleInputError) -> ArticleInput {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            throw error(for: errno, input: path)
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) != 0 {
            throw error(for: errno, input: path)
        }
        let fileType = status.st_mode & S_IFMT
        if fileType == S_IFDIR {
            throw .isDirectory(input: path)
        }
        if fileType == S_IFREG {
            let size = Int(status.st_size)
            if size > sizeLimit {
                throw .tooLarge(input: path, size: size, limit: sizeLimit)
            }
            // Read up to one byte past the size (and the limit) so a file that grew while
            // we read is still bounded.
            let bytes = try readAll(descriptor, name: path, expected: size, sizeLimit: sizeLimit, knownSize: true)
            try check(bytes, input: path)
            return ArticleInput(name: path, bytes: bytes)
        }
        return try read(fileDescriptor: descriptor, name: path, sizeLimit: sizeLimit)
    }

    /// Reads an open file descriptor as a stream (standard input, a pipe) until end of file,
    /// stopping with `.tooLarge(size: nil)` as soon as more than `sizeLimit` bytes arrived.
    /// The descriptor is not closed.
    ///
    /// - Parameters:
    ///   - fileDescriptor: a readable descriptor, for example `STDIN_FILENO`.
    ///   - name: the name errors and ``name`` use (`-` for standard input).
    ///   - sizeLimit: the largest accepted input in bytes.
    /// - Throws: ``ArticleInputError``: `.isDirectory` (a directory redirected to stdin),
    ///   `.tooLarge`, the binary-content cases, `.unreadable`.
    public static func read(
        fileDescriptor: Int32, name: String, sizeLimit: Int = defaultSizeLimit
    ) throws(ArticleInputError) -> ArticleInput {
        let bytes = try readAll(fileDescriptor, name: name, expected: 64 << 10, sizeLimit: sizeLimit, knownSize: false)
        try check(bytes, input: name)
        return ArticleInput(name: name, bytes: bytes)
    }

    /// Reads until end of file into one buffer. `expected` sizes the first allocation.
    private static func readAll(
        _ descriptor: Int32, name: String, expected: Int, sizeLimit: Int, knownSize: Bool
    ) throws(ArticleInputError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(expected, 0), sizeLimit) + 1)
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let got = chunk.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress, chunkSize)
            }
            if got < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN || code == EWOULDBLOCK {
                    // A non-blocking descriptor (some shells leave stdin so): wait, don't spin.
                    var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&request, 1, -1)
                    continue
                }
                throw error(for: code, input: name)
            }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
            if bytes.count > sizeLimit {
                throw .tooLarge(input: name, size: knownSize ? bytes.count : nil, limit: sizeLimit)
            }
        }
        return bytes
    }

    /// Maps an `errno` from `open`/`fstat`/`read` to an error.
    static func error(for code: Int32, input: String) -> ArticleInputError {
        switch code {
        case ENOENT, ENOTDIR: return .notFound(input: input)
        case EACCES, EPERM: return .permissionDenied(input: input)
        case EISDIR: return .isDirectory(input: input)
        default:
            var message = "error \(code)"
            if let text = strerror(code) {
                message = String(cString: text)
            }
            if let first = message.first {
                message = first.lowercased() + message.dropFirst()
            }
            return .unreadable(input: input, reason: message)
        }
    }
}

/// `read(2)` under a name that does not collide with ``ArticleInput/read(fileDescriptor:name:sizeLimit:)``.
@inline(__always)
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
    return Musl.read(descriptor, buffer, count)
    #else
    return Darwin.read(descriptor, buffer, count)
    #endif
}

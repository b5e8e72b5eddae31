import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for the fetcher's tests: POSIX sockets, one thread,
/// one request per connection (`Connection: close`). Started and stopped by each test; it
/// binds port 0 and reports the port the system chose.
public final class LoopbackServer: @unchecked Sendable {
    /// What a route answers: status, headers, body (sent in pieces of `chunk` bytes), and
    /// an optional pause before answering, in seconds.
    public struct Response {
        /// HTTP status code.
        public var status: Int
        /// Header fields.
        public var headers: [String: String]
        /// Body bytes.
        public var body: [UInt8]
        /// Seconds to wait before answering.
        public var delay: Double
        /// Whether `Content-Length` is sent (else the body ends when the connection closes).
        public var sendsLength: Bool

        /// A response; HTML with a length unless told otherwise.
        public init(
            status: Int = 200, headers: [String: String] = ["Content-Type": "text/html; charset=utf-8"],
            body: [UInt8] = [], delay: Double = 0, sendsLength: Bool = true
        ) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.sendsLength = sendsLength
        }
    }

    /// The port the system chose.
    public let port: UInt16
    private let listener: Int32
    private var thread: Thread?
    private let stopped = NSLock()
    /// The `User-Agent` of the last request.
    public private(set) var lastUserAgent: String?

    /// Starts serving `route` (request path → response). Throws when no socket can be bound.
    public init(route: @escaping @Sendable (String) -> Response) throws {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(socketDescriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socketDescriptor, 16) == 0 else { close(socketDescriptor); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketDescriptor, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = socketDescriptor
        let thread = Thread { [weak self] in
            while true {
                let client = accept(socketDescriptor, nil, nil)
                if client < 0 { return }
                guard let self else { close(client); return }
                self.serve(client, route: route)
            }
        }
        self.thread = thread
        thread.start()
    }

    /// The URL of `path` on this server.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Stops accepting; the serving thread ends.
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func serve(_ client: Int32, route: (String) -> Response) {
        defer { close(client) }
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.containsHeaderEnd {
            let got = recv(client, &buffer, buffer.count, 0)
            if got <= 0 { return }
            request.append(contentsOf: buffer[0..<got])
            if request.count > 65536 { return }
        }
        let text = String(decoding: request, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        let path = lines.first?.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        for line in lines where line.lowercased().hasPrefix("user-agent:") {
            stopped.lock()
            lastUserAgent = String(line.dropFirst("user-agent:".count)).trimmingCharacters(in: .whitespaces)
            stopped.unlock()
        }
        let response = route(path)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var head = "HTTP/1.1 \(response.status) X\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if response.sendsLength && response.headers["Content-Length"] == nil { head += "Content-Length: \(response.body.count)\r\n" }
        head += "\r\n"
        guard sendAll(client, Array(head.utf8)) else { return }
        _ = sendAll(client, response.body)
    }

    private func sendAll(_ client: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBufferPointer { send(client, $0.baseAddress, min($0.count, 65536), Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }
}

extension [UInt8] {
    fileprivate var containsHeaderEnd: Bool {
        guard count >= 4 else { return false }
        for index in 0...(count - 4) where self[index] == 13 && self[index + 1] == 10 && self[index + 2] == 13 && self[index + 3] == 10 {
            return true
        }
        return false
    }
}

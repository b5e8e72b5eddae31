import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A fetched page: its bytes, the address it ended at after redirects, and its
/// `Content-Type` header.
public struct FetchedPage: Sendable {
    /// The address after redirects.
    public var url: String
    /// The body as received (at most ``PageFetcher/sizeLimit`` bytes).
    public var bytes: [UInt8]
    /// The `Content-Type` header, or `nil`.
    public var contentType: String?
}

/// Fetches one web page with Foundation's `URLSession` (FoundationNetworking on Linux).
///
/// Only `http` and `https` URLs, and redirects to them, are followed, at most
/// ``maximumRedirects`` times. The connection must answer within ``connectTimeout`` seconds
/// of silence and the whole page arrive within ``totalTimeout``; the body may not exceed
/// ``sizeLimit`` bytes (checked against `Content-Length` first, then while receiving). The
/// response must be a web page or text (`text/html`, `application/xhtml+xml`, `text/*`; a
/// missing type is accepted). Requests carry the user agent `Byline/VERSION`. Cookies,
/// caches and credentials are not used. Nothing but the requested page is fetched.
public struct PageFetcher: Sendable {
    /// At most this many redirects: 10.
    public var maximumRedirects = 10
    /// Seconds without any answer before giving up: 15.
    public var connectTimeout: TimeInterval = 15
    /// Seconds for the whole page: 60.
    public var totalTimeout: TimeInterval = 60
    /// The largest page accepted: 20 MiB.
    public var sizeLimit = 20 << 20
    /// The `User-Agent` header.
    public var userAgent: String

    /// A fetcher that identifies itself as `Byline/<version>`.
    public init(version: String) {
        userAgent = "Byline/\(version)"
    }

    /// Whether `argument` is an http or https URL (what the CLI fetches instead of opening
    /// a file).
    public static func isWebAddress(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Fetches `address`, calling `progress` with the bytes received so far (from a
    /// background thread, at most a few times a second).
    ///
    /// - Throws: ``FetchError``, one case per kind of failure.
    public func fetch(_ address: String, progress: (@Sendable (Int) -> Void)? = nil) throws(FetchError) -> FetchedPage {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else {
            throw .invalidURL(url: address)
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = connectTimeout
        configuration.timeoutIntervalForResource = totalTimeout
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = ["User-Agent": userAgent, "Accept": "text/html,application/xhtml+xml,text/*;q=0.8"]
        let delegate = FetchDelegate(address: address, limit: sizeLimit, maximumRedirects: maximumRedirects, progress: progress)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        let started = Date()
        session.dataTask(with: request).resume()
        delegate.done.wait()
        // URLSession reports both timeouts alike: one that ended before the total time was
        // up is the silence timeout.
        let elapsed = Date().timeIntervalSince(started)
        let timeout = elapsed < totalTimeout - 0.5 ? min(connectTimeout, totalTimeout) : totalTimeout
        return try delegate.result(host: host, timeout: Int(timeout.rounded()))
    }
}

/// Collects one response; every callback runs on the session's queue, `result` after `done`.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let address: String
    let limit: Int
    let maximumRedirects: Int
    let progress: (@Sendable (Int) -> Void)?
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var body: [UInt8] = []
    private var redirects = 0
    private var failure: FetchError?
    private var systemError: Error?
    private var finalURL: String
    private var contentType: String?
    private var lastReport = Date.distantPast

    init(address: String, limit: Int, maximumRedirects: Int, progress: (@Sendable (Int) -> Void)?) {
        self.address = address
        self.limit = limit
        self.maximumRedirects = maximumRedirects
        self.progress = progress
        self.finalURL = address
    }

    private func fail(_ error: FetchError, _ task: URLSessionTask?) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
        task?.cancel()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        lock.lock()
        redirects += 1
        let count = redirects
        lock.unlock()
        let scheme = request.url?.scheme?.lowercased()
        // Refusing a redirect hands its response over as the final one (FoundationNetworking
        // must not see the task cancelled inside this callback); `didReceive` then stops it.
        if scheme != "http" && scheme != "https" {
            fail(.unsafeRedirect(url: address, target: request.url?.absoluteString ?? "?"), nil)
            completionHandler(nil)
        } else if count > maximumRedirects {
            fail(.tooManyRedirects(url: address, limit: maximumRedirects), nil)
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else { completionHandler(.allow); return }
        let type = http.value(forHTTPHeaderField: "Content-Type")
        lock.lock()
        finalURL = http.url?.absoluteString ?? address
        contentType = type
        lock.unlock()
        if (300..<400).contains(http.statusCode) && http.statusCode != 304 {
            // A redirect URLSession did not follow (refused above, or without a Location).
            lock.lock()
            let refused = failure != nil
            lock.unlock()
            if !refused { fail(.httpStatus(url: address, status: http.statusCode), dataTask) }
            completionHandler(.cancel)
            return
        }
        if http.statusCode >= 400 {
            fail(.httpStatus(url: address, status: http.statusCode), dataTask)
            completionHandler(.cancel)
            return
        }
        if let type, !Self.isReadable(type) {
            fail(.notHTML(url: address, contentType: type.split(separator: ";").first.map(String.init) ?? type), dataTask)
            completionHandler(.cancel)
            return
        }
        if http.expectedContentLength > Int64(limit) {
            fail(.tooLarge(url: address, limit: limit), dataTask)
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    static func isReadable(_ contentType: String) -> Bool {
        let type = contentType.lowercased().trimmingCharacters(in: .whitespaces)
        return type.hasPrefix("text/") || type.hasPrefix("application/xhtml+xml") || type.isEmpty
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        body.append(contentsOf: data)
        let count = body.count
        let now = Date()
        let report = now.timeIntervalSince(lastReport) > 0.25
        if report { lastReport = now }
        lock.unlock()
        if count > limit {
            fail(.tooLarge(url: address, limit: limit), dataTask)
            return
        }
        if report { progress?(count) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        systemError = error
        lock.unlock()
        done.signal()
    }

    /// The page, or the failure; `timeout`: the seconds a timeout failure reports.
    func result(host: String, timeout: Int) throws(FetchError) -> FetchedPage {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        if let error = systemError {
            let code = (error as? URLError)?.code ?? URLError.Code(rawValue: (error as NSError).code)
            switch code {
            case .cannotFindHost, .dnsLookupFailed: throw .hostNotFound(url: address, host: host)
            case .cannotConnectToHost, .networkConnectionLost, .notConnectedToInternet: throw .connectionRefused(url: address, host: host)
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
                 .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
                throw .tlsFailed(url: address, host: host)
            case .timedOut: throw .timedOut(url: address, seconds: timeout)
            case .httpTooManyRedirects: throw .tooManyRedirects(url: address, limit: maximumRedirects)
            default: throw .failed(url: address, reason: error.localizedDescription)
            }
        }
        return FetchedPage(url: finalURL, bytes: body, contentType: contentType)
    }
}

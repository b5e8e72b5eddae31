import ArticleModel
import Foundation
import ReaderUI
import TerminalText

/// Non-interactive output: wrapped plain text and JSON, written to standard output.
enum Output {
    /// Prints the article laid out at `width` columns exactly as the reader shows it, without
    /// styling, centring or a single escape sequence: every line passes through
    /// ``CellText/sanitize(_:)`` once more before it is written.
    static func writePlainText(_ article: Article, width: Int) {
        // Laid out a run of blocks at a time and written in pieces of about 64 KiB, so that
        // neither the lines nor the output ever exist whole in memory.
        let chunkSize = 1 << 16
        var out = ""
        out.reserveCapacity(chunkSize + 4 * (width + 1))
        ArticleLayout.forEachLine(of: article, width: width) { line in
            out += line.printedText
            out += "\n"
            if out.utf8.count >= chunkSize {
                write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { write(out) }
    }

    /// Prints the article model as pretty-printed JSON (format in README, "JSON format"),
    /// byte for byte what `JSONEncoder` makes of the whole article, followed by a newline.
    /// Written in pieces of about 64 KiB by ``JSONStreamWriter``, so that the document never
    /// exists whole in memory.
    static func writeJSON(_ article: Article) {
        JSONStreamWriter().write(article) { write($0) }
        write("\n")
    }

    /// Writes `text` to standard output in full. A failed write (a full disk, a closed
    /// descriptor) ends the program with a one-line error and exit status 1, as `cat` does;
    /// a closed pipe ends it through SIGPIPE as usual.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    /// Writes `bytes` to standard output in full, failing as writing a string does.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        var failure: Int32 = 0
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(STDOUT_FILENO, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                failure = n < 0 ? errno : EIO
                break
            }
            offset += n
        }
        if failure != 0 {
            Diagnostics.fail("standard output: \(String(cString: strerror(failure)).lowercased())")
        }
    }
}

/// Messages to standard error.
enum Diagnostics {
    /// Prints `byline: message` on standard error and exits with status 1.
    static func fail(_ message: String) -> Never {
        warn(message)
        Foundation.exit(1)
    }

    /// Prints `byline: message` on standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("byline: " + message + "\n").utf8))
    }
}

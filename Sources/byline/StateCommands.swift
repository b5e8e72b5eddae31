import ArticleModel
import ArticleParsing
import Foundation
import ReadingSession

/// `--history` and `--forget`: the state database from the command line.
enum StateCommands {
    /// Prints what was read, newest first: when it was last read (local time), how far, the
    /// headline and where it came from, one article a line. Without memory (the config's
    /// `remember = false`, or the store cannot be opened) says why and exits with status 1.
    static func history(remember: Bool?) {
        let store = openOrFail(remember: remember)
        let records: [ArticleRecord]
        do {
            records = try store.history()
        } catch {
            Diagnostics.fail("\(store.path): cannot read the history (\(error))")
        }
        guard !records.isEmpty else {
            FileHandle.standardOutput.write(Data("nothing read yet\n".utf8))
            return
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        var out = ""
        for record in records {
            let percent = String(record.percent) + "%"
            let headline = oneLine(record.headline ?? "(no headline)")
            let source = oneLine(record.location ?? record.source ?? "standard input")
            out += formatter.string(from: record.lastRead) + "  "
                + String(repeating: " ", count: max(0, 4 - percent.count)) + percent + "  "
                + headline + "  " + source + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// Forgets the article `argument` names (a file or URL): its record by location, and by
    /// the fingerprint of its text when it can still be read. Exits with status 1 when
    /// nothing was remembered of it.
    static func forget(_ argument: String, format: FormatChoice, remember: Bool?) {
        let store = openOrFail(remember: remember)
        let location = ReadingSessionMemory.location(of: argument)
        let fingerprint = (try? ArticleSource.parse(argument, format: format))
            .map { ArticleIdentity(article: $0, location: location).fingerprint }
        do {
            let removed = try store.forget(location: location, fingerprint: fingerprint)
            guard removed > 0 else { Diagnostics.fail("\(argument): nothing remembered of it") }
            FileHandle.standardOutput.write(Data("forgot \(argument)\n".utf8))
        } catch {
            Diagnostics.fail("\(store.path): cannot forget \(argument) (\(error))")
        }
    }

    /// The store, or the end of the run (status 1, one line) when memory is off or the store
    /// cannot be opened.
    static func openOrFail(remember: Bool?) -> ReadingStore {
        if remember == false { Diagnostics.fail("memory is off (remember = false in the config)") }
        guard let folder = StateFolder.path(environment: ProcessInfo.processInfo.environment) else {
            Diagnostics.fail("no state folder: neither XDG_STATE_HOME nor HOME is set")
        }
        switch StateFolder.open(folder: folder) {
        case .opened(let store, let warning):
            if let warning { Diagnostics.warn(warning) }
            return store
        case .unavailable(let reason):
            Diagnostics.fail(reason)
        }
    }

    /// `text` on one line, control characters shown as spaces.
    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
        }))
    }
}

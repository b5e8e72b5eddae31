import Foundation
import GRDB

/// Where Byline keeps its state, and opening the store there with the fallbacks the reader
/// needs: a damaged or foreign database file is moved aside (one warning) and a new one made;
/// a folder that cannot be written means no memory this run (one warning).
public enum StateFolder {
    /// The state folder for `environment`: `$XDG_STATE_HOME/byline` when that is an
    /// absolute path (XDG Base Directory Specification), else `$HOME/.local/state/byline`;
    /// `nil` when neither is set.
    public static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return (state as NSString).appendingPathComponent("byline")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".local/state/byline")
    }

    /// What opening the store gave.
    public enum Outcome: Sendable {
        /// The store is ready; `warning` says what was moved aside on the way, if anything.
        case opened(ReadingStore, warning: String?)
        /// No memory this run, for the reason given (one line).
        case unavailable(String)
    }

    /// Opens (creating the folder, mode 0700, when needed) the store in `folder`.
    ///
    /// Never throws: every failure is an ``Outcome/unavailable(_:)`` with a one-line reason,
    /// and a file that is not a database, is damaged, or belongs to another program is
    /// renamed to `state.sqlite.broken-<UTC time>` (with its `-wal` and `-shm` files) and a
    /// new database made.
    public static func open(folder: String, now: Date = Date()) -> Outcome {
        let files = FileManager.default
        if let failure = makeFolder(folder) {
            return .unavailable("state folder \(folder): \(failure); reading without memory")
        }
        guard access(folder, W_OK | X_OK) == 0 else {
            return .unavailable("state folder \(folder): \(String(cString: strerror(errno))); reading without memory")
        }
        let path = (folder as NSString).appendingPathComponent(ReadingStore.fileName)
        do {
            return .opened(try ReadingStore(path: path), warning: nil)
        } catch let error where isDamage(error) {
            let aside = path + ".broken-" + stamp(now)
            do {
                try files.moveItem(atPath: path, toPath: aside)
                for suffix in ["-wal", "-shm"] where files.fileExists(atPath: path + suffix) {
                    try? files.removeItem(atPath: path + suffix)
                }
            } catch {
                return .unavailable("\(path) is unreadable (\(reason(error))) and cannot be moved aside; reading without memory")
            }
            let warning = "\(path) was unreadable (\(describe(error))); moved to \(aside), starting a new one"
            do {
                return .opened(try ReadingStore(path: path), warning: warning)
            } catch {
                return .unavailable("\(path): \(describe(error)); reading without memory")
            }
        } catch {
            return .unavailable("\(path): \(describe(error)); reading without memory")
        }
    }

    /// Creates `folder` and any missing parents (mode 0700). Returns the reason (the
    /// system's words for `errno`) when it cannot, or `nil`.
    static func makeFolder(_ folder: String) -> String? {
        var path = ""
        for part in folder.split(separator: "/") {
            path += "/" + part
            var info = stat()
            if stat(path, &info) == 0 {
                if info.st_mode & S_IFMT != S_IFDIR { return "\(path) is not a folder" }
                continue
            }
            if mkdir(path, 0o700) != 0, errno != EEXIST { return String(cString: strerror(errno)) }
        }
        return nil
    }

    /// Whether `error` means the file is damaged or not Byline's (as opposed to unwritable).
    static func isDamage(_ error: Error) -> Bool {
        if error is StoreError { return true }
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }

    private static func describe(_ error: Error) -> String {
        if let error = error as? StoreError {
            if case .foreign = error { return "an SQLite database of another program" }
        }
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
        return reason(error)
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }

    private static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}

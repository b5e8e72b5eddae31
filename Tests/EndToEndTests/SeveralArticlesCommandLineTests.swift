import Foundation
import ReaderTestSupport
import Testing

/// Several articles without a terminal: printed one after another, as `cat` would.
@Suite("several articles on the command line", .enabled(if: BylineBinary.path != nil, "byline binary not built"))
struct SeveralArticlesCommandLineTests {
    @Test("--dump prints each in turn; a missing one is reported, the others printed, status 1")
    func dumpEach() throws {
        let folder = ReadingMemoryInTmuxTests.Folder()
        let north = try folder.file("north.txt", "Northern Ferry Keeps Two Boats\n\nThe island council welcomed the winter timetable on Monday.\n")
        let south = try folder.file("south.txt", "Southern Pier Reopens\n\nThe pier opened again after a year of repairs, the harbour board said.\n")
        let both = try BylineBinary.run(["--dump", north, south])
        let text = String(decoding: both.stdout, as: UTF8.self)
        #expect(both.status == 0, "\(both.stderr)")
        let first = try #require(text.range(of: "Northern Ferry Keeps Two Boats"))
        let second = try #require(text.range(of: "Southern Pier Reopens"))
        #expect(first.upperBound < second.lowerBound && text.contains("winter timetable") && text.contains("year of repairs"))
        let missing = folder.path + "/missing.txt"
        let partly = try BylineBinary.run(["--dump", north, missing, south])
        let printed = String(decoding: partly.stdout, as: UTF8.self)
        #expect(partly.status == 1)
        #expect(partly.stderr == "byline: \(missing): no such file\n", "\(partly.stderr)")
        #expect(printed == text, "the readable ones are printed as before")
    }

    @Test("--json, --quotes and --entities take one article; - only once")
    func oneArticleOptions() throws {
        for option in ["--json", "--quotes", "--entities"] {
            let result = try BylineBinary.run([option, "a.txt", "b.txt"])
            #expect(result.status == 64 && result.stderr.contains("read one article (got 2)"), "\(option): \(result.stderr)")
        }
        let twice = try BylineBinary.run(["-", "-"], stdin: Data("Text\n".utf8))
        #expect(twice.status == 64 && twice.stderr.contains("standard input (-) can be read only once"), "\(twice.stderr)")
    }
}

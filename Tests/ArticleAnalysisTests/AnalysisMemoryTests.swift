import ArticleModel
import Dispatch
import Testing
@testable import ArticleAnalysis

/// The analysis's memory and start-up helpers: arrays that grow by a quarter keep every
/// element in order and leave at most about a fifth of their buffer unused; the tables
/// built ahead of the analysis are the ones it uses, whichever thread builds them.
@Suite("Analysis memory")
struct AnalysisMemoryTests {
    @Test("growing by a quarter keeps the elements in order, with little unused capacity")
    func growingByQuarter() {
        var values: [Int] = []
        var doubled: [Int] = []
        for value in 0..<300_000 {
            values.appendGrowingByQuarter(value)
            doubled.append(value)
        }
        #expect(values == doubled)
        // Small arrays double as usual; from 1,024 elements a full buffer grows by a quarter.
        #expect(values.capacity <= values.count + values.count / 4 + 64)
        #expect(doubled.capacity >= 2 * 262_144 - 64)
    }

    @Test("tables prepared on another thread while the analysis starts give the same entities")
    func preparedTables() {
        let text = "Ana Ruiz flew from Ghent to Wrocław on Monday. \"We are ready,\" Ruiz said in Ghent."
        let article = Article(blocks: [Block(kind: .paragraph, text: text)])
        let alone = EntityRecognizer().recognize(in: article)
        let group = DispatchGroup()
        let names = Count()
        DispatchQueue.global().async(group: group) { names.value = AnalysisTables.prepare() }
        let analysed = article.analysed()
        group.wait()
        #expect(names.value > 30_000)
        #expect(names.value == AnalysisTables.prepare())
        #expect(analysed.entities == alone)
        #expect(analysed.entities.contains { $0.name == "Ghent" && $0.kind == .place })
    }
}

/// A number written by one thread and read after it has finished (a dispatch group's wait
/// orders the two).
private final class Count: @unchecked Sendable {
    var value = 0
}

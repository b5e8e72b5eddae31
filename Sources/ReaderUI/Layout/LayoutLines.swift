/// The lines of an ``ArticleLayout``, top to bottom: a random-access collection indexed
/// from 0, stored as the consecutive runs the layout was made in (one per core for a big
/// article), so that joining the runs never copies them into one more array.
///
/// Subscripting finds the run by a scan over at most a few run ends, so it costs O(number of
/// cores).
public struct LayoutLines: RandomAccessCollection, Sendable {
    /// The runs, in order; none is empty.
    private var runs: [[LayoutLine]]
    /// For each run, the index just past its last line in the whole collection.
    private var ends: [Int]

    /// The lines of `runs` one after another (empty runs are dropped).
    init(runs: [[LayoutLine]]) {
        self.runs = []
        self.ends = []
        var total = 0
        for run in runs where !run.isEmpty {
            total += run.count
            self.runs.append(run)
            self.ends.append(total)
        }
    }

    /// The first line's index, 0.
    public var startIndex: Int { 0 }
    /// The number of lines.
    public var endIndex: Int { ends.last ?? 0 }

    /// The line at `index` (which must be in `0..<count`, as for an array).
    public subscript(index: Int) -> LayoutLine {
        var run = 0
        while run < ends.count - 1 && index >= ends[run] { run += 1 }
        let base = run == 0 ? 0 : ends[run - 1]
        return runs[run][index - base]
    }

    /// Adds `line` at the end.
    mutating func append(_ line: LayoutLine) {
        if runs.isEmpty {
            runs.append([line])
            ends.append(1)
        } else {
            runs[runs.count - 1].append(line)
            ends[ends.count - 1] += 1
        }
    }

    /// Removes the last line; does nothing when there is none.
    mutating func removeLast() {
        guard let last = runs.indices.last else { return }
        runs[last].removeLast()
        ends[last] -= 1
        if runs[last].isEmpty {
            runs.removeLast()
            ends.removeLast()
        }
    }
}

extension LayoutLines: Equatable {
    /// Equal when they hold equal lines in the same order, however they are split into runs.
    public static func == (a: LayoutLines, b: LayoutLines) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}

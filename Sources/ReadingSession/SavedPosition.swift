import ArticleModel

/// A reading place as the store keeps it: a model position (block and offset, never a
/// screen line) and the hashes of the blocks around it, so that it can be found again after
/// the file was edited.
public struct SavedPosition: Sendable, Equatable, Codable {
    /// How many blocks on each side of the position's block are remembered.
    public static let contextRadius = 8

    /// The position in the version of the article it was saved in.
    public var position: TextPosition
    /// Hashes (``ArticleIdentity/blockHashes``) of the blocks from `position.block - k` to
    /// `position.block + k`, with ``contextStart`` the index of the first.
    public var context: [UInt64]
    /// The block index of `context[0]`.
    public var contextStart: Int

    /// Remembers `position` in the article whose block hashes are `hashes`.
    public init(position: TextPosition, hashes: [UInt64]) {
        self.position = position
        let block = min(max(0, position.block), max(0, hashes.count - 1))
        let start = max(0, block - Self.contextRadius)
        let end = min(hashes.count, block + Self.contextRadius + 1)
        self.contextStart = start
        self.context = start < end ? Array(hashes[start..<end]) : []
    }

    /// The place in an article whose block hashes are `hashes`: the same block when its text
    /// is still there (the occurrence nearest to where it was, the offset kept, clamped to
    /// `blockLengths`); otherwise, at offset 0, the block where it would be beside its
    /// nearest remembered neighbours that survived (never before the surviving one above it
    /// nor after the surviving one below it); otherwise the same block index, clamped.
    ///
    /// - Parameter blockLengths: each block's length in scalars, for clamping the offset.
    public func resolve(in hashes: [UInt64], blockLengths: [Int]) -> TextPosition {
        resolve(in: hashes) { blockLengths.indices.contains($0) ? blockLengths[$0] : 0 }
    }

    /// The place in an article whose block hashes are `hashes`, as
    /// ``resolve(in:blockLengths:)``, asking `blockLength` (a block index to its length in
    /// scalars) only for the block the place lands in, so that no other block is measured.
    public func resolve(in hashes: [UInt64], blockLength: (Int) -> Int) -> TextPosition {
        guard !hashes.isEmpty else { return TextPosition(block: 0, offset: 0) }
        let old = position.block
        let last = hashes.count - 1
        if let block = survivor(at: old, in: hashes) {
            return TextPosition(block: block, offset: min(max(0, position.offset), blockLength(block)))
        }
        var above: (index: Int, distance: Int)?
        var below: (index: Int, distance: Int)?
        for distance in 1...Self.contextRadius {
            if above == nil, let found = survivor(at: old - distance, in: hashes) { above = (found, distance) }
            if below == nil, let found = survivor(at: old + distance, in: hashes) { below = (found, distance) }
        }
        var block: Int
        switch (above, below) {
        case (let a?, let b?): block = a.distance <= b.distance ? a.index + a.distance : b.index - b.distance
        case (let a?, nil): block = a.index + a.distance
        case (nil, let b?): block = b.index - b.distance
        case (nil, nil): block = old
        }
        if let a = above { block = max(block, a.index + 1) }
        if let b = below { block = min(block, b.index) }
        return TextPosition(block: min(max(0, block), last), offset: 0)
    }

    /// Where the remembered block `index` (of the saved version) is now, if its text survived.
    private func survivor(at index: Int, in hashes: [UInt64]) -> Int? {
        let slot = index - contextStart
        guard context.indices.contains(slot) else { return nil }
        return nearest(context[slot], in: hashes, around: index)
    }

    /// The index of `hash` in `hashes` closest to `around`, if it occurs.
    private func nearest(_ hash: UInt64, in hashes: [UInt64], around: Int) -> Int? {
        var best: Int?
        for (i, h) in hashes.enumerated() where h == hash {
            if let b = best, abs(b - around) <= abs(i - around) { continue }
            best = i
        }
        return best
    }
}

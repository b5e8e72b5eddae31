import ArticleModel

/// Time left: how many words lie below the viewport and how long they take at the reader's
/// speed, for the status line.
extension ReaderState {
    /// The default reading speed, in words per minute (the figure; the config's
    /// `words-per-minute` changes it).
    public static let defaultWordsPerMinute = 230

    /// Counts the words of each block of the article (``ArticleModel/WordCount``, the count
    /// the store keeps too) and sets the reading speed in words per minute (at least 1).
    public mutating func setReadingSpeed(wordsPerMinute: Int) {
        setReadingSpeed(blockWords: WordCount.perBlock(article), wordsPerMinute: wordsPerMinute)
    }

    /// Gives the words in each block (in block order) and the reading speed in words per
    /// minute (at least 1), from which ``wordsLeft`` and ``minutesLeft`` are computed.
    public mutating func setReadingSpeed(blockWords: [Int], wordsPerMinute: Int) {
        var suffix = [Int](repeating: 0, count: blockWords.count + 1)
        for index in blockWords.indices.reversed() {
            suffix[index] = suffix[index + 1] + max(0, blockWords[index])
        }
        wordsFromBlock = suffix
        self.wordsPerMinute = max(1, wordsPerMinute)
    }

    /// Words in the blocks not yet wholly seen: from the block of the first line below the
    /// viewport to the end (0 at the end of the article, or when no counts were given).
    public var wordsLeft: Int {
        guard !wordsFromBlock.isEmpty else { return 0 }
        let lines = layout.lines
        let below = topLine + viewportHeight
        guard below < lines.count else { return 0 }
        let block = lines[below].block ?? layout.position(ofLine: below).block
        return wordsFromBlock[min(max(0, block), wordsFromBlock.count - 1)]
    }

    /// Minutes to read ``wordsLeft`` at ``wordsPerMinute``, rounded up.
    public var minutesLeft: Int {
        (wordsLeft + wordsPerMinute - 1) / wordsPerMinute
    }
}

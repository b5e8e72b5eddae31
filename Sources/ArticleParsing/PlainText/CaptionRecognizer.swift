/// Decides whether the text unit after an image keyword line (``KeywordLineRecognizer``) is
/// that image's caption. A keyword-shaped line alone is weak evidence — "Paris, London,
/// Berlin" may just be a line of the article — so the text after it must look like a caption
/// too.
///
/// The text is a caption when
/// 1. it **carries a credit**: it starts with "Caption:", or ``CaptionCreditSplitter`` finds a
///    labelled or unlabelled credit at its end ("… at the harbour. Coastline Press Agency"); or
/// 2. it is a **photo description without a credit**, which news captions write as one or two
///    sentences in the present tense about what the picture shows ("Stallholders sweep mud
///    from the cobbles of the market square in Verrin on Wednesday morning."). All of:
///    - at most ``maximumLength`` scalars and at most ``maximumSentences`` sentences;
///    - it does not open with a quotation mark (that is someone speaking), asks no question
///      (no "?") and speaks in the third person (no "I", "we", "you" and their forms:
///      interviews and calls to the reader are not descriptions);
///    - it does not narrate or report (``ClauseWords/narrates(_:)``: no "said" or
///      "according to", no "was", "has" or "will", no finite past such as "met" or
///      "signed") — a body paragraph tells what happened, a caption shows it;
///    - it shares a word with the keyword line (not a function word such as "the" or "of"):
///      the keywords are the image's alt text and name what the caption describes ("Market,
///      Square, Flood, Verrin, River" and "… the market square in Verrin …").
///
/// When the text is not a caption, the parser keeps the keyword line and the text as
/// paragraphs. A credit-less caption that narrates ("The mayor signed the accord.") is read as
/// two paragraphs: showing a keyword line costs less than losing a line of the article and
/// turning a paragraph into a caption.
enum CaptionRecognizer {
    static let maximumLength = 300
    static let maximumSentences = 2

    /// Whether `text` (a text unit's trimmed text) is the caption of the image whose keyword
    /// line is `keywordLine`.
    static func isCaption(_ text: String, afterKeywordLine keywordLine: String) -> Bool {
        check(text, afterKeywordLine: keywordLine).isCaption
    }

    /// ``isCaption(_:afterKeywordLine:)``, also returning the split the decision computed
    /// (`CaptionCreditSplitter.split(text, allowUnlabelled: true)`, `nil` when the text has
    /// a "Caption:" label and no split was needed), so the classifier need not split again.
    static func check(
        _ text: String, afterKeywordLine keywordLine: String
    ) -> (isCaption: Bool, split: CaptionCreditSplitter.Result?) {
        if BlockClassifier.hasCaptionLabel(text) { return (true, nil) }
        let split = CaptionCreditSplitter.split(text, allowUnlabelled: true)
        if split.credit != nil { return (true, split) }
        return (isPhotoDescription(text, keywordLine: keywordLine), split)
    }

    /// Rule 2 of the type.
    static func isPhotoDescription(_ text: String, keywordLine: String) -> Bool {
        guard text.utf8.count <= maximumLength * 4, text.hasAtMostScalars(maximumLength),
              let first = text.first, !TextShape.openingQuotes.contains(first), !text.contains("?") else { return false }
        let words = ClauseWords.words(of: text)
        guard sentenceCount(text) <= maximumSentences, !words.contains(where: { personalPronouns.contains($0.text) }),
              !ClauseWords.narrates(words) else { return false }
        let keywords = Set(ClauseWords.words(of: keywordLine.replacing(",", with: " ")).map(\.text).filter(isContentWord))
        return words.contains { keywords.contains($0.text) }
    }

    /// First- and second-person pronouns (normalised).
    static let personalPronouns: Set<String> = [
        "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "we", "we're", "we've", "we'd",
        "we'll", "us", "our", "ours", "you", "you're", "you've", "you'd", "you'll", "your", "yours",
    ]

    /// A word that can name something: two or more characters, not a title-case function word.
    private static func isContentWord(_ word: String) -> Bool {
        word.count >= 2 && !TextShape.titleCaseExceptions.contains(word)
    }

    /// Words that end with sentence punctuation (before any closing quotes or brackets),
    /// other than initials and initialisms ("J.", "U.S."); the last word always counts.
    static func sentenceCount(_ text: String) -> Int {
        let words = TextShape.words(text)
        var count = 0
        for (position, word) in words.enumerated() {
            if position == words.count - 1 {
                count += 1
                break
            }
            guard TextShape.endsLikeSentence(word) else { continue }
            let bare = word.drop(while: { TextShape.openingQuotes.contains($0) })
            let isInitial = bare.count == 2 && bare.first?.isUppercase == true && bare.last == "."
            if !isInitial && !TextShape.isInitialism(bare) { count += 1 }
        }
        return count
    }
}

/// One broken invariant found by ``HardeningPipeline``: which stage of the pipeline found it
/// and a one-line description naming the block, line, cell or range involved.
public struct HardeningViolation: Sendable, Equatable, CustomStringConvertible {
    /// The stage that found the violation: `decode`, `model`, `layout`, `dump` or `screen`.
    public var stage: String
    /// What is wrong, in one line (positions in scalars, columns or rows as named).
    public var message: String

    /// Creates a violation.
    public init(stage: String, message: String) {
        self.stage = stage
        self.message = message
    }

    /// `stage: message`.
    public var description: String { "\(stage): \(message)" }
}

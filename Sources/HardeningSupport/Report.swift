/// Collects violations, keeping at most a few per stage so that one broken invariant on a
/// large input does not flood the report.
struct Report {
    private(set) var violations: [HardeningViolation] = []
    private var perStage: [String: Int] = [:]
    static let limitPerStage = 5

    mutating func add(_ stage: String, _ message: @autoclosure () -> String) {
        let count = perStage[stage, default: 0]
        guard count < Self.limitPerStage else { return }
        perStage[stage] = count + 1
        violations.append(HardeningViolation(stage: stage, message: message()))
    }
}

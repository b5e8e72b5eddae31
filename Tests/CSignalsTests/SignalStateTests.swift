import CSignals
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The handler of `CSignals` and the flag read by the event loop are one state: a signal
/// delivered through the installed handler shows up in `byline_sig_peek`, from any caller.
@Suite(.serialized)
struct SignalStateTests {
    @Test(arguments: [
        (SIGHUP, BYLINE_SIG_HUP), (SIGTERM, BYLINE_SIG_TERM), (SIGINT, BYLINE_SIG_INT),
        (SIGQUIT, BYLINE_SIG_QUIT), (SIGCONT, BYLINE_SIG_CONT),
    ])
    func raisedSignalSetsItsBit(signal: Int32, bit: Int32) {
        byline_sig_save()
        byline_sig_install()
        defer { byline_sig_restore() }
        byline_sig_clear(0x3F)
        #expect(byline_sig_peek() == 0)
        #expect(byline_sig_raise(signal) == 0)
        #expect(byline_sig_peek() == bit)
        byline_sig_clear(bit)
        #expect(byline_sig_peek() == 0)
    }

    @Test func clearingOneBitKeepsTheOthers() {
        byline_sig_save()
        byline_sig_install()
        defer { byline_sig_restore() }
        byline_sig_clear(0x3F)
        _ = byline_sig_raise(SIGHUP)
        _ = byline_sig_raise(SIGCONT)
        byline_sig_clear(BYLINE_SIG_HUP)
        #expect(byline_sig_peek() == BYLINE_SIG_CONT)
        byline_sig_clear(0x3F)
    }

    @Test func restorePutsBackThePreviousDisposition() {
        var before = sigaction()
        sigaction(SIGHUP, nil, &before)
        byline_sig_save()
        byline_sig_install()
        byline_sig_restore()
        var after = sigaction()
        sigaction(SIGHUP, nil, &after)
        #expect(unsafeBitCast(after.__sigaction_handler.sa_handler, to: Int.self)
            == unsafeBitCast(before.__sigaction_handler.sa_handler, to: Int.self))
    }
}

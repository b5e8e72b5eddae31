// byline_signals.h: the process-signal state of the reader, as declarations only.
//
// The handler, its pending flag and the saved dispositions are defined once, in
// ../signals.c, so there is exactly one copy of that state in the program whatever the
// build mode, the optimiser or the number of Swift files that call these functions.
// (State in `static` variables of `static inline` header functions would be one copy per
// object file, and release builds gave the handler and its reader different copies; see
// ../../../../shared/DESIGN.md, "Found while building".)
//
// The handler only ORs a bit into a `volatile sig_atomic_t`, the one kind of object a
// signal handler may write (C11 7.14.1.1; POSIX async-signal-safety).
#ifndef BYLINE_SIGNALS_H
#define BYLINE_SIGNALS_H

/// Bits of the pending-signal set (not signal numbers).
#define BYLINE_SIG_TERM 1
#define BYLINE_SIG_HUP  2
#define BYLINE_SIG_INT  4
#define BYLINE_SIG_QUIT 8
#define BYLINE_SIG_TSTP 16
#define BYLINE_SIG_CONT 32

/// Puts SIGQUIT back to its default disposition (end the process, which a shell reports
/// as status 128 + 3) unless it is ignored. The Swift runtime's crash reporter installs a
/// SIGQUIT handler at start-up that treats the signal as a crash: it prints a backtrace,
/// waits for a key and then lets the program go on. A quit signal is a person asking the
/// program to end, so byline calls this first thing, before any article is read; once the
/// reader takes the terminal, byline_sig_install replaces it with the flag-setting handler.
/// Returns sigaction's result (0 on success).
int byline_sig_default_quit(void);

/// Remembers the current dispositions of SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP and
/// SIGCONT (call before newterm, which installs ncurses's own handlers), so that
/// byline_sig_restore can put them back.
void byline_sig_save(void);

/// Installs the flag-setting handler for those six signals, without SA_RESTART so that a
/// blocked read returns EINTR. A signal that was ignored when byline_sig_save ran (SIGHUP
/// under nohup, for example) stays ignored. SIGWINCH is left to ncurses.
void byline_sig_install(void);

/// Puts back the dispositions saved by byline_sig_save (nothing when it never ran).
void byline_sig_restore(void);

/// Whether SIGTSTP was ignored when byline_sig_save ran (no job control: do not stop);
/// 1 or 0.
int byline_sig_tstp_was_ignored(void);

/// The pending-signal bits (BYLINE_SIG_*), without clearing them.
int byline_sig_peek(void);

/// Clears the given pending-signal bits; the read-modify-write runs with the six signals
/// blocked, so a signal arriving meanwhile is not lost.
void byline_sig_clear(int bits);

/// Stops the process the way the terminal's Ctrl-Z would (SIGTSTP in its default
/// disposition, unblocked); returns after the process is continued, with the flag-setting
/// SIGTSTP handler back in place.
void byline_sig_stop_self(void);

/// Delivers `sig` to the calling thread (raise(3)) with `sig` unblocked meanwhile, so the
/// installed handler has run when it returns; for tests of the flag. Returns raise's
/// result (0 on success).
int byline_sig_raise(int sig);

#endif

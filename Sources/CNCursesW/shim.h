// shim.h: what Swift needs from ncursesw, and what it cannot import directly.
//
// See ../../../shared/DESIGN.md, "ncursesw from Swift 6 on Linux: known pitfalls":
// - SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
// - Function-like and expression macros (A_BOLD, BUTTON4_PRESSED, KEY_F(n)) and C globals
//   (stdscr, curscr, COLORS, stdin, stdout) are reached through static inline accessors,
//   because Swift 6 rejects mutable C globals as not concurrency-safe.
// - Signal handling is done in C: a handler may only touch a volatile sig_atomic_t.
//
// IMPORTANT: the signal state below lives in statics of `static inline` functions, so every
// object file that emits these functions gets its own copy of it. In debug builds each Swift file is its own
// object file: call the byline_sig_* functions from ONE Swift file only
// (NCursesBackend/Signals.swift).
#ifndef BYLINE_CNCURSESW_SHIM_H
#define BYLINE_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <curses.h>

extern int wcwidth(wchar_t);

// MARK: - C globals

static inline WINDOW *byline_stdscr(void) { return stdscr; }
static inline WINDOW *byline_curscr(void) { return curscr; }
static inline int byline_colors(void) { return COLORS; }
static inline int byline_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *byline_stdin(void) { return stdin; }
static inline FILE *byline_stdout(void) { return stdout; }

/// The codeset of the current LC_CTYPE locale ("UTF-8", "ANSI_X3.4-1968", ...).
static inline const char *byline_codeset(void) { return nl_langinfo(CODESET); }

/// The size of the terminal on `fd` in rows and columns (TIOCGWINSZ); 0 on success,
/// -1 when `fd` is not a terminal or the size is unknown.
static inline int byline_tty_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

// MARK: - Attributes, keys, mouse masks

static inline attr_t byline_a_normal(void) { return A_NORMAL; }
static inline attr_t byline_a_bold(void) { return A_BOLD; }
static inline attr_t byline_a_italic(void) { return A_ITALIC; }
static inline attr_t byline_a_underline(void) { return A_UNDERLINE; }
static inline attr_t byline_a_reverse(void) { return A_REVERSE; }
static inline attr_t byline_a_dim(void) { return A_DIM; }

static inline int byline_key_code_yes(void) { return KEY_CODE_YES; }
static inline int byline_key_f(int n) { return KEY_F(n); }
static inline int byline_key_f0(void) { return KEY_F0; }

static inline mmask_t byline_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t byline_button5_pressed(void) { return BUTTON5_PRESSED; }

/// Reads the pending mouse event and returns its button state, or 0 when there is none.
static inline mmask_t byline_getmouse_bstate(void) {
    MEVENT event;
    memset(&event, 0, sizeof event);
    if (getmouse(&event) != OK) return 0;
    return event.bstate;
}

// MARK: - Signals

// Bits of the pending-signal set (not signal numbers).
#define BYLINE_SIG_TERM 1
#define BYLINE_SIG_HUP  2
#define BYLINE_SIG_INT  4
#define BYLINE_SIG_QUIT 8
#define BYLINE_SIG_TSTP 16
#define BYLINE_SIG_CONT 32

static inline int byline_sig_bit_term(void) { return BYLINE_SIG_TERM; }
static inline int byline_sig_bit_hup(void) { return BYLINE_SIG_HUP; }
static inline int byline_sig_bit_int(void) { return BYLINE_SIG_INT; }
static inline int byline_sig_bit_quit(void) { return BYLINE_SIG_QUIT; }
static inline int byline_sig_bit_tstp(void) { return BYLINE_SIG_TSTP; }
static inline int byline_sig_bit_cont(void) { return BYLINE_SIG_CONT; }

// State lives in function-local statics: Swift's clang code generation does not emit
// file-scope static variables that have no initializer (the link fails), while a function's
// own statics are emitted with the function.
static inline volatile sig_atomic_t *byline_sig_pending_flag(void) {
    static volatile sig_atomic_t pending = 0;
    return &pending;
}

static inline struct sigaction *byline_sig_saved(void) {
    static struct sigaction saved[6];
    return saved;
}

static inline int *byline_sig_saved_valid(void) {
    static int valid = 0;
    return &valid;
}

static inline int byline_sig_number(int index) {
    switch (index) {
    case 0: return SIGTERM;
    case 1: return SIGHUP;
    case 2: return SIGINT;
    case 3: return SIGQUIT;
    case 4: return SIGTSTP;
    default: return SIGCONT;
    }
}

static inline void byline_sig_handler(int sig) {
    // Only async-signal-safe work: OR a bit into a volatile sig_atomic_t.
    int bit = 0;
    switch (sig) {
    case SIGTERM: bit = BYLINE_SIG_TERM; break;
    case SIGHUP:  bit = BYLINE_SIG_HUP;  break;
    case SIGINT:  bit = BYLINE_SIG_INT;  break;
    case SIGQUIT: bit = BYLINE_SIG_QUIT; break;
    case SIGTSTP: bit = BYLINE_SIG_TSTP; break;
    case SIGCONT: bit = BYLINE_SIG_CONT; break;
    default: break;
    }
    *byline_sig_pending_flag() |= bit;
}

/// Remembers the current dispositions of the six signals (call before newterm, which
/// installs ncurses's own handlers), so that byline_sig_restore can put them back.
static inline void byline_sig_save(void) {
    for (int i = 0; i < 6; i++) {
        sigaction(byline_sig_number(i), NULL, &byline_sig_saved()[i]);
    }
    *byline_sig_saved_valid() = 1;
}

/// Installs the flag-setting handler for one signal, without SA_RESTART so that a blocked
/// read returns EINTR and the event loop notices the signal at once.
static inline int byline_sig_install_one(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = byline_sig_handler;
    // Block the other five while the handler runs, so its read-modify-write of the flag
    // cannot be interrupted by another of them.
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 6; i++) sigaddset(&action.sa_mask, byline_sig_number(i));
    action.sa_flags = 0;
    return sigaction(sig, &action, NULL);
}

/// Installs the handler for SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP and SIGCONT.
/// A signal that was ignored when the program started (SIGHUP under nohup, for example)
/// stays ignored. SIGWINCH is left to ncurses.
static inline void byline_sig_install(void) {
    for (int i = 0; i < 6; i++) {
        int sig = byline_sig_number(i);
        if (*byline_sig_saved_valid() && byline_sig_saved()[i].sa_handler == SIG_IGN) continue;
        byline_sig_install_one(sig);
    }
}

/// Whether SIGTSTP was ignored when byline_sig_save ran (no job control: do not stop).
static inline int byline_sig_tstp_was_ignored(void) {
    return *byline_sig_saved_valid() && byline_sig_saved()[4].sa_handler == SIG_IGN;
}

/// Puts back the dispositions saved by byline_sig_save.
static inline void byline_sig_restore(void) {
    if (!*byline_sig_saved_valid()) return;
    for (int i = 0; i < 6; i++) {
        sigaction(byline_sig_number(i), &byline_sig_saved()[i], NULL);
    }
}

/// The pending-signal bits (BYLINE_SIG_*), without clearing them.
static inline int byline_sig_peek(void) { return (int)*byline_sig_pending_flag(); }

/// Clears the given pending-signal bits. The read-modify-write runs with the six signals
/// blocked, so a signal arriving meanwhile is not lost.
static inline void byline_sig_clear(int bits) {
    sigset_t block, old;
    sigemptyset(&block);
    for (int i = 0; i < 6; i++) sigaddset(&block, byline_sig_number(i));
    sigprocmask(SIG_BLOCK, &block, &old);
    *byline_sig_pending_flag() &= ~bits;
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/// Stops the process the way the terminal's Ctrl-Z would: SIGTSTP with its default
/// disposition (unblocked). Returns after the process is continued, with the
/// flag-setting SIGTSTP handler back in place.
static inline void byline_sig_stop_self(void) {
    struct sigaction dfl, previous;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &previous);
    sigset_t unblock, old;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &unblock, &old);
    raise(SIGTSTP);
    sigprocmask(SIG_SETMASK, &old, NULL);
    sigaction(SIGTSTP, &previous, NULL);
}

#endif

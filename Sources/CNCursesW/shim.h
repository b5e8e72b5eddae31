// shim.h: what Swift needs from ncursesw, and what it cannot import directly.
//
// See ../../../shared/DESIGN.md, "ncursesw from Swift 6 on Linux: known pitfalls":
// - SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
// - Function-like and expression macros (A_BOLD, BUTTON4_PRESSED, KEY_F(n)) and C globals
//   (stdscr, curscr, COLORS, stdin, stdout) are reached through static inline accessors,
//   because Swift 6 rejects mutable C globals as not concurrency-safe.
// - This header holds no state: everything here is a stateless accessor or wrapper. State in
//   `static` variables of `static inline` functions would be one copy per object file, so
//   stateful C (the signal handler and its flag) lives in a compiled .c file of its own
//   target (CSignals).
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

#endif

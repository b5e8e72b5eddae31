// signals.c: the one definition of byline's signal handler and its state.
// See include/byline_signals.h for the contract of each function.
#include "byline_signals.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>

enum { byline_sig_count = 6 };

/// The pending-signal bits; written by the handler, read and cleared by the event loop.
static volatile sig_atomic_t pending = 0;
/// The dispositions before byline installed its handler, in the order of byline_sig_number.
static struct sigaction saved[byline_sig_count];
/// Whether `saved` holds dispositions (byline_sig_save ran).
static int saved_valid = 0;

static int byline_sig_number(int index) {
    switch (index) {
    case 0: return SIGTERM;
    case 1: return SIGHUP;
    case 2: return SIGINT;
    case 3: return SIGQUIT;
    case 4: return SIGTSTP;
    default: return SIGCONT;
    }
}

static void byline_sig_handler(int sig) {
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
    pending |= bit;
}

static void byline_sig_block_set(sigset_t *set) {
    sigemptyset(set);
    for (int i = 0; i < byline_sig_count; i++) sigaddset(set, byline_sig_number(i));
}

int byline_sig_default_quit(void) {
    struct sigaction current;
    if (sigaction(SIGQUIT, NULL, &current) != 0) return -1;
    if (current.sa_handler == SIG_IGN) return 0;
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    return sigaction(SIGQUIT, &dfl, NULL);
}

void byline_sig_save(void) {
    for (int i = 0; i < byline_sig_count; i++) {
        sigaction(byline_sig_number(i), NULL, &saved[i]);
    }
    saved_valid = 1;
}

static int byline_sig_install_one(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = byline_sig_handler;
    // Block the other five while the handler runs, so its read-modify-write of the flag
    // cannot be interrupted by another of them.
    byline_sig_block_set(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(sig, &action, NULL);
}

void byline_sig_install(void) {
    for (int i = 0; i < byline_sig_count; i++) {
        if (saved_valid && saved[i].sa_handler == SIG_IGN) continue;
        byline_sig_install_one(byline_sig_number(i));
    }
}

void byline_sig_restore(void) {
    if (!saved_valid) return;
    for (int i = 0; i < byline_sig_count; i++) {
        sigaction(byline_sig_number(i), &saved[i], NULL);
    }
}

int byline_sig_tstp_was_ignored(void) {
    return saved_valid && saved[4].sa_handler == SIG_IGN;
}

int byline_sig_peek(void) { return (int)pending; }

void byline_sig_clear(int bits) {
    sigset_t block, old;
    byline_sig_block_set(&block);
    sigprocmask(SIG_BLOCK, &block, &old);
    pending &= ~bits;
    sigprocmask(SIG_SETMASK, &old, NULL);
}

void byline_sig_stop_self(void) {
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

int byline_sig_raise(int sig) {
    // Unblocked for this thread while it is raised, so the handler has run when raise
    // returns even where the caller inherited a blocked mask (a test runner's threads).
    sigset_t unblock, old;
    sigemptyset(&unblock);
    sigaddset(&unblock, sig);
    pthread_sigmask(SIG_UNBLOCK, &unblock, &old);
    int result = raise(sig);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return result;
}

/* signals.h - sigaction set-up; handlers only set flags; children reset before exec. */
#ifndef MINISH_SIGNALS_H
#define MINISH_SIGNALS_H

#include <signal.h>

#include "shell.h"
#include <stdbool.h>

struct shell;

/* Flags set by the handlers; read and cleared only outside them. */
extern volatile sig_atomic_t sig_pending[SHELL_NSIG];
extern volatile sig_atomic_t sig_any_pending;
/* A child ended while the shell reaps background jobs between commands (not a trap: it
 * interrupts nothing, see signals_reap_children). */
extern volatile sig_atomic_t sig_child_exited;

/* Records the dispositions inherited at start-up and installs the shell's own. */
void signals_init(struct shell *sh);
/* Sets the disposition for signo from its trap: NULL default, "" ignore, else catch. */
void signals_apply_trap(struct shell *sh, int signo);
/* Returns true when signo was ignored when the shell started (non-interactive: untrappable). */
bool signals_ignored_at_entry(int signo);
/* Ignores signo for the shell's own sake (job control): children get it back at default. */
void signals_shell_ignore(int signo);
/* Non-interactive shells with process substitutions: SIGINT/TERM/HUP at their default are
 * caught so the private directory can be removed before dying of the signal. */
void signals_cleanup_on_fatal(struct shell *sh);
/* Non-interactive, SIGINT at its default: caught (a flag) so the shell can wait for its
 * foreground job before dying of it, as dash does. */
void signals_defer_int(struct shell *sh);
/* While a foreground job runs: after SIGINT, ends the process substitutions (their FIFOs
 * removed) but does not die yet; after another fatal signal, dies at once. */
void signals_fatal_prepare(struct shell *sh);
/* If such a fatal signal arrived: cleans up and dies of it (never returns then). */
void signals_handle_fatal(struct shell *sh);
/* Interactive: catch SIGWINCH (a flag) so a resized terminal is seen while reading a line. */
void signals_watch_resize(void);
/* set -b: catch SIGCHLD (a flag) so finished jobs are reported at once; off: default. */
void signals_watch_children(bool on);
/* Non-interactive with background jobs: SIGCHLD (SA_RESTART, a flag of its own) so finished
 * jobs are reaped between commands, not left as zombies; nothing when a CHLD trap or set -b
 * catches it already. */
void signals_reap_children(void);
/* Fills set with the signals the shell catches (a new program gets them at default). */
void signals_caught_set(sigset_t *set);
/* In a freshly forked child: caught signals back to default, then (ignore_int_quit: an
 * asynchronous list without job control) SIGINT and SIGQUIT ignored, then the mask cleared. */
void signals_child_reset(struct shell *sh, bool ignore_int_quit);
/* Runs the trap commands of signals that arrived; returns true if any ran. */
bool signals_run_pending(struct shell *sh);
/* Returns the signal number for a name ("INT", "SIGINT", "2", "EXIT" -> 0), or -1. */
int signal_by_name(const char *name);
/* Returns the name without SIG ("INT") of signo, or NULL for an unknown number. */
const char *signal_name(int signo);

#endif

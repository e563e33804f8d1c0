/* timing.h - the `time' reserved word before a pipeline (bash; POSIX time -p). */
#ifndef MINISH_TIMING_H
#define MINISH_TIMING_H

struct shell;
struct node;

/* Runs the timed pipeline n (flags as exec_tree's, never exec'ing in place) and reports its real,
 * user and system time on stderr as TIMEFORMAT says (time -p: POSIX's format), even when a
 * Ctrl-C abandoned it. Returns its status. */
int exec_timed(struct shell *sh, const struct node *n, unsigned flags);

#endif

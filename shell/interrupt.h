/* interrupt.h - an interactive shell abandons the whole command line on Ctrl-C, Ctrl-\ and Ctrl-Z.
 *
 * One mechanism: UNWIND_INTERRUPT. Raised where the shell learns of the key (its own SIGINT
 * flag, or the foreground job's death or stop), it unwinds every loop, list, function, eval,
 * `.` file and command substitution like `return` does, up to the prompt (repl.c). */
#ifndef MINISH_INTERRUPT_H
#define MINISH_INTERRUPT_H

#include <stdbool.h>

struct shell;
struct job;

/* Abandons the command line being run (UNWIND_INTERRUPT); $? becomes status. */
void interrupt_line(struct shell *sh, int status);
/* Interactive shell, not a subshell: when SIGINT reached the shell itself (it was running a
 * builtin, reading, or waiting for a command substitution) and no trap takes it, consumes it
 * and abandons the line. Returns true when the line is being abandoned. */
bool interrupt_pending(struct shell *sh);
/* Interactive shell, after its foreground job j ended or stopped: a process killed by SIGINT
 * or SIGQUIT, or the job stopped, abandons the line. A SIGINT the shell itself got while the
 * job caught it and carried on is dropped, as bash does. */
void interrupt_after_job(struct shell *sh, const struct job *j);
/* At the prompt: ends an abandoned line (unwind cleared, $? set); true if there was one. A
 * Ctrl-C (status 130) gets a newline after the ^C the terminal echoed, once per line. */
bool interrupt_finish(struct shell *sh);

#endif

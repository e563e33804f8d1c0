/* trace.h - show the plumbing: fd tables of started processes, job-control events. */
#ifndef MINISH_TRACE_H
#define MINISH_TRACE_H

#include <stdbool.h>
#include <sys/types.h>

struct shell;

/* The fds a command began with, to spot what it left open in the shell afterwards. */
struct fd_snapshot {
	unsigned char open[64];  /* bit per fd 0..511 */
};

/* Copies the trace destination (MINISH_TRACEFD, else stderr) above fd 9 now, when tracing is
 * switched on, so that the redirections of traced commands never capture their trace. */
void trace_open(struct shell *sh);
/* set -o fdtrace: one block for a process about to run argv, describing the fds it has:
 * those of this process that are not close-on-exec (called just before exec, in the shell
 * right after spawn_program while the child's fds are still the shell's, or in a pipeline
 * stage before it runs a builtin or function: what is then said after argv in parentheses). */
void trace_process_fds(struct shell *sh, pid_t pid, char *const argv[], const char *what);
/* Records which fds of the shell are open now. */
void trace_snapshot(struct fd_snapshot *s);
/* Warns about fds the shell holds now (not close-on-exec) that were not open in before. */
void trace_report_leaks(struct shell *sh, const struct fd_snapshot *before);
/* set -o jobtrace: one line "[jobtrace] ..." on the trace fd. */
void trace_job(struct shell *sh, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Describes a waitpid status in words ("exited 3", "killed by SIGINT", ...). */
void trace_describe_wait(int wstatus, char *buf, size_t size);

#endif

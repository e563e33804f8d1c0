/* interrupt.c - an interactive shell abandons the whole command line on Ctrl-C, Ctrl-\ and Ctrl-Z. */
#include "interrupt.h"

#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

#include "jobs.h"
#include "shell.h"
#include "signals.h"

/* True in the interactive shell itself (a subshell dies of the signal or goes on as a script). */
static bool applies(const struct shell *sh)
{
	return sh->opt.interactive && !sh->in_subshell;
}

void interrupt_line(struct shell *sh, int status)
{
	if (sh->unwind == UNWIND_INTERRUPT)
		return;
	sh->unwind = UNWIND_INTERRUPT;
	sh->unwind_status = status;
	sh->status = status;
}

bool interrupt_pending(struct shell *sh)
{
	if (sh->unwind == UNWIND_INTERRUPT)
		return true;
	if (!sig_pending[SIGINT] || !applies(sh) || sh->traps[SIGINT])
		return false;
	sig_pending[SIGINT] = 0;
	interrupt_line(sh, STATUS_SIGNAL_BASE + SIGINT);
	return true;
}

void interrupt_after_job(struct shell *sh, const struct job *j)
{
	if (!applies(sh))
		return;
	int signo = 0;
	for (int i = 0; i < j->nprocs && !signo; i++) {
		int w = j->procs[i].wstatus;
		if (j->procs[i].stopped)
			signo = WSTOPSIG(w);
		else if (j->procs[i].done && WIFSIGNALED(w) && (WTERMSIG(w) == SIGINT || WTERMSIG(w) == SIGQUIT))
			signo = WTERMSIG(w);
	}
	if (signo == SIGINT && sh->traps[SIGINT])
		return;  /* the trap runs instead (the shell got SIGINT too without job control) */
	if (signo) {
		if (signo == SIGINT)
			sig_pending[SIGINT] = 0;
		interrupt_line(sh, STATUS_SIGNAL_BASE + signo);
	} else if (sig_pending[SIGINT] && !sh->traps[SIGINT]) {
		sig_pending[SIGINT] = 0;  /* the job caught it and went on: so does the line */
	}
}

bool interrupt_finish(struct shell *sh)
{
	interrupt_pending(sh);
	if (sh->unwind != UNWIND_INTERRUPT)
		return false;
	sh->unwind = UNWIND_NONE;
	sh->status = sh->unwind_status;
	/* The newline after the echoed ^C waits until the line has unwound, as bash's does: the
	 * redirections of the abandoned commands (`{ sleep 9; } 2>file`) are undone by now. */
	if (sh->status == STATUS_SIGNAL_BASE + SIGINT) {
		fflush(stdout);
		fputc('\n', stderr);
		fflush(stderr);
	}
	return true;
}

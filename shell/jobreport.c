/* jobreport.c - what the shell says when a foreground job was killed by a signal (as bash 5.2). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "../parser/ast.h"
#include "error.h"
#include "exec_internal.h"
#include "jobs.h"
#include "shell.h"
#include "spawn.h"

/* WCOREDUMP is not POSIX; bit 0x80 of a wait status is the core flag on Linux. */
static bool cored(int wstatus)
{
	return WIFSIGNALED(wstatus) && (wstatus & 0x80);
}

/* bash's width of a process status column (its LONGEST_SIGNAL_DESC). */
enum { STATUS_COLUMN = 24 };

/* A process's status as bash's job listings word it: Done, Exit N, or the signal's name. */
static void describe(int wstatus, char *buf, size_t size)
{
	if (WIFSIGNALED(wstatus))
		snprintf(buf, size, "%s", strsignal(WTERMSIG(wstatus)));
	else if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus))
		snprintf(buf, size, "Exit %d", WEXITSTATUS(wstatus));
	else
		snprintf(buf, size, "Done");
}

/* The command text of process i of j (malloc'd): its own, else from the job's tree. */
static char *proc_text(const struct job *j, int i)
{
	if (j->procs[i].text)
		return strdup(j->procs[i].text);
	const struct node *n = j->node;
	if (n && n->kind == N_PIPELINE && i < n->u.pipeline.ncmds)
		return node_text(n->u.pipeline.cmds[i]);
	if (n && j->nprocs == 1)
		return node_text(n);
	return strdup(j->text ? j->text : "");
}

/* A script's report: "PID Status  cmd" per process, the later ones "     PID Status  | cmd". */
static void report_in_script(struct shell *sh, const struct job *j)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return;
	int first = j->procs[0].wstatus;
	for (int i = 0; i < j->nprocs; i++) {
		int w = j->procs[i].wstatus;
		char status[128] = "";
		if (i == 0 || w != first)
			describe(w, status, sizeof(status));
		if (i > 0)
			fputs("\n     ", f);
		fprintf(f, "%5ld %s", (long)j->procs[i].pid, status);
		int pad = STATUS_COLUMN - (*status || i == 0 ? (int)strlen(status) : 2);
		fprintf(f, "%*s%s%s", pad > 0 ? pad : 0, "", *status && cored(w) ? "(core dumped) " : "", i ? "| " : "");
		char *text = proc_text(j, i);
		fputs(text ? text : "", f);
		free(text);
	}
	fclose(f);
	if (buf)
		sh_error(sh, "%s", buf);
	free(buf);
}

void jobs_report_background_death(struct shell *sh, const struct job *j)
{
	int last = j->procs[j->nprocs - 1].wstatus;
	if (sh->opt.interactive || job_state(j) != JOB_DONE || !WIFSIGNALED(last))
		return;
	int sig = WTERMSIG(last);
	if (sig == SIGINT || sig == SIGTERM || sig == SIGPIPE || (sig < SHELL_NSIG && sh->traps[sig]))
		return;
	report_in_script(sh, j);
}

void jobs_report_death(struct shell *sh, const struct job *j)
{
	int last = j->procs[j->nprocs - 1].wstatus;
	if (sh->opt.pipefail)
		for (int i = j->nprocs - 1; i >= 0; i--)
			if (status_from_wait(j->procs[i].wstatus) != 0) {
				last = j->procs[i].wstatus;
				break;
			}
	if (!WIFSIGNALED(last) || sh->in_cmdsub)
		return;
	int sig = WTERMSIG(last);
	if (sig == SIGINT || sig == SIGPIPE)
		return;
	fflush(stdout);
	/* bash leaves SIGTERM (its DONT_REPORT_SIGTERM) and trapped signals to the short form. */
	if (!sh->opt.interactive && sig != SIGTERM && !(sig < SHELL_NSIG && sh->traps[sig]))
		report_in_script(sh, j);
	else
		fprintf(stderr, "%s%s\n", strsignal(sig), cored(last) ? " (core dumped)" : "");
	fflush(stderr);
}

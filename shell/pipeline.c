/* pipeline.c - pipe plumbing, background jobs and subshells: fork each stage; never leak an fd. */
/* _GNU_SOURCE: pipe2(2) creates both pipe ends close-on-exec in one call (Linux). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../parser/ast.h"
#include "error.h"
#include "eval.h"
#include "exec_internal.h"
#include "jobs.h"
#include "redir.h"
#include "shell.h"
#include "signals.h"
#include "spawn.h"
#include "xalloc.h"

int wait_foreground_child(struct shell *sh, pid_t pid, pid_t pgid, const struct node *n)
{
	char *text = sh->job_control || sh->opt.jobtrace ? node_text(n) : NULL;
	struct job *j = jobs_add(sh, sh->job_control ? pgid : 0, &pid, 1, text, false);
	free(text);
	j->node = n;
	return jobs_wait_foreground(sh, j);
}

/* Makes a pipe whose ends are both above stdio (pipe() may return 0 or 1 when
 * those are closed), close-on-exec. */
static int make_pipe(struct shell *sh, int p[2])
{
	if (pipe2(p, O_CLOEXEC) < 0) {
		sh_perror(sh, "pipe");
		return -1;
	}
	for (int i = 0; i < 2; i++)
		if (p[i] <= 2) {
			int moved = fd_move_high(p[i]);
			if (moved < 0) {
				sh_perror(sh, "pipe");
				close(p[0]);
				close(p[1]);
				return -1;
			}
			p[i] = moved;
		}
	return 0;
}

/* In a stage, with set -o fdtrace: waits until the shell has started every stage and closed
 * its pipe ends (gate[1] closed everywhere), so the trace can name the peer of each pipe end. */
static void wait_for_all_stages(const int gate[2])
{
	if (gate[0] < 0)
		return;
	close(gate[1]);
	char c;
	while (read(gate[0], &c, 1) < 0 && errno == EINTR)
		continue;
	close(gate[0]);
}

/* In a pipeline stage: wires stdin/stdout to the pipe ends, runs the stage, exits. */
static _Noreturn void run_stage(struct shell *sh, const struct node *cmd, int in_fd, int out_fd, pid_t pgid,
                                const int gate[2])
{
	child_join_job(sh, pgid, true);
	if (in_fd >= 0) {
		dup2(in_fd, 0);
		close(in_fd);
	}
	if (out_fd >= 0) {
		dup2(out_fd, 1);
		close(out_fd);
	}
	wait_for_all_stages(gate);
	sh->pipeline_stage = true;
	exec_tree(sh, cmd, EX_LAST);
	shell_exit(sh, sh->status);
}

/* shopt -s lastpipe: runs cmd in this shell with fd 0 on the pipe end in_fd (taken), then
 * puts back fd 0 from saved (taken; -1: fd 0 was closed); returns its status. */
static int run_last_stage(struct shell *sh, const struct node *cmd, int in_fd, int saved)
{
	dup2(in_fd, 0);
	close(in_fd);
	int status = exec_tree(sh, cmd, 0);
	if (saved >= 0) {
		dup2(saved, 0);
		close(saved);
	} else {
		close(0);
	}
	return status;
}

int exec_pipeline(struct shell *sh, const struct node *n, unsigned flags)
{
	int ncmds = n->u.pipeline.ncmds;
	int status;
	if (ncmds == 1) {
		if (n->u.pipeline.bang)
			sh->errexit_suppressed++;
		status = exec_tree(sh, n->u.pipeline.cmds[0], n->u.pipeline.bang ? 0 : flags);
		if (n->u.pipeline.bang) {
			sh->errexit_suppressed--;
			status = !status;
		}
		return status;
	}
	sh->lineno = n->line;
	pid_t *pids = xcalloc((size_t)ncmds, sizeof(pid_t));
	bool *failed = xcalloc((size_t)ncmds, sizeof(bool));
	pid_t pgid = sh->job_control ? 0 : -1;
	int prev_read = -1;
	int started = 0;
	int gate[2] = { -1, -1 };
	if (sh->opt.fdtrace && make_pipe(sh, gate) < 0)
		gate[0] = gate[1] = -1;
	/* shopt -s lastpipe without job control: the last stage runs in this shell (bash), with
	 * fd 0 saved first (when it cannot be, the stage is forked as usual) */
	int forked = ncmds, saved0 = -1;
	if (sh->shopt.lastpipe && !sh->job_control &&
	    (fcntl(0, F_GETFD) < 0 || (saved0 = fd_dup_high(0)) >= 0))
		forked = ncmds - 1;
	for (int i = 0; i < forked; i++) {
		int p[2] = { -1, -1 };
		if (i < ncmds - 1 && make_pipe(sh, p) < 0)
			break;
		pid_t pid = 0;
		int spawned = spawn_stage(sh, n->u.pipeline.cmds[i], prev_read, p[1], pgid, &pid);
		if (spawned == 0) {
			pid = shell_fork(sh);
			if (pid < 0) {
				if (p[0] >= 0) {
					close(p[0]);
					close(p[1]);
				}
				break;
			}
			if (pid == 0) {
				if (p[0] >= 0)
					close(p[0]);
				run_stage(sh, n->u.pipeline.cmds[i], prev_read, p[1], pgid > 0 ? pgid : 0, gate);
			}
		}
		failed[started] = spawned < 0;
		if (spawned >= 0 && sh->job_control) {
			if (pgid <= 0)
				pgid = pid;
			setpgid(pid, pgid);
		}
		pids[started++] = spawned < 0 ? 0 : pid;
		if (prev_read >= 0)
			close(prev_read);
		if (p[1] >= 0)
			close(p[1]);
		prev_read = p[0];
	}
	bool in_shell = forked < ncmds && started == forked;
	if (prev_read >= 0 && !in_shell)
		close(prev_read);
	if (saved0 >= 0 && !in_shell)
		close(saved0);
	if (gate[0] >= 0) {
		close(gate[0]);
		close(gate[1]);
	}
	if (started == 0) {
		/* Not even the first stage could start (no pipe, no process): there is no job. */
		free(pids);
		free(failed);
		sh->pipestatus[0] = 1;
		sh->npipestatus = 1;
		return n->u.pipeline.bang ? 0 : 1;
	}
	if (in_shell)
		failed[started++] = true;  /* its place in the job, filled in once it has run */
	char *text = sh->job_control || sh->opt.jobtrace ? node_text(n) : NULL;
	struct job *j = jobs_add(sh, pgid > 0 ? pgid : 0, pids, started, text, false);
	free(text);
	free(pids);
	for (int i = 0; i < started; i++)
		if (failed[i]) {
			j->procs[i].done = true;
			j->procs[i].wstatus = 1 << 8;
		}
	free(failed);
	if (in_shell)
		j->procs[started - 1].wstatus = (run_last_stage(sh, n->u.pipeline.cmds[ncmds - 1], prev_read, saved0) & 0xff) << 8;
	if (sh->job_control) {
		char **texts = xcalloc((size_t)started, sizeof(char *));
		for (int i = 0; i < started; i++)
			texts[i] = node_text(n->u.pipeline.cmds[i]);
		jobs_set_proc_texts(j, texts);
		for (int i = 0; i < started; i++)
			free(texts[i]);
		free(texts);
	}
	if (started == ncmds) {
		j->node = n;
		status = jobs_wait_foreground(sh, j);
	} else {
		/* A stage could not be started: wait for the others, then fail. */
		jobs_wait_job(sh, j);
		jobs_remove(sh, j);
		status = 1;
	}
	if (n->u.pipeline.bang)
		status = !status;
	(void)flags;
	return status;
}

int exec_background(struct shell *sh, const struct node *n)
{
	pid_t pid = shell_fork_async(sh);
	if (pid < 0)
		return 1;
	if (pid == 0) {
		child_join_job(sh, 0, false);
		if (!sh->forked_with_job_control) {
			/* POSIX: without job control an async list reads /dev/null (and ignores
			 * SIGINT and SIGQUIT: done by shell_fork_async). */
			int fd = open("/dev/null", O_RDONLY);
			if (fd >= 0 && fd != 0) {
				dup2(fd, 0);
				close(fd);
			}
		}
		exec_tree(sh, n, EX_LAST);
		shell_exit(sh, sh->status);
	}
	if (sh->job_control)
		setpgid(pid, pid);
	char *text = node_text(n);
	struct job *j = jobs_add(sh, sh->job_control ? pid : 0, &pid, 1, text, true);
	free(text);
	jobs_reap(sh);
	if (!sh->opt.interactive)
		signals_reap_children();
	sh->last_bg = pid;
	if (sh->opt.interactive) {
		fprintf(stderr, "[%d] %d\n", j->id, (int)pid);
		fflush(stderr);
	}
	return 0;
}

int exec_subshell(struct shell *sh, const struct node *n, unsigned flags)
{
	if ((flags & EX_LAST) && !sh->traps[0]) {
		if (redirs_apply(sh, n->redirs, NULL) < 0)
			shell_exit(sh, 1);
		exec_tree(sh, n->u.group.body, EX_LAST);
		shell_exit(sh, sh->status);
	}
	sh->lineno = n->line;
	pid_t pid = shell_fork(sh);
	if (pid < 0)
		return 1;
	if (pid == 0) {
		child_join_job(sh, 0, true);
		if (redirs_apply(sh, n->redirs, NULL) < 0)
			shell_exit(sh, 1);
		exec_tree(sh, n->u.group.body, EX_LAST);
		shell_exit(sh, sh->status);
	}
	if (sh->job_control)
		setpgid(pid, pid);
	return wait_foreground_child(sh, pid, pid, n);
}

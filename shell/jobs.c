/* jobs.c - the job table; job state is derived from its processes. */
#include "jobs.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

/* WCOREDUMP is not POSIX; bit 0x80 of a wait status is the core flag on Linux. */

#include "error.h"
#include "interrupt.h"
#include "procsub.h"
#include "trace.h"
#include "shell.h"
#include "signals.h"
#include "spawn.h"
#include "termsize.h"
#include "xalloc.h"

enum { RECENT_MAX = 1024, DONE_JOBS_KEPT = 256 };

struct recent_status {
	pid_t pid;
	int status;
};

struct job_table {
	struct job *head;
	unsigned long seq;
	struct recent_status *recent;  /* RECENT_MAX entries, allocated on first use */
	int nrecent;
};

void jobs_init(struct shell *sh)
{
	sh->jobs = xcalloc(1, sizeof(struct job_table));
}

static void job_free(struct job *j)
{
	free(j->tmodes);
	for (int i = 0; i < j->nprocs; i++)
		free(j->procs[i].text);
	free(j->procs);
	free(j->text);
	free(j);
}

void jobs_free(struct shell *sh)
{
	if (!sh->jobs)
		return;
	for (struct job *j = sh->jobs->head, *next; j; j = next) {
		next = j->next;
		job_free(j);
	}
	free(sh->jobs->recent);
	free(sh->jobs);
	sh->jobs = NULL;
}

struct job *jobs_first(struct shell *sh)
{
	return sh->jobs->head;
}

struct job *jobs_add(struct shell *sh, pid_t pgid, const pid_t *pids, int n, const char *text,
                     bool background)
{
	struct job_table *t = sh->jobs;
	struct job *j = xcalloc(1, sizeof(*j));
	j->pgid = pgid;
	j->nprocs = n;
	j->procs = xcalloc((size_t)n, sizeof(*j->procs));
	for (int i = 0; i < n; i++)
		j->procs[i].pid = pids[i];
	j->text = xstrdup(text ? text : "");
	j->background = background;
	j->seq = ++t->seq;
	int id = 1;
	struct job **tail = &t->head;
	for (struct job *k = t->head; k; k = k->next) {
		if (k->id >= id)
			id = k->id + 1;
		tail = &k->next;
	}
	j->id = id;
	*tail = j;
	if (sh->opt.jobtrace) {
		char members[256] = "";
		size_t len = 0;
		for (int i = 0; i < n && len < sizeof(members) - 16; i++)
			len += (size_t)snprintf(members + len, sizeof(members) - len, "%s%ld", i ? " " : "", (long)pids[i]);
		if (pgid > 0)
			trace_job(sh, "job %d created (%s): pgid %ld, processes %s: %s", id,
			          background ? "background" : "foreground", (long)pgid, members, j->text);
		else
			trace_job(sh, "job %d created (%s): no job control, in the shell's pgid %ld, processes %s: %s", id,
			          background ? "background" : "foreground", (long)getpgrp(), members, j->text);
	}
	return j;
}

void jobs_set_proc_texts(struct job *j, char **texts)
{
	for (int i = 0; i < j->nprocs; i++)
		j->procs[i].text = texts[i] ? xstrdup(texts[i]) : NULL;
}

bool jobs_any_stopped(struct shell *sh)
{
	for (struct job *j = sh->jobs->head; j; j = j->next)
		if (job_state(j) == JOB_STOPPED)
			return true;
	return false;
}

void jobs_hangup(struct shell *sh, bool running_too)
{
	for (struct job *j = sh->jobs->head; j; j = j->next) {
		if (job_state(j) == JOB_DONE || j->pgid <= 0)
			continue;
		bool stopped = job_state(j) == JOB_STOPPED;
		if (!stopped && !running_too)
			continue;
		/* Continued first, then hung up: a stopped process sent SIGHUP first was seen, under
		 * load, to stay alive after its SIGCONT. */
		int cont = stopped ? kill(-j->pgid, SIGCONT) : 0;
		int hup = kill(-j->pgid, SIGHUP);
		if (sh->opt.jobtrace)
			trace_job(sh, "hangup: SIGHUP%s to job %d (pgid %ld)%s", stopped ? " and SIGCONT" : "", j->id,
			          (long)j->pgid, hup < 0 || cont < 0 ? ": failed" : "");
	}
}

enum job_state job_state(const struct job *j)
{
	bool any_stopped = false;
	for (int i = 0; i < j->nprocs; i++) {
		if (j->procs[i].stopped)
			any_stopped = true;
		else if (!j->procs[i].done)
			return JOB_RUNNING;
	}
	return any_stopped ? JOB_STOPPED : JOB_DONE;
}

int job_status(const struct shell *sh, const struct job *j)
{
	int status = status_from_wait(j->procs[j->nprocs - 1].wstatus);
	if (sh->opt.pipefail)
		for (int i = j->nprocs - 1; i >= 0; i--) {
			int s = status_from_wait(j->procs[i].wstatus);
			if (s != 0)
				return s;
		}
	return status;
}

static void remember(struct job_table *t, pid_t pid, int status)
{
	if (!t->recent)
		t->recent = xcalloc(RECENT_MAX, sizeof(*t->recent));
	if (t->nrecent == RECENT_MAX) {
		memmove(t->recent, t->recent + RECENT_MAX / 2, RECENT_MAX / 2 * sizeof(*t->recent));
		t->nrecent = RECENT_MAX / 2;
	}
	t->recent[t->nrecent++] = (struct recent_status){ pid, status };
}

/* Records a waitpid result; returns false when no job owns pid. */
static bool record(struct shell *sh, pid_t pid, int wstatus)
{
	for (struct job *j = sh->jobs->head; j; j = j->next)
		for (int i = 0; i < j->nprocs; i++) {
			struct job_proc *p = &j->procs[i];
			if (p->pid != pid)
				continue;
			p->wstatus = wstatus;
			if (sh->opt.jobtrace) {
				char what[64];
				trace_describe_wait(wstatus, what, sizeof(what));
				trace_job(sh, "waitpid: pid %ld of job %d %s", (long)pid, j->id, what);
			}
			if (WIFSTOPPED(wstatus)) {
				p->stopped = true;
			} else if (WIFCONTINUED(wstatus)) {
				p->stopped = false;
			} else {
				p->stopped = false;
				p->done = true;
			}
			j->notified = false;
			return true;
		}
	return false;
}

/* In a non-interactive shell, finished background jobs beyond a limit are dropped
 * (their statuses stay available to wait PID). */
static void trim_done_jobs(struct shell *sh)
{
	if (sh->opt.interactive)
		return;
	int done = 0;
	for (struct job *j = sh->jobs->head; j; j = j->next)
		done += job_state(j) == JOB_DONE;
	struct job *j = sh->jobs->head;
	while (j && done > DONE_JOBS_KEPT) {
		struct job *next = j->next;
		if (job_state(j) == JOB_DONE) {
			jobs_remove(sh, j);
			done--;
		}
		j = next;
	}
}

void jobs_reap(struct shell *sh)
{
	int flags = WNOHANG | (sh->job_control ? WUNTRACED | WCONTINUED : 0);
	for (;;) {
		int wstatus;
		pid_t pid = waitpid(-1, &wstatus, flags);
		if (pid <= 0) {
			if (pid < 0 && errno == EINTR)
				continue;
			break;
		}
		if (!record(sh, pid, wstatus))
			remember(sh->jobs, pid, status_from_wait(wstatus));
	}
	trim_done_jobs(sh);
}

void jobs_reap_background(struct shell *sh)
{
	int flags = WNOHANG | (sh->job_control ? WUNTRACED | WCONTINUED : 0);
	for (struct job *j = sh->jobs->head; j; j = j->next) {
		if (!j->background)
			continue;
		for (int i = 0; i < j->nprocs; i++) {
			pid_t pid = j->procs[i].pid, r;
			int wstatus;
			if (j->procs[i].done)
				continue;
			do
				r = waitpid(pid, &wstatus, flags);
			while (r < 0 && errno == EINTR);
			if (r == pid)
				record(sh, pid, wstatus);
		}
	}
	trim_done_jobs(sh);
}

void jobs_remember(struct shell *sh, pid_t pid, int status)
{
	remember(sh->jobs, pid, status);
}

int jobs_take_status(struct shell *sh, pid_t pid)
{
	struct job_table *t = sh->jobs;
	for (int i = t->nrecent - 1; i >= 0; i--)
		if (t->recent[i].pid == pid)
			return t->recent[i].status;
	return STATUS_NOTFOUND;
}

/* Waits for one process of j; returns false when interrupted by a trapped signal. */
static bool wait_one(struct shell *sh, struct job_proc *p, bool interruptible)
{
	int flags = sh->job_control ? WUNTRACED : 0;
	for (;;) {
		int wstatus;
		pid_t r = waitpid(p->pid, &wstatus, flags);
		if (r == p->pid) {
			record(sh, r, wstatus);
			return true;
		}
		if (r < 0 && errno == EINTR) {
			if (sig_any_pending && interruptible)
				signals_handle_fatal(sh);
			else if (sig_any_pending)
				signals_fatal_prepare(sh);  /* dies once the foreground job ended */
			if (interruptible && sig_any_pending)
				return false;
			continue;
		}
		/* Already reaped elsewhere (ECHILD): take what is known. */
		p->done = true;
		p->wstatus = (jobs_take_status(sh, p->pid) & 0xff) << 8;
		return true;
	}
}

static void set_pipestatus(struct shell *sh, const struct job *j)
{
	int n = j->nprocs < PIPESTATUS_MAX ? j->nprocs : PIPESTATUS_MAX;
	for (int i = 0; i < n; i++)
		sh->pipestatus[i] = status_from_wait(j->procs[i].wstatus);
	sh->npipestatus = n;
}

void jobs_continue(struct job *j)
{
	for (int i = 0; i < j->nprocs; i++)
		j->procs[i].stopped = false;
	if (j->pgid > 0)
		kill(-j->pgid, SIGCONT);
	else
		for (int i = 0; i < j->nprocs; i++)
			if (!j->procs[i].done)
				kill(j->procs[i].pid, SIGCONT);
}

/* Hands the terminal to j (with its saved modes), continues it when resume, waits. */
static int wait_foreground(struct shell *sh, struct job *j, bool resume)
{
	bool handed = false;
	int status;
	if (sh->job_control && j->pgid > 0 && sh->tty_fd >= 0) {
		handed = tcsetpgrp(sh->tty_fd, j->pgid) == 0;
		if (handed && sh->opt.jobtrace)
			trace_job(sh, "terminal -> job %d (pgid %ld)", j->id, (long)j->pgid);
		if (handed && j->tmodes) {
			tcsetattr(sh->tty_fd, TCSADRAIN, j->tmodes);
			if (sh->opt.jobtrace)
				trace_job(sh, "terminal modes of job %d restored", j->id);
		}
	}
	if (resume)
		jobs_continue(j);  /* only now that it owns the terminal: no new SIGTTIN */
	/* A non-interactive shell acts on SIGINT only once its foreground program ended (dash;
	 * bash waits too), so the program is never orphaned; process substitutions are ended at
	 * once (wait_one), so a program reading one ends too. */
	if (!sh->opt.interactive)
		signals_defer_int(sh);
	for (int i = 0; i < j->nprocs; i++)
		if (!j->procs[i].done && !j->procs[i].stopped)
			wait_one(sh, &j->procs[i], false);
	if (sig_any_pending)
		signals_handle_fatal(sh);
	if (handed) {
		if (job_state(j) == JOB_STOPPED) {
			if (!j->tmodes)
				j->tmodes = xmalloc(sizeof(*j->tmodes));
			if (tcgetattr(sh->tty_fd, j->tmodes) < 0) {
				free(j->tmodes);
				j->tmodes = NULL;
			} else if (sh->opt.jobtrace)
				trace_job(sh, "terminal modes of job %d saved", j->id);
		}
		tcsetpgrp(sh->tty_fd, sh->shell_pgid);
		/* As bash: a job that ended normally may have meant its changes (stty); one that
		 * was stopped or killed leaves the terminal to be put back as the shell had it. */
		const char *modes = "";
		int last = j->procs[j->nprocs - 1].wstatus;
		if (job_state(j) == JOB_DONE && WIFEXITED(last)) {
			sh->have_tmodes = tcgetattr(sh->tty_fd, &sh->tmodes) == 0;
			modes = ", terminal modes kept as the shell's";
		} else if (sh->have_tmodes) {
			tcsetattr(sh->tty_fd, TCSADRAIN, &sh->tmodes);
			modes = ", shell's terminal modes restored";
		}
		if (sh->opt.jobtrace)
			trace_job(sh, "terminal -> shell (pgid %ld)%s", (long)sh->shell_pgid, modes);
	}
	set_pipestatus(sh, j);
	if (sh->opt.interactive && !sh->in_subshell && sh->shopt.checkwinsize)
		termsize_update(sh);  /* the job may have seen a resize */
	if (job_state(j) == JOB_DONE)
		jobs_report_death(sh, j);
	j->node = NULL;  /* a stopped job outlives the tree it came from */
	interrupt_after_job(sh, j);
	if (job_state(j) != JOB_STOPPED) {
		status = job_status(sh, j);
		jobs_remove(sh, j);
		return status;
	}
	j->background = true;
	j->seq = ++sh->jobs->seq;
	sh->stopped_job = j;
	status = STATUS_SIGNAL_BASE + SIGTSTP;
	for (int i = 0; i < j->nprocs; i++)
		if (j->procs[i].stopped) {
			status = STATUS_SIGNAL_BASE + WSTOPSIG(j->procs[i].wstatus);
			break;
		}
	fputc('\n', stderr);
	jobs_print(sh, j, false);
	j->notified = true;
	fflush(stdout);
	return status;
}

int jobs_wait_foreground(struct shell *sh, struct job *j)
{
	return wait_foreground(sh, j, false);
}

int jobs_resume_foreground(struct shell *sh, struct job *j)
{
	return wait_foreground(sh, j, true);
}

int jobs_wait_job(struct shell *sh, struct job *j)
{
	for (int i = 0; i < j->nprocs; i++) {
		if (j->procs[i].done)
			continue;
		if (!wait_one(sh, &j->procs[i], true)) {
			for (int s = 1; s < SHELL_NSIG; s++)
				if (sig_pending[s])
					return STATUS_SIGNAL_BASE + s;
		}
		if (job_state(j) == JOB_STOPPED)
			break;
	}
	return job_status(sh, j);
}

/* True when j is one of only[0..n) (any job when n is 0). */
static bool among(const struct job *j, struct job *const *only, int n)
{
	if (n == 0)
		return true;
	for (int i = 0; i < n; i++)
		if (only[i] == j)
			return true;
	return false;
}

int jobs_wait_next(struct shell *sh, struct job *const *only, int n, pid_t *pid)
{
	int flags = sh->job_control ? WUNTRACED : 0;
	for (;;) {
		struct job *done = NULL;
		bool running = false;
		for (struct job *j = sh->jobs->head; j && !done; j = j->next) {
			if (!among(j, only, n))
				continue;
			if (job_state(j) == JOB_DONE)
				done = j;
			else
				running |= job_state(j) == JOB_RUNNING;
		}
		if (done) {
			int status = job_status(sh, done);
			*pid = done->procs[done->nprocs - 1].pid;
			jobs_report_background_death(sh, done);
			jobs_remove(sh, done);
			return status;
		}
		if (!running)
			return STATUS_NOTFOUND;
		int wstatus;
		pid_t r = waitpid(-1, &wstatus, flags);
		if (r < 0 && errno == EINTR) {
			if (sig_any_pending)
				signals_handle_fatal(sh);
			for (int sig = 1; sig < SHELL_NSIG; sig++)
				if (sig_pending[sig])
					return STATUS_SIGNAL_BASE + sig;
			continue;
		}
		if (r < 0)
			return STATUS_NOTFOUND;  /* no child left (ECHILD) */
		if (!record(sh, r, wstatus))
			remember(sh->jobs, r, status_from_wait(wstatus));
	}
}

void jobs_remove(struct shell *sh, struct job *j)
{
	if (sh->stopped_job == j)
		sh->stopped_job = NULL;
	if (j->procsubs) {
		struct procsub *list = j->procsubs;
		j->procsubs = NULL;
		procsub_finish_detached(sh, list);
	}
	for (int i = 0; i < j->nprocs; i++)
		if (j->procs[i].done)
			remember(sh->jobs, j->procs[i].pid, status_from_wait(j->procs[i].wstatus));
	for (struct job **pp = &sh->jobs->head; *pp; pp = &(*pp)->next)
		if (*pp == j) {
			*pp = j->next;
			job_free(j);
			return;
		}
}

struct job *jobs_find_pid(struct shell *sh, pid_t pid)
{
	for (struct job *j = sh->jobs->head; j; j = j->next)
		for (int i = 0; i < j->nprocs; i++)
			if (j->procs[i].pid == pid)
				return j;
	return NULL;
}

struct job *jobs_current(struct shell *sh)
{
	struct job *best = NULL;
	for (struct job *j = sh->jobs->head; j; j = j->next)
		if (j->background && (!best || j->seq > best->seq))
			best = j;
	return best;
}

struct job *jobs_previous(struct shell *sh)
{
	struct job *cur = jobs_current(sh), *best = NULL;
	for (struct job *j = sh->jobs->head; j; j = j->next)
		if (j != cur && j->background && (!best || j->seq > best->seq))
			best = j;
	return best;
}

struct job *jobs_find_spec(struct shell *sh, const char *spec, const char *who)
{
	struct job *found = NULL;
	const char *s = spec[0] == '%' ? spec + 1 : spec;
	if (!*s || !strcmp(s, "+") || !strcmp(s, "%")) {
		found = jobs_current(sh);
	} else if (!strcmp(s, "-")) {
		found = jobs_previous(sh);
	} else if (*s >= '0' && *s <= '9') {
		char *end;
		long id = strtol(s, &end, 10);
		for (struct job *j = sh->jobs->head; j && !*end; j = j->next)
			if (j->id == id)
				found = j;
	} else {
		bool substring = *s == '?';
		const char *needle = substring ? s + 1 : s;
		for (struct job *j = sh->jobs->head; j; j = j->next) {
			bool hit = substring ? strstr(j->text, needle) != NULL
			                     : strncmp(j->text, needle, strlen(needle)) == 0;
			if (!hit)
				continue;
			if (found) {
				sh_error(sh, "%s: %s: ambiguous job spec", who, spec);
				return NULL;
			}
			found = j;
		}
	}
	if (!found)
		sh_error(sh, "%s: %s: no such job", who, spec);
	return found;
}

/* Describes a job's state as bash does: Running, Stopped, Done, Exit N, Terminated... */
static void describe_state(const struct job *j, char *buf, size_t size)
{
	switch (job_state(j)) {
	case JOB_RUNNING:
		snprintf(buf, size, "Running");
		return;
	case JOB_STOPPED:
		for (int i = 0; i < j->nprocs; i++) {
			if (!j->procs[i].stopped)
				continue;
			int sig = WSTOPSIG(j->procs[i].wstatus);
			snprintf(buf, size, "%s", sig == SIGTSTP ? "Stopped" : sig == SIGSTOP ? "Stopped (signal)"
			         : sig == SIGTTIN ? "Stopped (tty input)" : sig == SIGTTOU ? "Stopped (tty output)"
			         : "Stopped");
			return;
		}
		snprintf(buf, size, "Stopped");
		return;
	case JOB_DONE: {
		int w = j->procs[j->nprocs - 1].wstatus;
		if (WIFSIGNALED(w))
			snprintf(buf, size, "%s%s", strsignal(WTERMSIG(w)), (w & 0x80) ? " (core dumped)" : "");
		else if (WEXITSTATUS(w))
			snprintf(buf, size, "Exit %d", WEXITSTATUS(w));
		else
			snprintf(buf, size, "Done");
		return;
	}
	}
}

void jobs_print(struct shell *sh, struct job *j, bool with_pids)
{
	char state[64];
	describe_state(j, state, sizeof(state));
	char mark = j == jobs_current(sh) ? '+' : j == jobs_previous(sh) ? '-' : ' ';
	const char *amp = job_state(j) == JOB_RUNNING ? " &" : "";
	if (with_pids && j->nprocs > 1 && j->procs[0].text) {
		printf("[%d]%c %d %-24s%s\n", j->id, mark, (int)j->procs[0].pid, state, j->procs[0].text);
		for (int i = 1; i < j->nprocs; i++)
			printf("     %d%*s| %s%s\n", (int)j->procs[i].pid, 25, "",
			       j->procs[i].text ? j->procs[i].text : "", i == j->nprocs - 1 ? amp : "");
	} else if (with_pids)
		printf("[%d]%c %d %-24s%s%s\n", j->id, mark, (int)j->procs[0].pid, state, j->text, amp);
	else
		printf("[%d]%c  %-24s%s%s\n", j->id, mark, state, j->text, amp);
}

void jobs_notify(struct shell *sh)
{
	jobs_reap(sh);
	if (!sh->opt.interactive && !sh->job_control)
		return;
	for (struct job *j = sh->jobs->head, *next; j; j = next) {
		next = j->next;
		if (j->notified || !j->background)
			continue;
		enum job_state st = job_state(j);
		if (st == JOB_RUNNING)
			continue;
		if (sh->opt.jobtrace)
			trace_job(sh, "notify: job %d %s", j->id, st == JOB_DONE ? "done" : "stopped");
		jobs_print(sh, j, false);
		j->notified = true;
		if (st == JOB_DONE)
			jobs_remove(sh, j);
	}
	fflush(stdout);
}

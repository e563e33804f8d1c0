/* jobctl.c - jobs, fg, bg, wait, disown. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../parser/arena.h"
#include "../shell/error.h"
#include "../shell/jobs.h"
#include "../shell/shell.h"
#include "../shell/signals.h"
#include "../shell/vars.h"
#include "args.h"
#include "builtins.h"

int bi_jobs(struct shell *sh, int argc, char **argv)
{
	bool pids = false, only_pids = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++)
		for (const char *p = argv[i] + 1; *p; p++) {
			if (*p == 'l')
				pids = true;
			else if (*p == 'p')
				only_pids = true;
			else {
				sh_error(sh, "jobs: -%c: invalid option", *p);
				fputs("jobs: usage: jobs [-lp] [jobspec ...]\n", stderr);
				return 2;
			}
		}
	jobs_reap(sh);
	int status = 0;
	for (struct job *j = jobs_first(sh), *next; j; j = next) {
		next = j->next;
		if (!j->background)
			continue;
		if (i < argc) {
			bool wanted = false;
			for (int k = i; k < argc; k++)
				wanted |= jobs_find_spec(sh, argv[k], "jobs") == j;
			if (!wanted)
				continue;
		}
		if (only_pids) {
			/* bash: the process group leader's pid */
			printf("%d\n", (int)(j->pgid > 0 ? j->pgid : j->procs[0].pid));
			continue;
		}
		jobs_print(sh, j, pids);
		if (job_state(j) == JOB_DONE)
			jobs_remove(sh, j);
		else
			j->notified = true;
	}
	return status;
}

int bi_fg(struct shell *sh, int argc, char **argv)
{
	if (!sh->job_control) {
		sh_error(sh, "fg: no job control");
		return 1;
	}
	jobs_reap(sh);
	struct job *j = jobs_find_spec(sh, argc > 1 ? argv[1] : "%+", "fg");
	if (!j)
		return 1;
	printf("%s\n", j->text);
	fflush(stdout);
	j->background = false;
	return jobs_resume_foreground(sh, j);
}

int bi_bg(struct shell *sh, int argc, char **argv)
{
	if (!sh->job_control) {
		sh_error(sh, "bg: no job control");
		return 1;
	}
	jobs_reap(sh);
	int status = 0;
	int n = argc > 1 ? argc - 1 : 1;
	for (int k = 0; k < n; k++) {
		struct job *j = jobs_find_spec(sh, argc > 1 ? argv[k + 1] : "%+", "bg");
		if (!j) {
			status = 1;
			continue;
		}
		if (job_state(j) == JOB_RUNNING) {
			sh_error(sh, "bg: job %d already in background", j->id);
			continue;
		}
		jobs_continue(j);
		j->background = true;
		printf("[%d]%s %s &\n", j->id, j == jobs_current(sh) ? "+" : j == jobs_previous(sh) ? "-" : " ", j->text);
	}
	return status;
}

/* The job that wait's operand arg names (%spec or a pid); NULL with *status set (after a
 * message, or the remembered status of a pid that no job holds any more). */
static struct job *job_of_operand(struct shell *sh, const char *arg, int *status)
{
	if (arg[0] == '%') {
		struct job *j = jobs_find_spec(sh, arg, "wait");
		if (!j)
			*status = STATUS_NOTFOUND;
		return j;
	}
	int pid;
	if (arg_to_int(arg, &pid) < 0 || pid <= 0) {
		sh_error(sh, "wait: `%s': not a pid or valid job spec", arg);
		*status = 2;
		return NULL;
	}
	struct job *j = jobs_find_pid(sh, pid);
	if (!j) {
		*status = jobs_take_status(sh, pid);
		if (*status == STATUS_NOTFOUND)
			sh_error(sh, "wait: pid %d is not a child of this shell", pid);
	}
	return j;
}

/* wait -n [ids]: the next of the jobs ids name (any job without ids) to end; its pid goes
 * to pid_var (-p) when given. */
static int wait_next(struct shell *sh, int n, char **ids, const char *pid_var)
{
	struct job **only = arena_alloc(sh->cmd_arena, (size_t)(n ? n : 1) * sizeof(*only));
	int k = 0, status = STATUS_NOTFOUND;
	for (int i = 0; i < n; i++) {
		struct job *j = job_of_operand(sh, ids[i], &status);
		if (j)
			only[k++] = j;
	}
	if (n > 0 && k == 0)
		return STATUS_NOTFOUND;
	pid_t pid = 0;
	status = jobs_wait_next(sh, only, k, &pid);
	if (pid_var && pid > 0) {
		char buf[24];
		snprintf(buf, sizeof(buf), "%ld", (long)pid);
		if (shell_setvar(sh, pid_var, buf) < 0)
			return 1;
	}
	return status;
}

int bi_wait(struct shell *sh, int argc, char **argv)
{
	/* bash's options: -n waits for the next job to end, -p VAR names its pid, -f (wait
	 * until the job ends, not only stops) is what this wait does anyway */
	bool next = false;
	const char *pid_var = NULL;
	int first = 1;
	for (; first < argc && argv[first][0] == '-' && argv[first][1]; first++) {
		if (!strcmp(argv[first], "--")) {
			first++;
			break;
		}
		if (!strcmp(argv[first], "-n")) {
			next = true;
		} else if (!strcmp(argv[first], "-p") && first + 1 < argc) {
			pid_var = argv[++first];
		} else if (strcmp(argv[first], "-f") != 0) {
			sh_error(sh, "wait: %s: invalid option", argv[first]);
			return 2;
		}
	}
	if (next)
		return wait_next(sh, argc - first, argv + first, pid_var);
	if (argc <= first) {
		for (;;) {
			struct job *j = jobs_first(sh);
			while (j && (job_state(j) != JOB_RUNNING))
				j = j->next;
			if (!j)
				break;
			int st = jobs_wait_job(sh, j);
			if (st > 128 && sig_any_pending)
				return st;
		}
		jobs_reap(sh);
		for (struct job *j = jobs_first(sh), *next_job; j; j = next_job) {
			next_job = j->next;
			if (job_state(j) == JOB_DONE && !sh->opt.interactive) {
				jobs_report_background_death(sh, j);
				jobs_remove(sh, j);
			}
		}
		return 0;
	}
	int status = 0;
	for (int i = first; i < argc; i++) {
		struct job *j = job_of_operand(sh, argv[i], &status);
		if (!j)
			continue;
		status = jobs_wait_job(sh, j);
		if (job_state(j) == JOB_DONE) {
			jobs_report_background_death(sh, j);
			jobs_remove(sh, j);
		}
	}
	return status;
}

int bi_disown(struct shell *sh, int argc, char **argv)
{
	jobs_reap(sh);
	if (argc <= 1) {
		struct job *j = jobs_current(sh);
		if (!j) {
			sh_error(sh, "disown: current: no such job");
			return 1;
		}
		jobs_remove(sh, j);
		return 0;
	}
	int status = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-a")) {
			for (struct job *j = jobs_first(sh), *next; j; j = next) {
				next = j->next;
				jobs_remove(sh, j);
			}
			continue;
		}
		struct job *j = jobs_find_spec(sh, argv[i], "disown");
		if (!j)
			status = 1;
		else
			jobs_remove(sh, j);
	}
	return status;
}

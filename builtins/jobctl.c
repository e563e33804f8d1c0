/* jobctl.c - jobs, fg, bg, wait, disown. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../shell/error.h"
#include "../shell/jobs.h"
#include "../shell/shell.h"
#include "../shell/signals.h"
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

int bi_wait(struct shell *sh, int argc, char **argv)
{
	if (argc <= 1) {
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
		for (struct job *j = jobs_first(sh), *next; j; j = next) {
			next = j->next;
			if (job_state(j) == JOB_DONE && !sh->opt.interactive) {
				jobs_report_background_death(sh, j);
				jobs_remove(sh, j);
			}
		}
		return 0;
	}
	int status = 0;
	for (int i = 1; i < argc; i++) {
		struct job *j;
		if (argv[i][0] == '%') {
			j = jobs_find_spec(sh, argv[i], "wait");
			if (!j) {
				status = 127;
				continue;
			}
		} else {
			int pid;
			if (arg_to_int(argv[i], &pid) < 0 || pid <= 0) {
				sh_error(sh, "wait: `%s': not a pid or valid job spec", argv[i]);
				status = 2;
				continue;
			}
			j = jobs_find_pid(sh, pid);
			if (!j) {
				status = jobs_take_status(sh, pid);
				if (status == 127)
					sh_error(sh, "wait: pid %d is not a child of this shell", pid);
				continue;
			}
		}
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

/* spawn.c - fork helpers with the parent/child split explicit. */
#include "spawn.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "error.h"
#include "jobs.h"
#include "procsub.h"
#include "shell.h"
#include "signals.h"

pid_t shell_fork(struct shell *sh)
{
	fflush(stdout);
	fflush(stderr);
	/* Every signal stays blocked across the fork until the child has put its dispositions
	 * back to default: one arriving in between (a SIGHUP or SIGINT for the new job) would
	 * otherwise only set the parent's flag in the child and be lost. */
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_SETMASK, &all, &old);
	pid_t pid = fork();
	if (pid < 0) {
		int e = errno;
		sigprocmask(SIG_SETMASK, &old, NULL);
		errno = e;
		sh_perror(sh, "fork");
		return -1;
	}
	if (pid == 0) {
		sh->in_subshell = true;
		/* A subshell does no job control of its own (it would fight its parent for the
		 * terminal); child_join_job still puts it in its job's process group. */
		sh->forked_with_job_control = sh->job_control;
		sh->job_control = false;
		signals_child_reset(sh);  /* ends by unblocking: pending signals act now */
		procsub_forget(sh);
		return 0;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	return pid;
}

int status_from_wait(int wstatus)
{
	if (WIFEXITED(wstatus))
		return WEXITSTATUS(wstatus);
	if (WIFSIGNALED(wstatus))
		return STATUS_SIGNAL_BASE + WTERMSIG(wstatus);
	if (WIFSTOPPED(wstatus))
		return STATUS_SIGNAL_BASE + WSTOPSIG(wstatus);
	return 1;
}

int shell_wait_pid(struct shell *sh, pid_t pid)
{
	int wstatus;
	for (;;) {
		pid_t r = waitpid(pid, &wstatus, 0);
		if (r == pid)
			return status_from_wait(wstatus);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 && errno == ECHILD)
			return jobs_take_status(sh, pid);
		return 1;
	}
}

int spawn_program(struct shell *sh, const char *path, char **argv, char **env, pid_t pgid, pid_t *pid)
{
	(void)sh;
	posix_spawnattr_t attr;
	sigset_t defaults, none;
	int err = posix_spawnattr_init(&attr);
	if (err)
		return err;
	signals_caught_set(&defaults);
	sigemptyset(&none);
	short flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | (pgid >= 0 ? POSIX_SPAWN_SETPGROUP : 0);
	posix_spawnattr_setflags(&attr, flags);
	posix_spawnattr_setsigdefault(&attr, &defaults);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setpgroup(&attr, pgid >= 0 ? pgid : 0);
	fflush(stdout);
	fflush(stderr);
	err = posix_spawn(pid, path, NULL, &attr, argv, env);
	posix_spawnattr_destroy(&attr);
	return err;
}

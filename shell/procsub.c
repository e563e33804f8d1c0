/* procsub.c - <(...) and >(...) with mkfifo in a private directory; guaranteed cleanup.
 * _GNU_SOURCE: prctl(PR_SET_PDEATHSIG), a Linux call, tells the clean-up process left
 * behind by `exec` when the program that replaced the shell is gone; close_range (Linux). */
#define _GNU_SOURCE
#include "procsub.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../parser/arena.h"
#include "error.h"
#include "eval.h"
#include "exec_internal.h"
#include "jobs.h"
#include "shell.h"
#include "signals.h"
#include "spawn.h"
#include "vars.h"
#include "xalloc.h"

struct procsub {
	pid_t pid;
	char *path;      /* malloc'd */
	dev_t dev;       /* the FIFO made for it: only that one is ever opened */
	ino_t ino;
	bool output;     /* >(...): the child reads the FIFO */
	struct procsub *next;
};

/* True when another user could rename entries of dir: writable by group or others without
 * the sticky bit (then the private directory could be swapped for theirs). */
static bool unsafe_tmpdir(const char *dir)
{
	struct stat st;
	return stat(dir, &st) == 0 && (st.st_mode & (S_IWGRP | S_IWOTH)) && !(st.st_mode & S_ISVTX);
}

/* Makes the private directory on first use; returns -1 after a message. */
static int ensure_dir(struct shell *sh)
{
	if (sh->procsub_dir) {
		signals_cleanup_on_fatal(sh);  /* again in a subshell: its reset dropped them */
		return 0;
	}
	const char *tmp = shell_getvar(sh, "TMPDIR");
	if (!tmp || !*tmp)
		tmp = "/tmp";
	if (unsafe_tmpdir(tmp)) {
		sh_error(sh, "process substitution: TMPDIR %s is writable by others and not sticky: using /tmp", tmp);
		tmp = "/tmp";
	}
	size_t n = strlen(tmp) + sizeof("/minish-XXXXXX");
	char *templ = xmalloc(n);
	snprintf(templ, n, "%s/minish-XXXXXX", tmp);
	if (!mkdtemp(templ)) {
		sh_perror(sh, "process substitution: cannot make a directory in %s", tmp);
		free(templ);
		return -1;
	}
	sh->procsub_dir = templ;
	sh->procsub_dir_owner = getpid();
	signals_cleanup_on_fatal(sh);
	return 0;
}

/* Opens the FIFO at path for flags, refusing anything but the one made (dev, ino), owned by
 * this user: never a link put in its place. -1 with errno set (EPERM for a stranger). */
static int open_own_fifo(const char *path, int flags, dev_t dev, ino_t ino)
{
	int fd = open(path, flags | O_NOFOLLOW | O_CLOEXEC);
	struct stat st;
	if (fd >= 0 && (fstat(fd, &st) < 0 || !S_ISFIFO(st.st_mode) || st.st_dev != dev ||
	                st.st_ino != ino || st.st_uid != geteuid())) {
		close(fd);
		errno = EPERM;
		return -1;
	}
	return fd;
}

/* In the child: connects the FIFO to stdin or stdout and runs body. */
static _Noreturn void run_child(struct shell *sh, const struct node *body, const struct procsub *p,
                                pid_t pgid)
{
	setpgid(0, pgid);
	int fd = open_own_fifo(p->path, p->output ? O_RDONLY : O_WRONLY, p->dev, p->ino);
	if (fd < 0 && errno == ENOENT)
		shell_exit(sh, 1);  /* the command finished without opening it: nothing to do */
	if (fd < 0) {
		sh_perror(sh, "process substitution: %s", p->path);
		shell_exit(sh, 1);
	}
	bool output = p->output;
	int target = output ? 0 : 1;
	if (fd != target) {
		dup2(fd, target);
		close(fd);
	}
	exec_tree(sh, body, EX_LAST);
	shell_exit(sh, sh->status);
}

char *procsub_start(struct shell *sh, const struct node *body, bool output)
{
	if (ensure_dir(sh) < 0)
		return NULL;
	size_t n = strlen(sh->procsub_dir) + 48;
	char *path = xmalloc(n);
	snprintf(path, n, "%s/ps%ld-%u", sh->procsub_dir, (long)getpid(), sh->procsub_seq++);
	struct stat st;
	if (mkfifo(path, 0600) < 0 || chmod(path, 0600) < 0 || lstat(path, &st) < 0) {
		sh_perror(sh, "process substitution: mkfifo %s", path);
		unlink(path);
		free(path);
		return NULL;
	}
	struct procsub *p = xcalloc(1, sizeof(*p));
	p->path = path;
	p->output = output;
	p->dev = st.st_dev;
	p->ino = st.st_ino;
	/* With job control the substitutions of a command share one process group, which the
	 * command then joins: Ctrl-C and Ctrl-Z reach them all.  Without, each has its own.
	 * (Decided before the fork: a forked child has job control switched off.) */
	pid_t pgid = sh->job_control ? sh->procsub_pgid : 0;
	pid_t pid = shell_fork(sh);
	if (pid < 0) {
		unlink(path);
		free(path);
		free(p);
		return NULL;
	}
	if (pid == 0)
		run_child(sh, body, p, pgid);
	setpgid(pid, pgid ? pgid : pid);
	if (sh->job_control && !sh->procsub_pgid)
		sh->procsub_pgid = pid;
	p->pid = pid;
	p->next = sh->procsubs;
	sh->procsubs = p;
	sh->last_bg = pid;
	return arena_strdup(sh->cmd_arena, path);
}

bool procsub_pending(const struct shell *sh)
{
	return sh->procsubs != NULL;
}

struct procsub *procsub_mark(const struct shell *sh)
{
	return sh->procsubs;
}

/* Removes p's FIFO so that a child that has not opened it yet gets ENOENT and ends, and lets
 * a child blocked in open() go on. The FIFO is held open for reading and writing (never blocks
 * on Linux) across the unlink: a child whose open() falls in between finds its partner. (Opening
 * just the other end first, then unlinking, left a window where a child entered open() after the
 * release and before the unlink, and waited for ever.) */
static void release_and_unlink(const struct procsub *p)
{
	int fd = open_own_fifo(p->path, O_RDWR | O_NONBLOCK, p->dev, p->ino);
	unlink(p->path);
	if (fd >= 0)
		close(fd);
}

/* Reaps p's child; a producer nobody reads any more is ended first. */
static void reap(struct shell *sh, const struct procsub *p, bool kill_readers)
{
	int wstatus;
	pid_t r;
	if (!p->output || kill_readers) {
		do
			r = waitpid(p->pid, &wstatus, WNOHANG);
		while (r < 0 && errno == EINTR);
		if (r == 0) {
			kill(-p->pid, SIGTERM);
			kill(p->pid, SIGTERM);
			kill(-p->pid, SIGCONT);  /* a stopped producer only dies once continued */
			kill(p->pid, SIGCONT);
		} else {
			if (r == p->pid)
				jobs_remember(sh, p->pid, status_from_wait(wstatus));
			return;
		}
	}
	for (;;) {
		r = waitpid(p->pid, &wstatus, 0);
		if (r >= 0 || errno != EINTR)
			break;
		signals_handle_fatal(sh);
	}
	if (r == p->pid)
		jobs_remember(sh, p->pid, status_from_wait(wstatus));
}

static void finish_list(struct shell *sh, struct procsub *mark, bool kill_readers)
{
	struct procsub *list = sh->procsubs;
	while (list && list != mark) {
		struct procsub *p = list;
		list = p->next;
		release_and_unlink(p);
		reap(sh, p, kill_readers);
		free(p->path);
		free(p);
	}
	sh->procsubs = list;
}

void procsub_finish_since(struct shell *sh, struct procsub *mark)
{
	struct job *stopped = sh->stopped_job;
	sh->stopped_job = NULL;
	if (!stopped) {
		finish_list(sh, mark, false);
		return;
	}
	/* The command was stopped (Ctrl-Z): its substitutions live on with its job. */
	struct procsub **tail = &stopped->procsubs;
	while (*tail)
		tail = &(*tail)->next;
	struct procsub *p = sh->procsubs;
	while (p && p != mark) {
		struct procsub *next = p->next;
		p->next = NULL;
		*tail = p;
		tail = &p->next;
		p = next;
	}
	sh->procsubs = mark;
}

void procsub_finish_detached(struct shell *sh, struct procsub *list)
{
	struct procsub *saved = sh->procsubs;
	sh->procsubs = list;
	finish_list(sh, NULL, true);
	sh->procsubs = saved;
}

void procsub_finish(struct shell *sh)
{
	finish_list(sh, NULL, false);
}

void procsub_forget(struct shell *sh)
{
	for (struct procsub *p = sh->procsubs, *next; p; p = next) {
		next = p->next;
		free(p->path);
		free(p);
	}
	sh->procsubs = NULL;
}

void procsub_cleanup_all(struct shell *sh)
{
	finish_list(sh, NULL, true);
	for (struct job *j = sh->jobs ? jobs_first(sh) : NULL; j; j = j->next) {
		procsub_finish_detached(sh, j->procsubs);
		j->procsubs = NULL;
	}
	if (sh->procsub_dir && sh->procsub_dir_owner == getpid())
		rmdir(sh->procsub_dir);
}

/* In the clean-up process: waits for SIGTERM (sent when its parent, the program that
 * replaced the shell, ends), then removes the FIFOs and the directory and ends the producers
 * of <(...). A >(...) reader is let go, not ended: it sees end of file and finishes its output
 * (ending it lost that output when it had not written it yet). */
static _Noreturn void janitor(struct shell *sh, pid_t parent)
{
	sigset_t term;
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	sigprocmask(SIG_BLOCK, &term, NULL);
	int null = open("/dev/null", O_RDWR);
	for (int fd = 0; fd < 1024; fd++)
		if (fd != null)
			close(fd);
	setsid();
	if (prctl(PR_SET_PDEATHSIG, SIGTERM) == 0 && getppid() == parent) {
		int sig;
		sigwait(&term, &sig);
	}
	for (struct procsub *p = sh->procsubs; p; p = p->next) {
		release_and_unlink(p);
		if (!p->output)
			kill(-p->pid, SIGTERM);
	}
	rmdir(sh->procsub_dir);
	_exit(0);
}

_Noreturn void procsub_exec_and_wait(struct shell *sh, char **argv)
{
	pid_t pid = shell_fork(sh);
	if (pid < 0)
		_exit(126);
	if (pid == 0)
		exec_program(sh, argv);
	/* Hold nothing open: a >(...) reader must see end of file when the program closes its end,
	 * and whoever reads this process's output must not wait for it. */
	close_range(0, ~0U, 0);
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	int wstatus = 0;
	while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR)
		;
	procsub_finish(sh);  /* a >(...) reader finishes its input; an unread producer is ended */
	if (sh->procsub_dir && sh->procsub_dir_owner == getpid())
		rmdir(sh->procsub_dir);
	if (WIFSIGNALED(wstatus)) {
		/* die the same way, so that the waiting shell sees the signal */
		signal(WTERMSIG(wstatus), SIG_DFL);
		sigset_t all;
		sigfillset(&all);
		sigdelset(&all, WTERMSIG(wstatus));
		sigprocmask(SIG_SETMASK, &all, NULL);
		kill(getpid(), WTERMSIG(wstatus));
	}
	_exit(WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 1);
}

void procsub_before_exec(struct shell *sh)
{
	if (!sh->procsub_dir || sh->procsub_dir_owner != getpid())
		return;
	if (!sh->procsubs) {
		rmdir(sh->procsub_dir);
		return;
	}
	pid_t parent = getpid();
	pid_t pid = fork();
	if (pid == 0)
		janitor(sh, parent);
}

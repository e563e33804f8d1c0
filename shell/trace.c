/* trace.c - show the plumbing: fd tables of started processes, job-control events. */
#include "trace.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "redir.h"
#include "shell.h"
#include "signals.h"
#include "vars.h"

void trace_open(struct shell *sh)
{
	if (sh->trace_fd >= 0)
		close(sh->trace_fd);
	const char *want = shell_getvar(sh, "MINISH_TRACEFD");
	int src = want && *want ? atoi(want) : 2;
	sh->trace_fd = fcntl(src, F_DUPFD_CLOEXEC, 10);
}

/* Returns the fd traces go to: the copy trace_open made when tracing was switched on. */
static int trace_fd(struct shell *sh)
{
	if (sh->trace_fd < 0 || fcntl(sh->trace_fd, F_GETFD) < 0)
		trace_open(sh);
	return sh->trace_fd >= 0 ? sh->trace_fd : 2;
}

/* Names the access mode of fd: "read", "write" or "read/write", plus append. */
static const char *access_words(int flags)
{
	switch (flags & O_ACCMODE) {
	case O_RDONLY:
		return "read";
	case O_WRONLY:
		return flags & O_APPEND ? "write, append" : "write";
	default:
		return flags & O_APPEND ? "read/write, append" : "read/write";
	}
}

/* The processes a pipe end can be shared with: the top shell and its descendants, found once
 * per traced process (on its first pipe end), never for a process traced as self. */
struct family {
	pid_t self;     /* the traced process, never its own peer (0: name no peers) */
	bool found;
	pid_t pid[256];
	int n;
};

/* Fills f with sh's top shell and every descendant, found through
 * /proc/PID/task/PID/children (empty where the kernel lacks that file). */
static void family_find(struct shell *sh, struct family *f)
{
	f->found = true;
	f->pid[0] = sh->shell_pid;
	f->n = 1;
	for (int i = 0; i < f->n; i++) {
		char path[64];
		snprintf(path, sizeof(path), "/proc/%ld/task/%ld/children", (long)f->pid[i], (long)f->pid[i]);
		FILE *fp = fopen(path, "r");
		if (!fp && i == 0) {
			f->n = 0;  /* no such file in this kernel */
			return;
		}
		if (!fp)
			continue;  /* that process has just ended */
		for (long child; f->n < 256 && fscanf(fp, "%ld", &child) == 1;)
			f->pid[f->n++] = (pid_t)child;
		fclose(fp);
	}
}

/* Returns the open flags of fd in process pid (-1 when they cannot be read). */
static int fd_flags_of(pid_t pid, const char *fd)
{
	char path[320], line[128];
	snprintf(path, sizeof(path), "/proc/%ld/fdinfo/%s", (long)pid, fd);
	FILE *fp = fopen(path, "r");
	int flags = -1;
	if (!fp)
		return -1;
	while (fgets(line, sizeof(line), fp))
		if (!strncmp(line, "flags:", 6)) {
			flags = (int)strtol(line + 6, NULL, 8);
			break;
		}
	fclose(fp);
	return flags;
}

/* True when process pid holds target ("pipe:[INODE]") open with access mode mode. */
static bool holds_end(pid_t pid, const char *target, int mode)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%ld/fd", (long)pid);
	DIR *d = opendir(path);
	if (!d)
		return false;
	bool found = false;
	for (struct dirent *e; !found && (e = readdir(d));) {
		char link[320], to[64];
		if (e->d_name[0] == '.')
			continue;
		snprintf(link, sizeof(link), "/proc/%ld/fd/%s", (long)pid, e->d_name);
		ssize_t n = readlink(link, to, sizeof(to) - 1);
		if (n < 0)
			continue;
		to[n] = '\0';
		if (!strcmp(to, target)) {
			int flags = fd_flags_of(pid, e->d_name);
			found = flags >= 0 && (flags & O_ACCMODE) == mode;
		}
	}
	closedir(d);
	return found;
}

/* Appends to buf ", read by pid N" (or "written by", or "pids N, M") naming the processes of
 * the shell's family f other than f->self that hold the other end of pipe target. */
static void add_pipe_peers(struct shell *sh, struct family *f, const char *target, bool write_end, char *buf,
                           size_t size)
{
	if (!f->found)
		family_find(sh, f);
	pid_t peer[16];
	int npeer = 0;
	for (int i = 0; i < f->n && npeer < 16; i++)
		if (f->pid[i] != f->self && holds_end(f->pid[i], target, write_end ? O_RDONLY : O_WRONLY))
			peer[npeer++] = f->pid[i];
	if (npeer == 0)
		return;
	size_t len = strlen(buf);
	len += (size_t)snprintf(buf + len, size - len, ", %s by pid%s", write_end ? "read" : "written",
	                        npeer > 1 ? "s" : "");
	for (int i = 0; i < npeer && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s %ld", i ? "," : "", (long)peer[i]);
}

/* Describes what fd (of this process, standing for process family->self) points to, in words,
 * into buf; the peers of a pipe end are named when family->self is set. */
static void describe_fd(struct shell *sh, struct family *family, int fd, char *buf, size_t size)
{
	char link[64], target[512];
	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, target, sizeof(target) - 1);
	if (n < 0) {
		snprintf(buf, size, "?");
		return;
	}
	target[n] = '\0';
	int flags = fcntl(fd, F_GETFL);
	struct stat st;
	bool have = fstat(fd, &st) == 0;
	size_t dlen = sh->procsub_dir ? strlen(sh->procsub_dir) : 0;
	if (!strncmp(target, "pipe:", 5)) {
		bool write_end = (flags & O_ACCMODE) != O_RDONLY;
		snprintf(buf, size, "%s (%s end", target, write_end ? "write" : "read");
		if (family->self > 0)
			add_pipe_peers(sh, family, target, write_end, buf, size - 1);
		strcat(buf, ")");
	}
	else if (have && S_ISFIFO(st.st_mode) && dlen && !strncmp(target, sh->procsub_dir, dlen))
		snprintf(buf, size, "fifo %s (process substitution, %s)", target, access_words(flags));
	else if (have && S_ISFIFO(st.st_mode))
		snprintf(buf, size, "fifo %s (%s)", target, access_words(flags));
	else if (have && S_ISCHR(st.st_mode) && isatty(fd))
		snprintf(buf, size, "tty %s (%s)", target, access_words(flags));
	else if (!strncmp(target, "socket:", 7))
		snprintf(buf, size, "%s", target);
	else
		snprintf(buf, size, "file %s (%s)", target, access_words(flags));
}

/* Calls fn for every open fd of this process, in order. */
static void each_fd(void (*fn)(void *ctx, int fd), void *ctx)
{
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return;
	int skip = dirfd(d);
	int fds[512], n = 0;
	for (struct dirent *e; (e = readdir(d)) && n < 512;) {
		if (e->d_name[0] == '.')
			continue;
		int fd = atoi(e->d_name);
		if (fd != skip)
			fds[n++] = fd;
	}
	closedir(d);
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && fds[j - 1] > fds[j]; j--) {
			int t = fds[j];
			fds[j] = fds[j - 1];
			fds[j - 1] = t;
		}
	for (int i = 0; i < n; i++)
		fn(ctx, fds[i]);
}

struct trace_line {
	struct shell *sh;
	struct family family;  /* family.self: the traced pid */
	char buf[4096];
	size_t len;  /* at most sizeof(buf) - 1: a long line is cut, never written past its end */
};

/* Appends printf-style text to t's line, cutting it at the buffer's end. */
__attribute__((format(printf, 2, 3))) static void line_appendf(struct trace_line *t, const char *fmt, ...)
{
	if (t->len >= sizeof(t->buf) - 1)
		return;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(t->buf + t->len, sizeof(t->buf) - t->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		t->len += (size_t)n;
	if (t->len > sizeof(t->buf) - 1)
		t->len = sizeof(t->buf) - 1;
}

static void add_fd(void *ctx, int fd)
{
	struct trace_line *t = ctx;
	int fdflags = fcntl(fd, F_GETFD);
	if (fdflags < 0 || (fdflags & FD_CLOEXEC))
		return;
	char what[600];
	describe_fd(t->sh, &t->family, fd, what, sizeof(what));
	line_appendf(t, "\n    %d: %s", fd, what);
}

void trace_process_fds(struct shell *sh, pid_t pid, char *const argv[], const char *what)
{
	struct trace_line t = { .sh = sh, .family = { .self = pid } };
	pid_t pgid = getpgid(pid);
	line_appendf(&t, "[fdtrace] pid %ld pgid %ld:", (long)pid, (long)pgid);
	for (int i = 0; argv[i] && t.len < 512; i++)
		line_appendf(&t, " %s", argv[i]);
	if (what)
		line_appendf(&t, " (%s)", what);
	each_fd(add_fd, &t);
	t.buf[t.len++] = '\n';
	(void)!write(trace_fd(sh), t.buf, t.len);
}

static void mark_open(void *ctx, int fd)
{
	struct fd_snapshot *s = ctx;
	if (fd < 512)
		s->open[fd / 8] |= (unsigned char)(1u << (fd % 8));
}

void trace_snapshot(struct fd_snapshot *s)
{
	memset(s, 0, sizeof(*s));
	each_fd(mark_open, s);
}

struct leak_ctx {
	struct shell *sh;
	const struct fd_snapshot *before;
};

static void check_leak(void *ctx, int fd)
{
	struct leak_ctx *l = ctx;
	int fdflags = fcntl(fd, F_GETFD);
	if (fd < 3 || fd >= 512 || fdflags < 0 || (fdflags & FD_CLOEXEC) ||
	    (l->before->open[fd / 8] & (1u << (fd % 8))))
		return;
	char what[600], line[800];
	struct family none = { .self = 0 };
	describe_fd(l->sh, &none, fd, what, sizeof(what));
	int n = snprintf(line, sizeof(line),
	                 "[fdtrace] warning: the shell now holds fd %d: %s; every command started from now on inherits it\n",
	                 fd, what);
	(void)!write(trace_fd(l->sh), line, (size_t)n);
}

void trace_report_leaks(struct shell *sh, const struct fd_snapshot *before)
{
	struct leak_ctx l = { sh, before };
	each_fd(check_leak, &l);
}

void trace_job(struct shell *sh, const char *fmt, ...)
{
	char line[1024];
	int n = snprintf(line, sizeof(line), "[jobtrace] ");
	va_list ap;
	va_start(ap, fmt);
	n += vsnprintf(line + n, sizeof(line) - (size_t)n - 1, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof(line) - 2)
		n = (int)sizeof(line) - 2;
	line[n++] = '\n';
	(void)!write(trace_fd(sh), line, (size_t)n);
}

void trace_describe_wait(int wstatus, char *buf, size_t size)
{
	if (WIFEXITED(wstatus))
		snprintf(buf, size, "exited %d", WEXITSTATUS(wstatus));
	else if (WIFSIGNALED(wstatus))
		snprintf(buf, size, "killed by SIG%s", signal_name(WTERMSIG(wstatus)) ? signal_name(WTERMSIG(wstatus)) : "?");
	else if (WIFSTOPPED(wstatus))
		snprintf(buf, size, "stopped by SIG%s", signal_name(WSTOPSIG(wstatus)) ? signal_name(WSTOPSIG(wstatus)) : "?");
	else if (WIFCONTINUED(wstatus))
		snprintf(buf, size, "continued");
	else
		snprintf(buf, size, "status %#x", wstatus);
}

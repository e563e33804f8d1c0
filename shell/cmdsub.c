/* cmdsub.c - command substitution: run a list in a forked child and collect its standard output. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "eval.h"
#include "interrupt.h"
#include "shell.h"
#include "spawn.h"
#include "xalloc.h"

enum { CMDSUB_CHUNK = 8192 };

/* In the child: makes the pipe's write end fd 1 and closes every other pipe end; never returns. */
static _Noreturn void run_child(struct shell *sh, const struct node *body, int rd, int wr)
{
	if (wr != STDOUT_FILENO) {
		if (dup2(wr, STDOUT_FILENO) < 0) {
			sh_perror(sh, "command substitution: dup2");
			shell_exit(sh, 1);
		}
		close(wr);
	} else {
		fcntl(wr, F_SETFD, 0);
	}
	if (rd != STDOUT_FILENO)
		close(rd);
	sh->in_cmdsub = true;
	exec_node(sh, body);
	shell_exit(sh, sh->status);
}

/* Removes the NUL bytes from the n bytes at s (the expansion drops them: $(cat /dev/zero)
 * then takes no memory, as in bash); returns the new length. */
static size_t drop_nuls(char *s, size_t n)
{
	if (!memchr(s, '\0', n))
		return n;
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] != '\0')
			s[k++] = s[i];
	return k;
}

/* Reads fd to end of file (without NUL bytes) into a malloc'd, NUL-terminated buffer; CMDSUB_NO_MEMORY (nothing
 * kept, *len the size that could not be had) when it does not fit in memory. */
static int read_all(int fd, char **out, size_t *len)
{
	size_t cap = CMDSUB_CHUNK, n = 0;
	char *buf = xmalloc(cap + 1);
	for (;;) {
		if (cap - n < CMDSUB_CHUNK / 2) {
			char *more = cap <= SIZE_MAX / 4 ? realloc(buf, cap * 2 + 1) : NULL;
			if (!more) {
				free(buf);
				*out = NULL;
				*len = cap * 2 + 1;
				return CMDSUB_NO_MEMORY;
			}
			buf = more;
			cap *= 2;
		}
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			buf[n] = '\0';
			*out = buf;
			*len = n;
			return -1;
		}
		if (r == 0)
			break;
		n += drop_nuls(buf + n, (size_t)r);
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

int exec_cmdsub(struct shell *sh, const struct node *body, char **out, size_t *len)
{
	int fds[2];
	*out = NULL;
	*len = 0;
	if (pipe(fds) < 0) {
		sh_perror(sh, "command substitution: pipe");
		return -1;
	}
	fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	fcntl(fds[1], F_SETFD, FD_CLOEXEC);
	pid_t pid = shell_fork(sh);
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0)
		run_child(sh, body, fds[0], fds[1]);
	close(fds[1]);
	int rc = read_all(fds[0], out, len);
	int saved = errno;
	close(fds[0]);  /* a writer still going gets SIGPIPE */
	if (rc == CMDSUB_NO_MEMORY)
		kill(pid, SIGTERM);  /* and one that is not, its result unwanted */
	int status = shell_wait_pid(sh, pid);
	if (rc == CMDSUB_NO_MEMORY)
		return CMDSUB_NO_MEMORY;
	if (interrupt_pending(sh)) {
		free(*out);  /* Ctrl-C: the command using the substitution does not run */
		*out = NULL;
		*len = 0;
		return -1;
	}
	if (rc < 0) {
		errno = saved;
		sh_perror(sh, "command substitution: read");
		return -1;
	}
	return status;
}

/* redir.c - apply a redirection list, remembering saved fds; restore them. */
#include "redir.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../parser/ast.h"
#include "error.h"
#include "expand.h"
#include "heredoc.h"
#include "interrupt.h"
#include "netredir.h"
#include "shell.h"
#include "vars.h"

int fd_dup_high(int fd)
{
	int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 10);
	if (nfd < 0 && (errno == EINVAL || errno == EMFILE))
		nfd = fcntl(fd, F_DUPFD_CLOEXEC, 3);  /* no room above 9 (ulimit -n 10): any free fd */
	return nfd;
}

int fd_move_high(int fd)
{
	int nfd = fd_dup_high(fd);
	if (nfd >= 0)
		close(fd);
	return nfd;
}

static int default_fd(enum redir_kind k)
{
	switch (k) {
	case R_IN:
	case R_RDWR:
	case R_DUP_IN:
	case R_HEREDOC:
	case R_HEREDOC_TAB:
	case R_HERESTRING:
	case R_MOVE_IN:
		return 0;
	case R_OUT:
	case R_CLOBBER:
	case R_APPEND:
	case R_DUP_OUT:
	case R_OUT_ERR:
	case R_APPEND_ERR:
	case R_MOVE_OUT:
		return 1;
	}
	return 0;
}

/* Remembers fd's current state before it is changed (once per fd). */
static int save_fd(struct shell *sh, struct redir_saves *save, int fd)
{
	if (!save)
		return 0;
	for (int i = 0; i < save->n; i++)
		if (save->v[i].fd == fd)
			return 0;
	if (save->n == REDIR_SAVE_MAX) {
		sh_error(sh, "too many redirections");
		return -1;
	}
	int saved = fd_dup_high(fd);
	if (saved < 0 && errno != EBADF) {
		sh_perror(sh, "%d", fd);
		return -1;
	}
	save->v[save->n].fd = fd;
	save->v[save->n].saved = saved;
	save->n++;
	return 0;
}

static bool is_procsub_fifo(const struct shell *sh, const char *path);

/* Opens the file of a file redirection; returns the fd or -1 after a message. */
static int open_target(struct shell *sh, enum redir_kind k, const char *path)
{
	int flags = 0;
	switch (k) {
	case R_IN:
		flags = O_RDONLY;
		break;
	case R_OUT:
	case R_OUT_ERR:
		flags = O_WRONLY | O_CREAT | O_TRUNC;
		if (sh->opt.noclobber) {
			struct stat st;
			if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
				sh_error(sh, "%s: cannot overwrite existing file", path);
				return -1;
			}
		}
		break;
	case R_CLOBBER:
		flags = O_WRONLY | O_CREAT | O_TRUNC;
		break;
	case R_APPEND:
	case R_APPEND_ERR:
		flags = O_WRONLY | O_CREAT | O_APPEND;
		break;
	case R_RDWR:
		flags = O_RDWR | O_CREAT;
		break;
	case R_DUP_IN:
	case R_DUP_OUT:
	case R_MOVE_IN:
	case R_MOVE_OUT:
	case R_HEREDOC:
	case R_HEREDOC_TAB:
	case R_HERESTRING:
		break;
	}
	if (is_procsub_fifo(sh, path))
		flags |= O_NOFOLLOW;  /* only the FIFO itself, never a link put in its place */
	if (netredir_is_socket_path(path))
		return netredir_open(sh, path);
	int fd = open(path, flags | O_CLOEXEC, 0666);
	if (fd < 0 && errno == ENOENT)
		fd = netredir_dev_fd(path, fd);  /* /dev/stdin ... where /dev has no such file */
	if (fd < 0 && !(errno == EINTR && interrupt_pending(sh)))  /* Ctrl-C in a FIFO's open: no message */
		sh_perror(sh, "%s", path);
	return fd;
}

/* Puts newfd at fd (dup2 + close); newfd == fd means already in place. */
static int install(struct shell *sh, int newfd, int fd)
{
	if (newfd == fd) {
		int flags = fcntl(fd, F_GETFD);
		if (flags >= 0)
			fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
		return 0;
	}
	int r = dup2(newfd, fd);
	int e = errno;
	close(newfd);
	if (r < 0) {
		errno = e;
		sh_perror(sh, "%d", fd);
		return -1;
	}
	return 0;
}

static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

/* True for a FIFO of our own process substitutions: its other end is already running. */
static bool is_procsub_fifo(const struct shell *sh, const char *path)
{
	size_t n = sh->procsub_dir ? strlen(sh->procsub_dir) : 0;
	return n && !strncmp(path, sh->procsub_dir, n) && path[n] == '/';
}

/* Handles n<&word and n>&word: a digit string duplicates, "-" closes. */
static int apply_dup(struct shell *sh, const struct redir *r, int fd, const char *target,
                     struct redir_saves *save)
{
	if (!strcmp(target, "-")) {
		if (save_fd(sh, save, fd) < 0)
			return -1;
		close(fd);
		return 0;
	}
	if (!all_digits(target)) {
		if (r->kind == R_DUP_OUT && r->fd < 0) {
			/* bash: >&file is >file 2>&1 */
			int nfd = open_target(sh, R_OUT, target);
			if (nfd < 0 || save_fd(sh, save, 1) < 0 || save_fd(sh, save, 2) < 0)
				return -1;
			if (install(sh, nfd, 1) < 0 || dup2(1, 2) < 0)
				return -1;
			return 0;
		}
		sh_error(sh, "%s: ambiguous redirect", target);
		return -1;
	}
	long src = strtol(target, NULL, 10);
	if (src == fd)
		return 0;  /* N>&N leaves N as it is, open or closed (dash; bash calls a closed one bad) */
	if (src > INT_MAX || fcntl((int)src, F_GETFD) < 0) {
		sh_error(sh, "%s: Bad file descriptor", target);
		return -1;
	}
	if (save_fd(sh, save, fd) < 0)
		return -1;
	if (dup2((int)src, fd) < 0) {
		sh_perror(sh, "%d", fd);
		return -1;
	}
	if (r->kind == R_MOVE_IN || r->kind == R_MOVE_OUT) {
		if (save_fd(sh, save, (int)src) < 0)
			return -1;
		close((int)src);
	}
	return 0;
}

/* The source fd of a {NAME} redirection's >&N, <&N or N- target; -1 after a message. */
static int var_dup_source(struct shell *sh, const char *target)
{
	char *end;
	long src = strtol(target, &end, 10);
	if (!isdigit((unsigned char)*target) || (*end && strcmp(end, "-")) || src > INT_MAX ||
	    fcntl((int)src, F_GETFD) < 0) {
		sh_error(sh, "%s: %s", target, all_digits(target) || *end == '-' ?
		         "Bad file descriptor" : "ambiguous redirect");
		return -1;
	}
	return (int)src;
}

/* {NAME}>&- (bash): closes the fd whose number NAME holds. */
static int close_var_fd(struct shell *sh, const struct redir *r)
{
	const char *v = shell_getvar(sh, r->varname);
	if (!v || !all_digits(v) || strlen(v) > 9) {
		sh_error(sh, "%s: ambiguous redirect", r->varname);
		return -1;
	}
	close(atoi(v));
	return 0;
}

/* {NAME}>file, {NAME}<&N ... (bash): opens the target on a new fd >= 10 and assigns its number
 * to NAME.  The fd is not undone with the command: the script closes it ({NAME}>&-). */
static int apply_var_redir(struct shell *sh, const struct redir *r, struct redir_saves *save)
{
	int newfd = -1, moved = -1;
	switch (r->kind) {
	case R_HEREDOC:
	case R_HEREDOC_TAB:
	case R_HERESTRING:
		newfd = heredoc_open(sh, r);
		break;
	case R_DUP_IN:
	case R_DUP_OUT:
	case R_MOVE_IN:
	case R_MOVE_OUT: {
		char *target = expand_word_str(sh, r->target);
		if (!target)
			return -1;
		if (!strcmp(target, "-") && (r->kind == R_DUP_IN || r->kind == R_DUP_OUT))
			return close_var_fd(sh, r);
		int src = var_dup_source(sh, target);
		if (src < 0)
			return -1;
		newfd = fcntl(src, F_DUPFD_CLOEXEC, 10);
		if (newfd < 0)
			sh_perror(sh, "%s", target);
		if (r->kind == R_MOVE_IN || r->kind == R_MOVE_OUT)
			moved = src;
		break;
	}
	case R_IN:
	case R_OUT:
	case R_CLOBBER:
	case R_APPEND:
	case R_RDWR:
	case R_OUT_ERR:
	case R_APPEND_ERR: {
		char *path = expand_word_str(sh, r->target);
		if (!path)
			return -1;
		newfd = open_target(sh, r->kind, path);
		break;
	}
	}
	if (newfd < 0)
		return -1;
	if (newfd < 10) {
		int high = fcntl(newfd, F_DUPFD_CLOEXEC, 10);
		if (high < 0) {
			sh_perror(sh, "%s", r->varname);
			close(newfd);
			return -1;
		}
		close(newfd);
		newfd = high;
	}
	char num[16];
	snprintf(num, sizeof(num), "%d", newfd);
	if (shell_setvar(sh, r->varname, num) < 0) {
		sh_error(sh, "%s: cannot assign fd to variable", r->varname);
		close(newfd);
		return -1;
	}
	fcntl(newfd, F_SETFD, 0);
	if (save && save->close_var_fds) {
		if (save->n == REDIR_SAVE_MAX) {
			sh_error(sh, "too many redirections");
			close(newfd);
			return -1;
		}
		save->v[save->n].fd = newfd;
		save->v[save->n].saved = -1;
		save->n++;
	}
	if (moved >= 0) {
		if (save_fd(sh, save, moved) < 0)
			return -1;
		close(moved);
	}
	return 0;
}

/* &>file and &>>file (bash): the file on fd 1, then fd 2 a copy of it. */
static int apply_out_err(struct shell *sh, const struct redir *r, struct redir_saves *save)
{
	char *path = expand_word_str(sh, r->target);
	if (!path)
		return -1;
	int nfd = open_target(sh, r->kind, path);
	if (nfd < 0)
		return -1;
	if ((nfd != 1 && save_fd(sh, save, 1) < 0) || save_fd(sh, save, 2) < 0) {
		close(nfd);
		return -1;
	}
	if (install(sh, nfd, 1) < 0)
		return -1;
	if (dup2(1, 2) < 0) {
		sh_perror(sh, "2");
		return -1;
	}
	return 0;
}

int redirs_apply(struct shell *sh, const struct redir *r, struct redir_saves *save)
{
	for (; r; r = r->next) {
		if (r->varname) {
			if (apply_var_redir(sh, r, save) < 0)
				return -1;
			continue;
		}
		int fd = r->fd >= 0 ? r->fd : default_fd(r->kind);
		int newfd = -1;
		if (fd == 0)
			input_sync_script(sh);  /* a script on stdin: its rest stays in the old fd 0 */
		switch (r->kind) {
		case R_HEREDOC:
		case R_HEREDOC_TAB:
		case R_HERESTRING:
			newfd = heredoc_open(sh, r);
			break;
		case R_DUP_IN:
		case R_DUP_OUT:
		case R_MOVE_IN:
		case R_MOVE_OUT: {
			char *target = expand_word_str(sh, r->target);
			if (target && (r->kind == R_MOVE_IN || r->kind == R_MOVE_OUT))
				target[strlen(target) - 1] = '\0';  /* the parser made sure it is "N-" */
			if (!target || apply_dup(sh, r, fd, target, save) < 0)
				return -1;
			continue;
		}
		case R_OUT_ERR:
		case R_APPEND_ERR:
			if (apply_out_err(sh, r, save) < 0)
				return -1;
			continue;
		case R_IN:
		case R_OUT:
		case R_CLOBBER:
		case R_APPEND:
		case R_RDWR: {
			char *path = expand_word_str(sh, r->target);
			if (!path)
				return -1;
			struct stat st;
			if (sh->redir_avoid_fifo && !is_procsub_fifo(sh, path) && stat(path, &st) == 0 &&
			    S_ISFIFO(st.st_mode))
				return REDIR_WOULD_BLOCK;
			newfd = open_target(sh, r->kind, path);
			break;
		}
		}
		if (newfd < 0)
			return -1;
		if (newfd != fd && save_fd(sh, save, fd) < 0) {
			close(newfd);
			return -1;
		}
		if (newfd == fd && save) {
			/* fd was closed before: undoing means closing it again. */
			if (save->n == REDIR_SAVE_MAX) {
				sh_error(sh, "too many redirections");
				close(newfd);
				return -1;
			}
			save->v[save->n].fd = fd;
			save->v[save->n].saved = -1;
			save->n++;
		}
		if (install(sh, newfd, fd) < 0)
			return -1;
	}
	return 0;
}

void redirs_restore(struct redir_saves *save)
{
	for (int i = save->n - 1; i >= 0; i--) {
		int fd = save->v[i].fd, saved = save->v[i].saved;
		if (saved >= 0) {
			dup2(saved, fd);
			close(saved);
		} else {
			close(fd);
		}
	}
	save->n = 0;
}

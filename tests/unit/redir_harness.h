/* redir_harness.h - shared set-up for the redirection unit tests (test_redir*.c): fd identity
 * and file helpers, parsing a command into its redirection list, and running a list on
 * private stdio while recording every watched fd. Include after <cmocka.h>. */
#ifndef MINISH_TEST_REDIR_HARNESS_H
#define MINISH_TEST_REDIR_HARNESS_H

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../parser/arena.h"
#include "../../parser/ast.h"
#include "../../parser/parser.h"
#include "../../shell/redir.h"
#include "../../shell/shell.h"
#include "shell_fixture.h"
#include "tree_harness.h"

/* fds 0..NFD-1 are watched: everything a redirection in these tests may touch. */
enum { NFD = 10 };

/* cmocka set-up: a fresh shell in its own scratch directory (see shell_fixture.h). */
static inline int redir_setup(void **state)
{
	return fixture_setup(state, "redir");
}

/* cmocka tear-down: frees the shell and removes the scratch directory. */
static inline int redir_teardown(void **state)
{
	return fixture_teardown(state);
}

/* ---- small file and fd helpers ---- */

/* What an fd refers to: open or not, and which file. */
struct fdid {
	bool open;
	dev_t dev;
	ino_t ino;
};

/* The identity of fd: closed, or the device and inode it refers to. */
static inline struct fdid fd_id(int fd)
{
	struct stat st;
	struct fdid id = { 0 };
	if (fstat(fd, &st) == 0) {
		id.open = true;
		id.dev = st.st_dev;
		id.ino = st.st_ino;
	}
	return id;
}

/* The identity of the file at path (as fd_id; not open when it does not exist). */
static inline struct fdid path_id(const char *path)
{
	struct stat st;
	struct fdid id = { 0 };
	if (stat(path, &st) == 0) {
		id.open = true;
		id.dev = st.st_dev;
		id.ino = st.st_ino;
	}
	return id;
}

/* True when a and b are both closed or both refer to the same file. */
static inline bool same_id(struct fdid a, struct fdid b)
{
	return a.open == b.open && (!a.open || (a.dev == b.dev && a.ino == b.ino));
}

/* Creates or truncates path and writes text into it; fails the test on error. */
static inline void write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

/* Reads everything from fd (from its current offset) into a malloc'd string. */
static inline char *read_all(int fd, size_t *lenp)
{
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	for (;;) {
		if (!buf)
			return NULL;
		if (n + 1 == cap) {
			char *bigger = realloc(buf, cap * 2);
			if (!bigger) {
				free(buf);
				return NULL;
			}
			buf = bigger;
			cap *= 2;
		}
		ssize_t r = read(fd, buf + n, cap - n - 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	buf[n] = '\0';
	if (lenp)
		*lenp = n;
	return buf;
}

/* Returns the whole content of path (malloc'd), or NULL when it cannot be opened. */
static inline char *slurp(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	char *s = read_all(fd, NULL);
	close(fd);
	return s;
}

/* Counts the entries of /proc/self/fd (without the directory's own fd). */
static inline int count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	assert_non_null(d);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			n++;
	closedir(d);
	return n - 1;
}

/* Puts a fresh fd on file path at fd number `at` (not close-on-exec, as a user's fd). */
static inline void open_at(const char *path, int at)
{
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	assert_true(fd >= 0);
	if (fd == at) {
		assert_int_equal(fcntl(fd, F_SETFD, 0), 0);
		return;
	}
	assert_int_equal(dup2(fd, at), at);
	close(fd);
}

/* ---- parsing a command into its redirection list ---- */

/* Parses src (one simple command) into the shell's command arena; returns its redirections. */
static inline const struct redir *redirs_of(struct shell *sh, const char *src)
{
	const struct node *c = parse_simple(sh, src);
	assert_non_null(c->redirs);
	return c->redirs;
}

/* ---- running a redirection list on private stdio ---- */

/* Everything observed while running one redirection list. */
struct obs {
	int rc;                              /* redirs_apply's result */
	struct redir_saves save;             /* the record as apply left it */
	int saved_fdflags[REDIR_SAVE_MAX];   /* F_GETFD of each saved copy while applied */
	struct fdid before[NFD], applied[NFD], restored[NFD];
	int fdflags[NFD];                    /* F_GETFD while applied (-1: closed) */
	int flflags[NFD];                    /* F_GETFL while applied (-1: closed) */
	char *err;                           /* what went to fd 2 during the run (malloc'd) */
	char *in;                            /* what fd 0 delivered while applied, when asked */
	size_t inlen;
	int fds_before, fds_after;           /* /proc/self/fd entries */
};

/* Originals of fds 0, 1, 2 while a run owns them. */
struct stdio_save {
	int fd[3];
};

/* Points fds 0, 1 and 2 at the private files std0 (empty), std1 and std2, so each has an
 * identity of its own and stderr is captured.  No cmocka output until stdio_back. */
static inline void stdio_own(struct stdio_save *s)
{
	static const char *const names[3] = { "std0", "std1", "std2" };
	fflush(stdout);
	fflush(stderr);
	for (int i = 0; i < 3; i++) {
		s->fd[i] = fcntl(i, F_DUPFD_CLOEXEC, 100);
		int flags = i ? O_WRONLY | O_CREAT | O_TRUNC : O_RDONLY | O_CREAT;
		int fd = open(names[i], flags | O_CLOEXEC, 0644);
		if (fd < 0 || dup2(fd, i) < 0)
			abort();
		close(fd);
	}
}

/* Puts back the fds 0, 1 and 2 saved by stdio_own. */
static inline void stdio_back(struct stdio_save *s)
{
	fflush(stdout);
	fflush(stderr);
	for (int i = 0; i < 3; i++) {
		if (s->fd[i] >= 0) {
			dup2(s->fd[i], i);
			close(s->fd[i]);
		} else {
			close(i);
		}
	}
}

typedef void during_fn(void *ctx);

/* Applies the redirections of src with a save record, calls during (may be NULL), reads
 * fd 0 to its end when read_in, restores, and records the fds at each step. */
static inline void observe(struct shell *sh, const char *src, during_fn *during, void *ctx,
                           bool read_in, struct obs *o)
{
	const struct redir *r = redirs_of(sh, src);
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct redir_saves save = { .n = 0 };
	struct stdio_save io;
	memset(o, 0, sizeof(*o));
	stdio_own(&io);
	o->fds_before = count_fds();
	for (int i = 0; i < NFD; i++)
		o->before[i] = fd_id(i);
	o->rc = redirs_apply(sh, r, &save);
	o->save = save;
	for (int i = 0; i < save.n; i++)
		o->saved_fdflags[i] = save.v[i].saved >= 0 ? fcntl(save.v[i].saved, F_GETFD) : -1;
	for (int i = 0; i < NFD; i++) {
		o->applied[i] = fd_id(i);
		o->fdflags[i] = fcntl(i, F_GETFD);
		o->flflags[i] = fcntl(i, F_GETFL);
	}
	if (during)
		during(ctx);
	if (read_in)
		o->in = read_all(0, &o->inlen);
	redirs_restore(&save);
	for (int i = 0; i < NFD; i++)
		o->restored[i] = fd_id(i);
	o->fds_after = count_fds();
	stdio_back(&io);
	o->err = slurp("std2");
	arena_reset(sh->cmd_arena, mark);
}

/* Frees what observe allocated in o. */
static inline void obs_free(struct obs *o)
{
	free(o->err);
	free(o->in);
}

/* Asserts that every watched fd is what it was before the run, and nothing leaked. */
static inline void assert_all_restored(const struct obs *o)
{
	for (int i = 0; i < NFD; i++)
		if (!same_id(o->before[i], o->restored[i]))
			fail_msg("fd %d was not restored (open before: %d, after: %d)", i, o->before[i].open,
			         o->restored[i].open);
	assert_int_equal(o->fds_after, o->fds_before);
}

/* cmocka group set-up: closes fds 3..9 inherited from whoever started the test (not ours:
 * the tests decide them). */
static inline int group_setup(void **state)
{
	(void)state;
	for (int fd = 3; fd < NFD; fd++)
		close(fd);
	return 0;
}

#define T(f) cmocka_unit_test_setup_teardown(f, redir_setup, redir_teardown)

#endif

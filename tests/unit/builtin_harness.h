/* builtin_harness.h - runs a builtin in the test process with stdout/stderr captured
 * in temporary files and stdin fed from a string (header-only, for the builtin tests). */
#ifndef MINISH_TEST_BUILTIN_HARNESS_H
#define MINISH_TEST_BUILTIN_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../builtins/builtins.h"
#include "../../shell/shell.h"
#include "../../shell/vars.h"

/* What one builtin run produced. */
struct run {
	int status;
	char *out;     /* everything written to fd 1 (NUL-terminated, malloc'd) */
	size_t outlen;
	char *err;     /* everything written to fd 2 */
};

/* Reads the whole file behind fd from offset 0 into a malloc'd NUL-terminated string. */
static inline char *harness_slurp(int fd, size_t *len)
{
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	ssize_t r;
	lseek(fd, 0, SEEK_SET);
	while (buf && (r = read(fd, buf + n, cap - n - 1)) > 0) {
		n += (size_t)r;
		if (cap - n - 1 == 0) {
			char *bigger = realloc(buf, cap * 2);
			if (!bigger)
				break;
			buf = bigger;
			cap *= 2;
		}
	}
	if (buf)
		buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

/* Makes an unlinked temporary file and returns its fd. */
static inline int harness_tmpfd(void)
{
	char path[] = "/tmp/minish-test-XXXXXX";
	int fd = mkstemp(path);
	if (fd >= 0)
		unlink(path);
	return fd;
}

/* Runs fn(sh, argc, argv) with fds 1 and 2 redirected to temporary files. */
static inline struct run harness_run(struct shell *sh, builtin_fn *fn, int argc, char **argv)
{
	struct run r = { 0 };
	int out = harness_tmpfd(), err = harness_tmpfd();
	int saved_out = dup(1), saved_err = dup(2);

	fflush(stdout);
	fflush(stderr);
	dup2(out, 1);
	dup2(err, 2);
	r.status = fn(sh, argc, argv);
	fflush(stdout);
	fflush(stderr);
	dup2(saved_out, 1);
	dup2(saved_err, 2);
	close(saved_out);
	close(saved_err);
	r.out = harness_slurp(out, &r.outlen);
	r.err = harness_slurp(err, NULL);
	close(out);
	close(err);
	return r;
}

static inline void run_free(struct run *r)
{
	free(r->out);
	free(r->err);
	r->out = r->err = NULL;
}

/* RUN(sh, bi_echo, "echo", "a"): runs a builtin with a literal argument list. */
#define RUN(sh, fn, ...) \
	harness_run((sh), (fn), (int)(sizeof((char *[]){ __VA_ARGS__ }) / sizeof(char *)) , \
	            (char *[]){ __VA_ARGS__, NULL })

/* Puts data on fd 0: through a pipe (regular == 0) or a temporary regular file.
 * Returns the saved fd 0 for harness_stdin_restore. */
static inline int harness_stdin(const char *data, size_t len, int regular)
{
	int saved = dup(0);
	if (regular) {
		int fd = harness_tmpfd();
		if (write(fd, data, len) != (ssize_t)len)
			abort();
		lseek(fd, 0, SEEK_SET);
		dup2(fd, 0);
		close(fd);
	} else {
		int p[2];
		if (pipe(p) != 0 || write(p[1], data, len) != (ssize_t)len)
			abort();
		close(p[1]);
		dup2(p[0], 0);
		close(p[0]);
	}
	return saved;
}

static inline void harness_stdin_restore(int saved)
{
	dup2(saved, 0);
	close(saved);
}

/* Test fixtures: a fresh shell per test, freed afterwards. */
static inline int harness_setup(void **state)
{
	struct shell *sh = shell_new("minish");
	*state = sh;
	return sh ? 0 : -1;
}

static inline int harness_teardown(void **state)
{
	shell_free(*state);
	return 0;
}

#endif

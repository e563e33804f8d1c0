/* test_redir.c - unit tests for redirection save/restore (shell/redir.c, shell/heredoc.c):
 * redirection lists are parsed from source text and applied to this test process's own fds. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../parser/arena.h"
#include "../../parser/ast.h"
#include "../../parser/parser.h"
#include "../../shell/redir.h"
#include "../../shell/shell.h"
#include "../../shell/vars.h"
#include "shell_fixture.h"

/* fds 0..NFD-1 are watched: everything a redirection in these tests may touch. */
enum { NFD = 10, BIG = 100000 };

static int setup(void **state)
{
	return fixture_setup(state, "redir");
}

static int teardown(void **state)
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

static struct fdid fd_id(int fd)
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

static struct fdid path_id(const char *path)
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

static bool same_id(struct fdid a, struct fdid b)
{
	return a.open == b.open && (!a.open || (a.dev == b.dev && a.ino == b.ino));
}

static void write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

/* Reads everything from fd (from its current offset) into a malloc'd string. */
static char *read_all(int fd, size_t *lenp)
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
static char *slurp(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	char *s = read_all(fd, NULL);
	close(fd);
	return s;
}

static void assert_file(const char *path, const char *want)
{
	char *got = slurp(path);
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

/* Counts the entries of /proc/self/fd (without the directory's own fd). */
static int count_fds(void)
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
static void open_at(const char *path, int at)
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

/* Finds the simple command of a one-command program (inside N_LIST and N_PIPELINE of 1). */
static const struct node *find_simple(const struct node *n)
{
	if (!n)
		return NULL;
	switch (n->kind) {
	case N_SIMPLE:
		return n;
	case N_LIST:
		return n->u.list.items ? find_simple(n->u.list.items->cmd) : NULL;
	case N_PIPELINE:
		return n->u.pipeline.ncmds == 1 ? find_simple(n->u.pipeline.cmds[0]) : NULL;
	case N_AND:
	case N_OR:
	case N_SUBSHELL:
	case N_GROUP:
	case N_IF:
	case N_WHILE:
	case N_UNTIL:
	case N_FOR:
	case N_CASE:
	case N_FUNCDEF:
		return NULL;
	}
	return NULL;
}

/* Parses src (one simple command) into the shell's command arena; returns its redirections. */
static const struct redir *redirs_of(struct shell *sh, const char *src)
{
	struct node *n = NULL;
	struct parse_error err;
	assert_int_equal(parse_string(sh->cmd_arena, src, strlen(src), &n, &err), PARSE_OK);
	const struct node *c = find_simple(n);
	assert_non_null(c);
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
static void stdio_own(struct stdio_save *s)
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

static void stdio_back(struct stdio_save *s)
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
static void observe(struct shell *sh, const char *src, during_fn *during, void *ctx, bool read_in,
                    struct obs *o)
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

static void obs_free(struct obs *o)
{
	free(o->err);
	free(o->in);
}

/* Asserts that every watched fd is what it was before the run, and nothing leaked. */
static void assert_all_restored(const struct obs *o)
{
	for (int i = 0; i < NFD; i++)
		if (!same_id(o->before[i], o->restored[i]))
			fail_msg("fd %d was not restored (open before: %d, after: %d)", i, o->before[i].open,
			         o->restored[i].open);
	assert_int_equal(o->fds_after, o->fds_before);
}

/* during callbacks */
static void write1(void *ctx)
{
	const char *s = ctx;
	if (write(1, s, strlen(s)) < 0)
		abort();
}

static void write2(void *ctx)
{
	const char *s = ctx;
	if (write(2, s, strlen(s)) < 0)
		abort();
}

/* Writes ctx to fd 3 after reading what fd 3 holds into std1 (through fd 1). */
static void copy3_then_write3(void *ctx)
{
	char buf[64];
	ssize_t n = read(3, buf, sizeof(buf));
	if (n > 0 && write(1, buf, (size_t)n) != n)
		abort();
	const char *s = ctx;
	if (write(3, s, strlen(s)) < 0)
		abort();
}

/* ---- file redirections ---- */

static void redirs_apply__out_file__fd1_on_file_and_restored(void **state)
{
	SH;
	struct obs o;
	observe(sh, ": >out", write1, "x\n", false, &o);
	assert_int_equal(o.rc, 0);
	assert_true(same_id(o.applied[1], path_id("out")));
	assert_false(same_id(o.before[1], o.applied[1]));
	assert_true(same_id(o.restored[1], path_id("std1")));
	assert_all_restored(&o);
	assert_int_equal(o.save.n, 1);
	assert_int_equal(o.save.v[0].fd, 1);
	assert_true(o.save.v[0].saved >= 10);
	assert_file("out", "x\n");
	assert_file("std1", "");
	obs_free(&o);
}

static void redirs_apply__out_then_dup_2_to_1__both_on_file(void **state)
{
	SH;
	struct obs o;
	observe(sh, ": >f 2>&1", write2, "err\n", false, &o);
	assert_int_equal(o.rc, 0);
	assert_true(same_id(o.applied[1], path_id("f")));
	assert_true(same_id(o.applied[2], path_id("f")));
	assert_all_restored(&o);
	assert_file("f", "err\n");
	assert_string_equal(o.err, "");
	obs_free(&o);
}

static void redirs_apply__dup_2_to_1_then_out__stderr_keeps_old_stdout(void **state)
{
	SH;
	struct obs o;
	observe(sh, ": 2>&1 >f", write2, "err\n", false, &o);
	assert_int_equal(o.rc, 0);
	assert_true(same_id(o.applied[1], path_id("f")));
	assert_true(same_id(o.applied[2], o.before[1]));
	assert_all_restored(&o);
	assert_file("f", "");
	assert_file("std1", "err\n");
	obs_free(&o);
}

static void redirs_apply__out_twice__saved_once_last_file_wins(void **state)
{
	SH;
	struct obs o;
	observe(sh, ": >a >b", write1, "x", false, &o);
	assert_int_equal(o.rc, 0);
	assert_int_equal(o.save.n, 1);
	assert_true(same_id(o.applied[1], path_id("b")));
	assert_all_restored(&o);
	assert_file("a", "");
	assert_file("b", "x");
	obs_free(&o);
}

static void redirs_apply__close_open_fd__closed_then_reopened(void **state)
{
	SH;
	open_at("three", 3);
	struct obs o;
	observe(sh, ": 3>&-", NULL, NULL, false, &o);
	close(3);
	assert_int_equal(o.rc, 0);
	assert_true(o.before[3].open);
	assert_false(o.applied[3].open);
	assert_true(same_id(o.restored[3], path_id("three")));
	assert_all_restored(&o);
	obs_free(&o);
}

static void redirs_apply__on_closed_fd__restore_closes_it_again(void **state)
{
	SH;
	close(7);
	struct obs o;
	observe(sh, ": 7>f", NULL, NULL, false, &o);
	assert_int_equal(o.rc, 0);
	assert_false(o.before[7].open);
	assert_true(same_id(o.applied[7], path_id("f")));
	assert_false(o.restored[7].open);
	assert_int_equal(o.save.n, 1);
	assert_int_equal(o.save.v[0].saved, -1);
	assert_all_restored(&o);
	obs_free(&o);
}

static void redirs_apply__lowest_free_fd_is_target__not_close_on_exec(void **state)
{
	SH;
	/* fd 0 closed: open() returns 0 itself, the file must still be inherited by children. */
	write_file("in", "data");
	struct stdio_save io;
	stdio_own(&io);
	close(0);
	struct redir_saves save = { .n = 0 };
	const struct redir *r = redirs_of(sh, "cat <in");
	int rc = redirs_apply(sh, r, &save);
	struct fdid applied = fd_id(0);
	int fdflags = fcntl(0, F_GETFD);
	redirs_restore(&save);
	struct fdid restored = fd_id(0);
	stdio_back(&io);
	assert_int_equal(rc, 0);
	assert_true(same_id(applied, path_id("in")));
	assert_int_equal(fdflags & FD_CLOEXEC, 0);
	assert_false(restored.open);
}

static void redirs_apply__rdwr__read_write_no_truncate(void **state)
{
	SH;
	write_file("rw", "abcdef");
	struct obs o;
	observe(sh, ": 3<>rw", copy3_then_write3, "XY", false, &o);
	assert_int_equal(o.rc, 0);
	assert_true(same_id(o.applied[3], path_id("rw")));
	assert_int_equal(o.flflags[3] & O_ACCMODE, O_RDWR);
	assert_all_restored(&o);
	assert_file("std1", "abcdef");
	assert_file("rw", "abcdefXY");
	obs_free(&o);
}

static void redirs_apply__rdwr_default_fd__stdin_on_new_file(void **state)
{
	SH;
	struct obs o;
	observe(sh, "cat <>new", NULL, NULL, false, &o);
	assert_int_equal(o.rc, 0);
	assert_true(same_id(o.applied[0], path_id("new")));
	assert_int_equal(o.flflags[0] & O_ACCMODE, O_RDWR);
	assert_all_restored(&o);
	obs_free(&o);
}

static void redirs_apply__append__keeps_old_content(void **state)
{
	SH;
	write_file("log", "one\n");
	struct obs o;
	observe(sh, ": >>log", write1, "two\n", false, &o);
	assert_int_equal(o.rc, 0);
	assert_true((o.flflags[1] & O_APPEND) != 0);
	assert_all_restored(&o);
	assert_file("log", "one\ntwo\n");
	obs_free(&o);
}

static void redirs_apply__input_file__stdin_reads_it(void **state)
{
	SH;
	write_file("in", "hello\n");
	struct obs o;
	observe(sh, "cat <in", NULL, NULL, true, &o);
	assert_int_equal(o.rc, 0);
	assert_string_equal(o.in, "hello\n");
	assert_all_restored(&o);
	obs_free(&o);
}

static void redirs_apply__target_from_variable__expanded(void **state)
{
	SH;
	vars_set(sh->vars, "name", "expanded", 0);
	struct obs o;
	observe(sh, ": >\"$name.txt\"", write1, "v", false, &o);
	assert_int_equal(o.rc, 0);
	assert_all_restored(&o);
	assert_file("expanded.txt", "v");
	obs_free(&o);
}

/* ---- noclobber ---- */

static void redirs_apply__noclobber_existing_file__refused_and_all_undone(void **state)
{
	SH;
	sh->opt.noclobber = true;
	write_file("keep", "old");
	struct obs o;
	observe(sh, ": 3>side >keep", write1, "lost", false, &o);
	assert_int_equal(o.rc, -1);
	assert_non_null(strstr(o.err, "minish: "));
	assert_non_null(strstr(o.err, "keep: cannot overwrite existing file"));
	assert_true(same_id(o.applied[1], o.before[1]));
	assert_all_restored(&o);
	assert_false(o.restored[3].open);
	assert_file("keep", "old");
	obs_free(&o);
}

static void redirs_apply__noclobber_clobber_operator__overwrites(void **state)
{
	SH;
	sh->opt.noclobber = true;
	write_file("keep", "old");
	struct obs o;
	observe(sh, ": >|keep", write1, "new", false, &o);
	assert_int_equal(o.rc, 0);
	assert_string_equal(o.err, "");
	assert_all_restored(&o);
	assert_file("keep", "new");
	obs_free(&o);
}

static void redirs_apply__noclobber_new_file_and_dev_null__allowed(void **state)
{
	SH;
	sh->opt.noclobber = true;
	struct obs o;
	observe(sh, ": >fresh 2>/dev/null", write1, "n", false, &o);
	assert_int_equal(o.rc, 0);
	assert_true(same_id(o.applied[2], path_id("/dev/null")));
	assert_all_restored(&o);
	assert_file("fresh", "n");
	obs_free(&o);
}

/* ---- duplication errors ---- */

static void redirs_apply__dup_from_closed_fd__fails_cleanly(void **state)
{
	SH;
	close(7);
	struct obs o;
	observe(sh, "cat <&7", NULL, NULL, false, &o);
	assert_int_equal(o.rc, -1);
	assert_non_null(strstr(o.err, "minish: "));
	assert_non_null(strstr(o.err, "7: Bad file descriptor"));
	assert_true(same_id(o.applied[0], o.before[0]));
	assert_all_restored(&o);
	obs_free(&o);
}

static void redirs_apply__dup_not_a_number__ambiguous_redirect(void **state)
{
	SH;
	struct obs o;
	observe(sh, "cat <&abc", NULL, NULL, false, &o);
	assert_int_equal(o.rc, -1);
	assert_non_null(strstr(o.err, "abc: ambiguous redirect"));
	assert_all_restored(&o);
	obs_free(&o);
}

static void redirs_apply__fails_after_earlier_changes__restore_undoes_them(void **state)
{
	SH;
	close(7);
	struct obs o;
	observe(sh, ": 3>a 4>&1 >b <&7", NULL, NULL, false, &o);
	assert_int_equal(o.rc, -1);
	assert_true(same_id(o.applied[3], path_id("a")));
	assert_true(same_id(o.applied[1], path_id("b")));
	assert_all_restored(&o);
	assert_false(o.restored[3].open);
	assert_false(o.restored[4].open);
	obs_free(&o);
}

static void redirs_apply__missing_input_file__message_and_undone(void **state)
{
	SH;
	struct obs o;
	observe(sh, ": 3>a <nosuch/file", NULL, NULL, false, &o);
	assert_int_equal(o.rc, -1);
	assert_non_null(strstr(o.err, "minish: nosuch/file: No such file or directory"));
	assert_all_restored(&o);
	obs_free(&o);
}

/* ---- here-documents and here-strings ---- */

static void redirs_apply__heredoc_unquoted__expanded_body(void **state)
{
	SH;
	vars_set(sh->vars, "x", "world", 0);
	struct obs o;
	observe(sh, "cat <<EOF\nhello $x\nEOF\n", NULL, NULL, true, &o);
	assert_int_equal(o.rc, 0);
	assert_string_equal(o.in, "hello world\n");
	assert_all_restored(&o);
	obs_free(&o);
}

static void redirs_apply__heredoc_quoted__literal_body(void **state)
{
	SH;
	vars_set(sh->vars, "x", "world", 0);
	struct obs o;
	observe(sh, "cat <<'EOF'\nhello $x\nEOF\n", NULL, NULL, true, &o);
	assert_int_equal(o.rc, 0);
	assert_string_equal(o.in, "hello $x\n");
	assert_all_restored(&o);
	obs_free(&o);
}

static void redirs_apply__heredoc_dash__tabs_stripped(void **state)
{
	SH;
	struct obs o;
	observe(sh, "cat <<-EOF\n\t\tone\n\ttwo\n\tEOF\n", NULL, NULL, true, &o);
	assert_int_equal(o.rc, 0);
	assert_string_equal(o.in, "one\ntwo\n");
	assert_all_restored(&o);
	obs_free(&o);
}

static void redirs_apply__herestring__text_and_newline(void **state)
{
	SH;
	struct obs o;
	observe(sh, "cat <<<'a  b'", NULL, NULL, true, &o);
	assert_int_equal(o.rc, 0);
	assert_string_equal(o.in, "a  b\n");
	assert_all_restored(&o);
	obs_free(&o);
}

static void redirs_apply__heredoc_on_fd3__readable_there(void **state)
{
	SH;
	struct stdio_save io;
	stdio_own(&io);
	close(3);
	struct redir_saves save = { .n = 0 };
	int rc = redirs_apply(sh, redirs_of(sh, "cat 3<<EOF\nthree\nEOF\n"), &save);
	char *got = read_all(3, NULL);
	redirs_restore(&save);
	struct fdid after = fd_id(3);
	stdio_back(&io);
	assert_int_equal(rc, 0);
	assert_non_null(got);
	assert_string_equal(got, "three\n");
	assert_false(after.open);
	free(got);
}

/* Makes BIG bytes of text: lines of 99 letters and a newline. */
static char *big_text(void)
{
	char *s = malloc(BIG + 1);
	assert_non_null(s);
	for (size_t i = 0; i < BIG; i++)
		s[i] = i % 100 == 99 ? '\n' : (char)('a' + (i / 100) % 26);
	s[BIG] = '\0';
	return s;
}

static void redirs_apply__heredoc_over_64k__whole_body_readable(void **state)
{
	SH;
	char *body = big_text();
	size_t srclen = BIG + 32;
	char *src = malloc(srclen);
	assert_non_null(src);
	snprintf(src, srclen, "cat <<'EOF'\n%sEOF\n", body);
	struct obs o;
	observe(sh, src, NULL, NULL, true, &o);
	assert_int_equal(o.rc, 0);
	assert_int_equal(o.inlen, BIG);
	assert_memory_equal(o.in, body, BIG);
	assert_all_restored(&o);
	obs_free(&o);
	free(src);
	free(body);
}

static void redirs_apply__herestring_over_64k__whole_text_readable(void **state)
{
	SH;
	char *body = big_text();
	vars_set(sh->vars, "big", body, 0);
	struct obs o;
	observe(sh, "cat <<<\"$big\"", NULL, NULL, true, &o);
	assert_int_equal(o.rc, 0);
	assert_int_equal(o.inlen, BIG + 1);
	assert_memory_equal(o.in, body, BIG);
	assert_int_equal(o.in[BIG], '\n');
	assert_all_restored(&o);
	obs_free(&o);
	free(body);
}

/* ---- saved fds and leaks ---- */

static void redirs_apply__saved_copies__above_9_and_close_on_exec(void **state)
{
	SH;
	write_file("c", "");
	open_at("five", 5);
	close(6);
	struct obs o;
	observe(sh, "cat >a 2>b <c 5>d 6>e", NULL, NULL, false, &o);
	close(5);
	assert_int_equal(o.rc, 0);
	assert_int_equal(o.save.n, 5);
	for (int i = 0; i < o.save.n; i++) {
		int fd = o.save.v[i].fd;
		if (fd == 6) {
			assert_int_equal(o.save.v[i].saved, -1);
			continue;
		}
		assert_true(o.save.v[i].saved >= 10);
		assert_true(o.saved_fdflags[i] >= 0 && (o.saved_fdflags[i] & FD_CLOEXEC));
	}
	/* the redirected fds themselves are inherited by a command */
	for (int fd = 0; fd <= 6; fd++)
		if (fd != 3 && fd != 4)
			assert_int_equal(o.fdflags[fd] & FD_CLOEXEC, 0);
	assert_all_restored(&o);
	obs_free(&o);
}

static void redirs_apply__1000_cycles__no_fd_leaked(void **state)
{
	SH;
	write_file("c", "in\n");
	close(7);
	const struct redir *ok = redirs_of(sh, "cat >a 2>&1 3<>b 4>&- <c 5<<<x 6<<EOF\nbody\nEOF\n");
	const struct redir *bad = redirs_of(sh, "cat 3>a >b <&7");
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct fdid before[NFD], after[NFD];
	struct stdio_save io;
	int failures = 0;
	stdio_own(&io);
	int n0 = count_fds();
	for (int i = 0; i < NFD; i++)
		before[i] = fd_id(i);
	for (int i = 0; i < 1000; i++) {
		struct redir_saves save = { .n = 0 };
		failures += redirs_apply(sh, i % 2 ? bad : ok, &save) != (i % 2 ? -1 : 0);
		redirs_restore(&save);
		arena_reset(sh->cmd_arena, mark);
	}
	int n1 = count_fds();
	for (int i = 0; i < NFD; i++)
		after[i] = fd_id(i);
	stdio_back(&io);
	assert_int_equal(failures, 0);
	assert_int_equal(n1, n0);
	for (int i = 0; i < NFD; i++)
		assert_true(same_id(before[i], after[i]));
}

static void redirs_apply__no_save_record__permanent(void **state)
{
	SH;
	close(5);
	int rc = redirs_apply(sh, redirs_of(sh, ": 5>perm"), NULL);
	struct fdid id = fd_id(5);
	int fdflags = fcntl(5, F_GETFD);
	close(5);
	assert_int_equal(rc, 0);
	assert_true(same_id(id, path_id("perm")));
	assert_int_equal(fdflags & FD_CLOEXEC, 0);
}

/* Exit codes of reopen_70_times. */
enum { RE_OK, RE_PARSE, RE_OVERFLOW, RE_NOT_RESTORED, RE_NO_MESSAGE };

/* Runs in a forked copy of the test (an overflow may crash it), so no cmocka assertion:
 * each `<f` after `<&-` opens the lowest free fd, 0 itself, 70 times over. */
static int reopen_70_times(struct shell *sh)
{
	char src[1024] = ":";
	for (int i = 0; i < 70; i++)
		strcat(src, " <&- <f");
	struct node *n = NULL;
	struct parse_error perr;
	if (parse_string(sh->cmd_arena, src, strlen(src), &n, &perr) != PARSE_OK || !find_simple(n))
		return RE_PARSE;
	struct stdio_save io;
	stdio_own(&io);
	struct fdid before = fd_id(0);
	struct redir_saves save = { .n = 0 };
	int rc = redirs_apply(sh, find_simple(n)->redirs, &save);
	if (save.n > REDIR_SAVE_MAX)
		return RE_OVERFLOW;
	redirs_restore(&save);
	if (!same_id(fd_id(0), before))
		return RE_NOT_RESTORED;
	char *err = slurp("std2");
	bool said = err && strstr(err, "too many redirections");
	free(err);
	return rc == 0 || said ? RE_OK : RE_NO_MESSAGE;
}

static void redirs_apply__closed_fd_reopened_70_times__record_stays_bounded(void **state)
{
	SH;
	write_file("f", "");
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(reopen_70_times(sh));
	int wstatus;
	assert_int_equal(waitpid(pid, &wstatus, 0), pid);
	char *err = slurp("std2");
	int code = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
	if (code != RE_OK)
		print_error("child status %d (%d: record overflow, %d: fd 0 not restored, %d: no message); "
		            "its stderr:\n%s\n", code, RE_OVERFLOW, RE_NOT_RESTORED, RE_NO_MESSAGE, err ? err : "");
	free(err);
	assert_int_equal(code, RE_OK);
}

/* ---- fd_move_high ---- */

static void fd_move_high__low_fd__moved_above_9_close_on_exec(void **state)
{
	(void)state;
	int fd = open("/dev/null", O_RDONLY);
	assert_true(fd >= 0 && fd < 10);
	int hi = fd_move_high(fd);
	assert_true(hi >= 10);
	int fdflags = fcntl(hi, F_GETFD);
	assert_true(fdflags >= 0 && (fdflags & FD_CLOEXEC));
	assert_true(same_id(fd_id(hi), path_id("/dev/null")));
	assert_int_equal(fcntl(fd, F_GETFD), -1);
	close(hi);
}

static void fd_move_high__bad_fd__minus_one(void **state)
{
	(void)state;
	close(8);
	assert_int_equal(fd_move_high(8), -1);
	assert_int_equal(fd_move_high(-1), -1);
}

/* fds 3..9 inherited from whoever started the test are not ours: the tests decide them. */
static int group_setup(void **state)
{
	(void)state;
	for (int fd = 3; fd < NFD; fd++)
		close(fd);
	return 0;
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(redirs_apply__out_file__fd1_on_file_and_restored),
		T(redirs_apply__out_then_dup_2_to_1__both_on_file),
		T(redirs_apply__dup_2_to_1_then_out__stderr_keeps_old_stdout),
		T(redirs_apply__out_twice__saved_once_last_file_wins),
		T(redirs_apply__close_open_fd__closed_then_reopened),
		T(redirs_apply__on_closed_fd__restore_closes_it_again),
		T(redirs_apply__lowest_free_fd_is_target__not_close_on_exec),
		T(redirs_apply__rdwr__read_write_no_truncate),
		T(redirs_apply__rdwr_default_fd__stdin_on_new_file),
		T(redirs_apply__append__keeps_old_content),
		T(redirs_apply__input_file__stdin_reads_it),
		T(redirs_apply__target_from_variable__expanded),
		T(redirs_apply__noclobber_existing_file__refused_and_all_undone),
		T(redirs_apply__noclobber_clobber_operator__overwrites),
		T(redirs_apply__noclobber_new_file_and_dev_null__allowed),
		T(redirs_apply__dup_from_closed_fd__fails_cleanly),
		T(redirs_apply__dup_not_a_number__ambiguous_redirect),
		T(redirs_apply__fails_after_earlier_changes__restore_undoes_them),
		T(redirs_apply__missing_input_file__message_and_undone),
		T(redirs_apply__heredoc_unquoted__expanded_body),
		T(redirs_apply__heredoc_quoted__literal_body),
		T(redirs_apply__heredoc_dash__tabs_stripped),
		T(redirs_apply__herestring__text_and_newline),
		T(redirs_apply__heredoc_on_fd3__readable_there),
		T(redirs_apply__heredoc_over_64k__whole_body_readable),
		T(redirs_apply__herestring_over_64k__whole_text_readable),
		T(redirs_apply__saved_copies__above_9_and_close_on_exec),
		T(redirs_apply__1000_cycles__no_fd_leaked),
		T(redirs_apply__no_save_record__permanent),
		T(redirs_apply__closed_fd_reopened_70_times__record_stays_bounded),
		T(fd_move_high__low_fd__moved_above_9_close_on_exec),
		T(fd_move_high__bad_fd__minus_one),
	};
	return cmocka_run_group_tests(tests, group_setup, NULL);
}

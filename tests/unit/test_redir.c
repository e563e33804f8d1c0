/* test_redir.c - unit tests for applying and restoring redirections (shell/redir.c): file
 * redirections, noclobber and duplication errors, parsed from source text and applied to this
 * test process's own fds (shared helpers in redir_harness.h). */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../shell/redir.h"
#include "../../shell/shell.h"
#include "../../shell/vars.h"
#include "redir_harness.h"

/* ---- assertions and "during" callbacks of these tests ---- */

/* Fails unless the file at path holds exactly want. */
static void assert_file(const char *path, const char *want)
{
	char *got = slurp(path);
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

/* A during callback: writes the string ctx to fd 1. */
static void write1(void *ctx)
{
	const char *s = ctx;
	if (write(1, s, strlen(s)) < 0)
		abort();
}

/* A during callback: writes the string ctx to fd 2. */
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
	};
	return cmocka_run_group_tests(tests, group_setup, NULL);
}

/* test_redir_fds.c - unit tests for the fds behind redirections (shell/redir.c,
 * shell/heredoc.c): here-documents and here-strings, saved copies, fd leaks and fd_move_high
 * (shared helpers in redir_harness.h). */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../shell/redir.h"
#include "../../shell/shell.h"
#include "../../shell/vars.h"
#include "redir_harness.h"

/* Size of the big here-document and here-string bodies. */
enum { BIG = 100000 };

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
	if (parse_string(sh->cmd_arena, src, strlen(src), &n, &perr) != PARSE_OK || !first_simple(n))
		return RE_PARSE;
	struct stdio_save io;
	stdio_own(&io);
	struct fdid before = fd_id(0);
	struct redir_saves save = { .n = 0 };
	int rc = redirs_apply(sh, first_simple(n)->redirs, &save);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
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

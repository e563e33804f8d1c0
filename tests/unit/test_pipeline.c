/* test_pipeline.c - unit tests for pipe plumbing (shell/pipeline.c) through the public
 * executor: parsed command lines run with exec_node() in this test process. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../parser/arena.h"
#include "../../parser/ast.h"
#include "../../parser/parser.h"
#include "../../shell/eval.h"
#include "../../shell/shell.h"
#include "shell_fixture.h"

static int setup(void **state)
{
	return fixture_setup(state, "pipeline");
}

static int teardown(void **state)
{
	return fixture_teardown(state);
}

/* The test process starts its stages the way a shell started by a clean parent would:
 * only fds 0, 1, 2 open, SIGPIPE and SIGCHLD at their defaults. */
static int group_setup(void **state)
{
	(void)state;
	int fds[256], n = 0;
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return -1;
	struct dirent *e;
	while ((e = readdir(d)) != NULL && n < 256) {
		int fd = atoi(e->d_name);
		if (e->d_name[0] != '.' && fd > 2 && fd != dirfd(d))
			fds[n++] = fd;
	}
	closedir(d);
	for (int i = 0; i < n; i++)
		close(fds[i]);
	signal(SIGPIPE, SIG_DFL);
	signal(SIGCHLD, SIG_DFL);
	return 0;
}

/* ---- helpers ---- */

/* Parses and runs src with exec_node; returns the status, or -1000 when src does not parse.
 * Makes no cmocka assertion, so it may run in a forked copy of the test. */
static int run_src(struct shell *sh, const char *src)
{
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct node *n = NULL;
	struct parse_error err;
	int status = -1000;
	fflush(stdout);
	fflush(stderr);
	if (parse_string(sh->cmd_arena, src, strlen(src), &n, &err) == PARSE_OK) {
		sh->tree_arena = sh->cmd_arena;
		status = exec_node(sh, n);
	}
	arena_reset(sh->cmd_arena, mark);
	return status;
}

static int run(struct shell *sh, const char *src)
{
	int status = run_src(sh, src);
	if (status == -1000)
		fail_msg("does not parse: %s", src);
	return status;
}

/* Returns the whole content of path (malloc'd), or NULL when it cannot be read. */
static char *slurp(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	ssize_t r;
	while (buf && (r = read(fd, buf + n, cap - n - 1)) > 0) {
		n += (size_t)r;
		if (n + 1 == cap) {
			char *bigger = realloc(buf, cap * 2);
			if (!bigger) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = bigger;
			cap *= 2;
		}
	}
	close(fd);
	if (buf)
		buf[n] = '\0';
	return buf;
}

static bool file_is(const char *path, const char *want)
{
	char *got = slurp(path);
	bool same = got && !strcmp(got, want);
	free(got);
	return same;
}

static void assert_file(const char *path, const char *want)
{
	char *got = slurp(path);
	if (!got)
		fail_msg("%s cannot be read", path);
	if (strcmp(got, want)) {
		print_error("%s holds \"%s\", expected \"%s\"\n", path, got, want);
		free(got);
		fail();
	}
	free(got);
}

static void assert_pipestatus(const struct shell *sh, int n, const int *want)
{
	assert_int_equal(sh->npipestatus, n);
	for (int i = 0; i < n; i++)
		if (sh->pipestatus[i] != want[i])
			fail_msg("PIPESTATUS[%d] is %d, expected %d", i, sh->pipestatus[i], want[i]);
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

/* Describes this process's fd table ("fd flags target" per line, by number) into buf. */
static void fd_table(char *buf, size_t size)
{
	int fds[512], n = 0;
	DIR *d = opendir("/proc/self/fd");
	assert_non_null(d);
	struct dirent *e;
	while ((e = readdir(d)) != NULL && n < 512)
		if (e->d_name[0] != '.' && atoi(e->d_name) != dirfd(d))
			fds[n++] = atoi(e->d_name);
	closedir(d);
	qsort(fds, (size_t)n, sizeof(int), cmp_int);
	size_t used = 0;
	buf[0] = '\0';
	for (int i = 0; i < n && used < size; i++) {
		char link[64], target[256] = "";
		snprintf(link, sizeof(link), "/proc/self/fd/%d", fds[i]);
		ssize_t len = readlink(link, target, sizeof(target) - 1);
		if (len >= 0)
			target[len] = '\0';
		used += (size_t)snprintf(buf + used, size - used, "%d %d %s\n", fds[i], fcntl(fds[i], F_GETFD), target);
	}
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef int child_fn(struct shell *sh);

/* Runs fn in a forked copy of the test (it may close fds 0 and 1 or hang); returns the
 * copy's exit status, or -1 when it had not finished after `seconds` (it is killed). */
static int in_child(struct shell *sh, child_fn *fn, double seconds)
{
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(fn(sh));
	double deadline = now() + seconds;
	int wstatus;
	while (waitpid(pid, &wstatus, WNOHANG) == 0) {
		if (now() > deadline) {
			kill(pid, SIGKILL);
			waitpid(pid, &wstatus, 0);
			return -1;
		}
		nanosleep(&(struct timespec){ .tv_nsec = 10000000 }, NULL);
	}
	return WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
}

/* ---- plumbing ---- */

static void exec_node__three_stages__data_flows_through(void **state)
{
	SH;
	assert_int_equal(run(sh, "printf 'a\\nb\\n' | sort -r | head -1 > OUT"), 0);
	assert_file("OUT", "b\n");
}

static void exec_node__builtin_and_compound_stages__data_flows_through(void **state)
{
	SH;
	assert_int_equal(run(sh, "echo one | { read x; echo \"got $x\"; } | (cat; echo two) | cat > OUT"), 0);
	assert_file("OUT", "got one\ntwo\n");
}

static void exec_node__five_stages__each_sees_only_stdio(void **state)
{
	SH;
	/* ls lists its own directory fd as 3: a leaked pipe end would show up as 4 or more */
	const char *src = "ls /proc/self/fd > s1 | { ls /proc/self/fd > s2; cat; } | (ls /proc/self/fd > s3; cat) "
	                  "| ls /proc/self/fd > s4 | { ls /proc/self/fd > s5; cat > /dev/null; }";
	assert_int_equal(run(sh, src), 0);
	const char *files[] = { "s1", "s2", "s3", "s4", "s5" };
	for (int i = 0; i < 5; i++)
		assert_file(files[i], "0\n1\n2\n3\n");
}

static void exec_node__cmdsub_and_background_in_pipeline__see_only_stdio(void **state)
{
	SH;
	assert_int_equal(run(sh, "echo $(ls /proc/self/fd) > c1 | cat; { ls /proc/self/fd > b1; } & wait"), 0);
	assert_file("c1", "0 1 2 3\n");
	assert_file("b1", "0\n1\n2\n3\n");
}

static void exec_node__large_data__no_deadlock(void **state)
{
	SH;
	assert_int_equal(run(sh, "seq 200000 | cat | sort -n | tail -1 > OUT"), 0);
	assert_file("OUT", "200000\n");
}

/* ---- statuses ---- */

static void exec_node__pipeline_status__last_stage(void **state)
{
	SH;
	assert_int_equal(run(sh, "false | true"), 0);
	assert_int_equal(run(sh, "true | false"), 1);
	assert_int_equal(run(sh, "true | sh -c 'exit 7'"), 7);
	assert_int_equal(run(sh, "sh -c 'exit 7' | true"), 0);
	assert_int_equal(run(sh, "true | true | true | true | sh -c 'exit 9'"), 9);
	assert_int_equal(sh->status, 9);
}

static void exec_node__bang__negates_last_status(void **state)
{
	SH;
	assert_int_equal(run(sh, "! true | false"), 0);
	assert_int_equal(run(sh, "! false | true"), 1);
	assert_int_equal(run(sh, "! sh -c 'exit 3' | sh -c 'exit 5'"), 0);
	assert_int_equal(run(sh, "! true"), 1);
}

static void exec_node__pipefail__rightmost_failure(void **state)
{
	SH;
	sh->opt.pipefail = true;
	assert_int_equal(run(sh, "sh -c 'exit 3' | sh -c 'exit 4' | true"), 4);
	assert_int_equal(run(sh, "sh -c 'exit 3' | true | true"), 3);
	assert_int_equal(run(sh, "false | true"), 1);
	assert_int_equal(run(sh, "true | true"), 0);
	assert_int_equal(run(sh, "! sh -c 'exit 3' | true"), 0);
	sh->opt.pipefail = false;
	assert_int_equal(run(sh, "sh -c 'exit 3' | sh -c 'exit 4' | true"), 0);
}

static void exec_node__pipestatus__every_stage(void **state)
{
	SH;
	run(sh, "sh -c 'exit 3' | true");
	assert_pipestatus(sh, 2, (const int[]){ 3, 0 });
	run(sh, "true | false | sh -c 'exit 5' | true | sh -c 'exit 9'");
	assert_pipestatus(sh, 5, (const int[]){ 0, 1, 5, 0, 9 });
	run(sh, "! false | false");
	assert_pipestatus(sh, 2, (const int[]){ 1, 1 });
	run(sh, "sh -c 'exit 2'");
	assert_pipestatus(sh, 1, (const int[]){ 2 });
}

static void exec_node__exit_builtin_in_stage__only_that_stage_exits(void **state)
{
	SH;
	assert_int_equal(run(sh, "exit 3 | false"), 1);
	assert_pipestatus(sh, 2, (const int[]){ 3, 1 });
	assert_int_equal(sh->unwind, UNWIND_NONE);
	assert_int_equal(run(sh, "echo still > OUT"), 0);
	assert_file("OUT", "still\n");
}

static void exec_node__failing_stage__status_and_others_still_run(void **state)
{
	SH;
	assert_int_equal(run(sh, "nosuchcommand-minish 2>/dev/null | echo ran > OUT"), 0);
	assert_pipestatus(sh, 2, (const int[]){ 127, 0 });
	assert_file("OUT", "ran\n");
	assert_int_equal(run(sh, "cat 2>/dev/null </nonexistent/file | echo ran > OUT2"), 0);
	assert_pipestatus(sh, 2, (const int[]){ 1, 0 });
	assert_file("OUT2", "ran\n");
}

static void exec_node__yes_head__quick_and_writer_141(void **state)
{
	SH;
	double t0 = now();
	assert_int_equal(run(sh, "yes | head -1 > OUT"), 0);
	double elapsed = now() - t0;
	assert_true(elapsed < 5.0);
	assert_file("OUT", "y\n");
	assert_pipestatus(sh, 2, (const int[]){ 141, 0 });
}

static void exec_node__builtin_writer_loop__ended_by_sigpipe(void **state)
{
	SH;
	assert_int_equal(run(sh, "while :; do echo y; done | head -1 > OUT"), 0);
	assert_file("OUT", "y\n");
	assert_pipestatus(sh, 2, (const int[]){ 141, 0 });
}

/* ---- the shell's own fds ---- */

static void exec_node__200_pipelines__fd_table_unchanged_no_zombie(void **state)
{
	SH;
	static char before[16384], after[16384];
	static const char *const srcs[] = {
		"echo x | cat > /dev/null",
		"/bin/echo x | cat | cat > /dev/null",
		"true | { cat; } | (cat) > /dev/null",
		"yes | head -1 > /dev/null",
		"printf 'b\\na\\n' | sort | cat > OUT 2>&1",
		"cat < /dev/null | cat 2>/dev/null >&2 | cat",
	};
	fd_table(before, sizeof(before));
	int bad = 0;
	for (int i = 0; i < 200; i++)
		bad += run(sh, srcs[i % 6]) != 0;
	fd_table(after, sizeof(after));
	assert_int_equal(bad, 0);
	assert_string_equal(after, before);
	assert_file("OUT", "a\nb\n");
	errno = 0;
	assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
	assert_int_equal(errno, ECHILD);
}

/* Child exit codes of the closed-stdio tests. */
enum { CH_OK, CH_STATUS, CH_OUTPUT, CH_FD0_OPEN, CH_FD1_OPEN };

/* The pipelines run with fd 0 and/or fd 1 closed; their output goes to files. */
static int closed_stdio_pipelines(struct shell *sh)
{
	if (run_src(sh, "printf 'a\\n' | cat > OUT") != 0 || run_src(sh, "/bin/echo b | cat >> OUT") != 0 ||
	    run_src(sh, "printf 'c\\n' | sort | cat >> OUT") != 0 || run_src(sh, "/bin/echo d | /bin/cat >> OUT") != 0)
		return CH_STATUS;
	return file_is("OUT", "a\nb\nc\nd\n") ? CH_OK : CH_OUTPUT;
}

static int stdin_closed(struct shell *sh)
{
	close(0);
	int r = closed_stdio_pipelines(sh);
	if (r == CH_OK && fcntl(0, F_GETFD) >= 0)
		r = CH_FD0_OPEN;
	return r;
}

static int stdout_closed(struct shell *sh)
{
	close(1);
	int r = closed_stdio_pipelines(sh);
	if (r == CH_OK && fcntl(1, F_GETFD) >= 0)
		r = CH_FD1_OPEN;
	return r;
}

static int stdin_stdout_closed(struct shell *sh)
{
	close(0);
	close(1);
	int r = closed_stdio_pipelines(sh);
	if (r == CH_OK && fcntl(0, F_GETFD) >= 0)
		r = CH_FD0_OPEN;
	if (r == CH_OK && fcntl(1, F_GETFD) >= 0)
		r = CH_FD1_OPEN;
	return r;
}

static void assert_child_ok(int r)
{
	switch (r) {
	case -1:
		fail_msg("the pipelines did not finish within 5 s");
		break;
	case CH_OK:
		return;
	case CH_STATUS:
		fail_msg("a pipeline failed");
		break;
	case CH_OUTPUT:
		fail_msg("wrong output");
		break;
	case CH_FD0_OPEN:
		fail_msg("fd 0 was closed before the pipelines and is open after them");
		break;
	case CH_FD1_OPEN:
		fail_msg("fd 1 was closed before the pipelines and is open after them");
		break;
	default:
		fail_msg("the child ended with status %d", r);
	}
}

static void exec_node__stdin_closed__pipelines_work_fd0_stays_closed(void **state)
{
	SH;
	assert_child_ok(in_child(sh, stdin_closed, 5));
}

static void exec_node__stdout_closed__pipelines_work_fd1_stays_closed(void **state)
{
	SH;
	assert_child_ok(in_child(sh, stdout_closed, 5));
}

static void exec_node__stdin_stdout_closed__pipe_on_0_1_handled(void **state)
{
	SH;
	assert_child_ok(in_child(sh, stdin_stdout_closed, 5));
}

/* A stage's redirections are opened by that stage: a FIFO read by the first stage and
 * written by the second must not block the shell before the second starts. */
static int fifo_between_stages(struct shell *sh)
{
	if (mkfifo("fifo", 0600) < 0)
		return CH_STATUS;
	if (run_src(sh, "cat < fifo | { echo hi > fifo; cat; } > OUT") != 0)
		return CH_STATUS;
	return file_is("OUT", "hi\n") ? CH_OK : CH_OUTPUT;
}

static void exec_node__fifo_read_by_first_stage_written_by_second__no_deadlock(void **state)
{
	SH;
	assert_child_ok(in_child(sh, fifo_between_stages, 5));
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(exec_node__three_stages__data_flows_through),
		T(exec_node__builtin_and_compound_stages__data_flows_through),
		T(exec_node__five_stages__each_sees_only_stdio),
		T(exec_node__cmdsub_and_background_in_pipeline__see_only_stdio),
		T(exec_node__large_data__no_deadlock),
		T(exec_node__pipeline_status__last_stage),
		T(exec_node__bang__negates_last_status),
		T(exec_node__pipefail__rightmost_failure),
		T(exec_node__pipestatus__every_stage),
		T(exec_node__exit_builtin_in_stage__only_that_stage_exits),
		T(exec_node__failing_stage__status_and_others_still_run),
		T(exec_node__yes_head__quick_and_writer_141),
		T(exec_node__builtin_writer_loop__ended_by_sigpipe),
		T(exec_node__200_pipelines__fd_table_unchanged_no_zombie),
		T(exec_node__stdin_closed__pipelines_work_fd0_stays_closed),
		T(exec_node__stdout_closed__pipelines_work_fd1_stays_closed),
		T(exec_node__stdin_stdout_closed__pipe_on_0_1_handled),
		T(exec_node__fifo_read_by_first_stage_written_by_second__no_deadlock),
	};
	return cmocka_run_group_tests(tests, group_setup, NULL);
}

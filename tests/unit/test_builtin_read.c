/* test_builtin_read.c - unit tests for the read builtin. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <sys/wait.h>
#include <time.h>

#include "../../shell/signals.h"
#include "builtin_harness.h"

/* Runs read with argv (NULL-terminated) on input delivered through a pipe or a file. */
static struct run read_from(struct shell *sh, const char *input, int regular, char **argv)
{
	int argc = 0, saved;
	struct run r;
	while (argv[argc])
		argc++;
	saved = harness_stdin(input, strlen(input), regular);
	r = harness_run(sh, bi_read, argc, argv);
	harness_stdin_restore(saved);
	return r;
}

#define READ(sh, input, ...) read_from((sh), (input), 0, (char *[]){ "read", __VA_ARGS__, NULL })
#define READ_FILE(sh, input, ...) read_from((sh), (input), 1, (char *[]){ "read", __VA_ARGS__, NULL })

static void expect_status(struct run r, int status, const char *err)
{
	assert_string_equal(r.err, err);
	assert_int_equal(r.status, status);
	run_free(&r);
}

static void expect_var(struct shell *sh, const char *name, const char *value)
{
	const char *v = shell_getvar(sh, name);
	assert_non_null(v);
	assert_string_equal(v, value);
}

static void read__one_name__whole_line_trimmed(void **state)
{
	expect_status(READ(*state, "  a  b  c  \n", "x"), 0, "");
	expect_var(*state, "x", "a  b  c");
}

static void read__two_names__rest_to_last(void **state)
{
	expect_status(READ(*state, "  a  b  c  \n", "x", "y"), 0, "");
	expect_var(*state, "x", "a");
	expect_var(*state, "y", "b  c");
}

static void read__more_names_than_fields__rest_empty(void **state)
{
	expect_status(READ(*state, "a  b  \n", "x", "y", "z"), 0, "");
	expect_var(*state, "x", "a");
	expect_var(*state, "y", "b");
	expect_var(*state, "z", "");
}

static void read__no_name__reply_untrimmed(void **state)
{
	expect_status(READ(*state, "  a  b  \n", "-r"), 0, "");
	expect_var(*state, "REPLY", "  a  b  ");
}

static void read__colon_ifs__empty_fields_kept(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "IFS", ":");
	expect_status(READ(sh, "a:b::c:\n", "x", "y", "z"), 0, "");
	expect_var(sh, "x", "a");
	expect_var(sh, "y", "b");
	expect_var(sh, "z", ":c:");
}

static void read__colon_ifs_last_field__delimiter_dropped(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "IFS", ":");
	expect_status(READ(sh, "a:b:c:\n", "x", "y", "z"), 0, "");
	expect_var(sh, "z", "c");
}

static void read__colon_ifs_two_trailing__kept(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "IFS", ":");
	expect_status(READ(sh, "a:b:c::\n", "x", "y", "z"), 0, "");
	expect_var(sh, "z", "c::");
}

static void read__colon_ifs_rest__unsplit(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "IFS", ":");
	expect_status(READ(sh, "a:b::c:\n", "x", "y"), 0, "");
	expect_var(sh, "y", "b::c:");
}

static void read__mixed_ifs__whitespace_around_delimiter(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "IFS", " :");
	expect_status(READ(sh, "a : b : c : \n", "x", "y", "z"), 0, "");
	expect_var(sh, "x", "a");
	expect_var(sh, "y", "b");
	expect_var(sh, "z", "c");
}

static void read__mixed_ifs_extra_name__empty(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "IFS", ": ");
	expect_status(READ(sh, "a b:c \n", "x", "y", "z", "w"), 0, "");
	expect_var(sh, "z", "c");
	expect_var(sh, "w", "");
}

static void read__tab_ifs__runs_collapse(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "IFS", "\t");
	expect_status(READ(sh, "\t\ta\t\tb\t\t\n", "x", "y"), 0, "");
	expect_var(sh, "x", "a");
	expect_var(sh, "y", "b");
}

static void read__empty_ifs__no_splitting(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "IFS", "");
	expect_status(READ(sh, "  a b  \n", "x", "y"), 0, "");
	expect_var(sh, "x", "  a b  ");
	expect_var(sh, "y", "");
}

static void read__unset_ifs__default_whitespace(void **state)
{
	struct shell *sh = *state;
	vars_unset(sh->vars, "IFS");
	expect_status(READ(sh, " a\tb \n", "x", "y"), 0, "");
	expect_var(sh, "x", "a");
	expect_var(sh, "y", "b");
}

static void read__backslash_escapes__removed(void **state)
{
	expect_status(READ(*state, "a b\\ c\\\nd e\n", "x", "y"), 0, "");
	expect_var(*state, "x", "a");
	expect_var(*state, "y", "b cd e");
}

static void read__raw__backslashes_kept(void **state)
{
	expect_status(READ(*state, "a b\\ c\\\nd e\n", "-r", "x", "y"), 0, "");
	expect_var(*state, "x", "a");
	expect_var(*state, "y", "b\\ c\\");
}

static void read__escaped_ifs_char__not_a_delimiter(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "IFS", ":");
	expect_status(READ(sh, "a\\:b:c\n", "x", "y"), 0, "");
	expect_var(sh, "x", "a:b");
	expect_var(sh, "y", "c");
}

static void read__escaped_trailing_space__kept(void **state)
{
	expect_status(READ(*state, "a\\ \n", "x"), 0, "");
	expect_var(*state, "x", "a ");
}

static void read__escaped_leading_space__kept(void **state)
{
	expect_status(READ(*state, "\\ a\n", "x", "y"), 0, "");
	expect_var(*state, "x", " a");
	expect_var(*state, "y", "");
}

static void read__eof_without_newline__status_1_value_set(void **state)
{
	expect_status(READ(*state, "abc", "x"), 1, "");
	expect_var(*state, "x", "abc");
}

static void read__empty_input__status_1_empty(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "x", "old");
	expect_status(READ(sh, "", "x"), 1, "");
	expect_var(sh, "x", "");
}

static void read__backslash_at_eof__status_1(void **state)
{
	expect_status(READ(*state, "a\\\n", "x"), 1, "");
	expect_var(*state, "x", "a");
}

static void read__pipe__rest_left_for_next_reader(void **state)
{
	struct shell *sh = *state;
	int saved = harness_stdin("first\nsecond\nthird\n", 19, 0);
	char rest[32] = { 0 };
	struct run r = harness_run(sh, bi_read, 2, (char *[]){ "read", "x", NULL });
	struct run r2 = harness_run(sh, bi_read, 2, (char *[]){ "read", "y", NULL });
	ssize_t n = read(0, rest, sizeof(rest) - 1);
	harness_stdin_restore(saved);
	assert_int_equal(r.status, 0);
	assert_int_equal(r2.status, 0);
	expect_var(sh, "x", "first");
	expect_var(sh, "y", "second");
	assert_int_equal(n, 6);
	assert_string_equal(rest, "third\n");
	run_free(&r);
	run_free(&r2);
}

static void read__regular_file__offset_after_line(void **state)
{
	struct shell *sh = *state;
	int saved = harness_stdin("one\ntwo\n", 8, 1);
	struct run r = harness_run(sh, bi_read, 2, (char *[]){ "read", "x", NULL });
	off_t pos = lseek(0, 0, SEEK_CUR);
	harness_stdin_restore(saved);
	assert_int_equal(r.status, 0);
	expect_var(sh, "x", "one");
	assert_int_equal(pos, 4);
	run_free(&r);
}

static void read__regular_file_with_n__offset_after_count(void **state)
{
	struct shell *sh = *state;
	int saved = harness_stdin("abcdef\n", 7, 1);
	struct run r = harness_run(sh, bi_read, 4, (char *[]){ "read", "-n", "2", "x", NULL });
	off_t pos = lseek(0, 0, SEEK_CUR);
	harness_stdin_restore(saved);
	assert_int_equal(r.status, 0);
	expect_var(sh, "x", "ab");
	assert_int_equal(pos, 2);
	run_free(&r);
}

static void read__regular_file_eof__status_1(void **state)
{
	expect_status(READ_FILE(*state, "last", "x"), 1, "");
	expect_var(*state, "x", "last");
}

static void read__nchars__stops_after_count(void **state)
{
	expect_status(READ(*state, "abcdef", "-n", "3", "x"), 0, "");
	expect_var(*state, "x", "abc");
}

static void read__nchars_newline_first__stops_at_newline(void **state)
{
	expect_status(READ(*state, "ab\ncd\n", "-n", "5", "x"), 0, "");
	expect_var(*state, "x", "ab");
}

static void read__nchars_escape__counts_one(void **state)
{
	expect_status(READ(*state, "a\\bc", "-n", "2", "x"), 0, "");
	expect_var(*state, "x", "ab");
}

static void read__nchars_zero__reads_nothing(void **state)
{
	expect_status(READ(*state, "abc\n", "-n", "0", "x"), 0, "");
	expect_var(*state, "x", "");
}

static void read__nchars_invalid__status_2(void **state)
{
	expect_status(READ(*state, "x\n", "-n", "abc", "x"), 2, "minish: read: abc: invalid number\n");
}

static void read__delim__stops_at_delimiter(void **state)
{
	expect_status(READ(*state, "a;b;c", "-d", ";", "x"), 0, "");
	expect_var(*state, "x", "a");
}

static void read__empty_delim__reads_to_nul(void **state)
{
	struct shell *sh = *state;
	int saved = harness_stdin("a b\nc\0rest", 10, 0);
	struct run r = harness_run(sh, bi_read, 5, (char *[]){ "read", "-d", "", "x", "y", NULL });
	harness_stdin_restore(saved);
	assert_int_equal(r.status, 0);
	expect_var(sh, "x", "a");
	expect_var(sh, "y", "b\nc");
	run_free(&r);
}

static void read__nul_bytes__dropped(void **state)
{
	struct shell *sh = *state;
	int saved = harness_stdin("a\0b\n", 4, 0);
	struct run r = harness_run(sh, bi_read, 2, (char *[]){ "read", "x", NULL });
	harness_stdin_restore(saved);
	assert_int_equal(r.status, 0);
	expect_var(sh, "x", "ab");
	run_free(&r);
}

static void read__invalid_option__usage_status_2(void **state)
{
	struct run r = READ(*state, "x\n", "-q", "x");
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "minish: read: -q: invalid option\n"));
	assert_non_null(strstr(r.err, "read: usage: read"));
	run_free(&r);
}

static void read__missing_option_argument__usage_status_2(void **state)
{
	struct run r = READ(*state, "x\n", "-d");
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "minish: read: -d: option requires an argument\n"));
	run_free(&r);
}

static void read__invalid_name__status_1(void **state)
{
	expect_status(READ(*state, "x\n", "1x"), 1, "minish: read: `1x': not a valid identifier\n");
}

static void read__readonly_name__status_1(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "ro", "old", VAR_READONLY);
	struct run r = READ(sh, "new\n", "ro");
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "ro: readonly variable"));
	expect_var(sh, "ro", "old");
	run_free(&r);
}

static void read__prompt_not_a_tty__not_printed(void **state)
{
	expect_status(READ(*state, "x\n", "-p", "PROMPT> ", "v"), 0, "");
	expect_var(*state, "v", "x");
}

static void read__timeout_no_data__status_above_128(void **state)
{
	struct shell *sh = *state;
	int p[2], saved = dup(0);
	struct timespec a, b;
	struct run r;
	double elapsed;

	assert_int_equal(pipe(p), 0);
	dup2(p[0], 0);
	close(p[0]);
	clock_gettime(CLOCK_MONOTONIC, &a);
	r = harness_run(sh, bi_read, 4, (char *[]){ "read", "-t", "0.2", "x", NULL });
	clock_gettime(CLOCK_MONOTONIC, &b);
	close(p[1]);
	harness_stdin_restore(saved);
	elapsed = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
	assert_true(r.status > 128);
	assert_true(elapsed >= 0.15 && elapsed < 2.0);
	run_free(&r);
}

static void read__timeout_with_data__reads_line(void **state)
{
	expect_status(READ(*state, "ab\n", "-t", "5", "x"), 0, "");
	expect_var(*state, "x", "ab");
}

static void read__timeout_zero__polls_only(void **state)
{
	expect_status(READ(*state, "ab\n", "-t", "0", "x"), 0, "");
	assert_null(shell_getvar(*state, "x"));
}

static void read__timeout_invalid__status_2(void **state)
{
	expect_status(READ(*state, "x\n", "-t", "abc", "x"), 2,
	              "minish: read: abc: invalid timeout specification\n");
}

static void read__silent_not_a_tty__reads_normally(void **state)
{
	expect_status(READ(*state, "secret\n", "-s", "-r", "x"), 0, "");
	expect_var(*state, "x", "secret");
}

static void read__long_line__read_whole(void **state)
{
	struct shell *sh = *state;
	char *line = malloc(20002);
	int saved;
	struct run r;
	memset(line, 'x', 20000);
	line[20000] = '\n';
	line[20001] = '\0';
	saved = harness_stdin(line, 20001, 1);
	r = harness_run(sh, bi_read, 2, (char *[]){ "read", "v", NULL });
	harness_stdin_restore(saved);
	assert_int_equal(r.status, 0);
	assert_int_equal(strlen(shell_getvar(sh, "v")), 20000);
	run_free(&r);
	free(line);
}

/* A trap-like handler: records the signal as the shell's own handler does. */
static void flag_handler(int signo)
{
	sig_pending[signo] = 1;
	sig_any_pending = 1;
}

/* A handler the shell does not act on: it sets no flag. */
static void quiet_handler(int signo)
{
	(void)signo;
}

/* Forks a child that, after 100 ms, sends SIGUSR1 to this process and then writes
 * data (may be NULL) to fd; returns its pid. */
static pid_t poke_later(int fd, const char *data)
{
	pid_t parent = getpid(), pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct timespec ts = { .tv_nsec = 100000000 };
		nanosleep(&ts, NULL);
		kill(parent, SIGUSR1);
		nanosleep(&ts, NULL);
		if (data && write(fd, data, strlen(data)) < 0)
			_exit(1);
		_exit(0);
	}
	return pid;
}

/* Runs read on a pipe with a SIGUSR1 handler installed without SA_RESTART. */
static struct run read_interrupted(struct shell *sh, void (*handler)(int), const char *late)
{
	struct sigaction sa = { .sa_handler = handler }, old;
	int p[2], saved = dup(0);
	pid_t pid;
	struct run r;

	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, &old);
	assert_int_equal(pipe(p), 0);
	dup2(p[0], 0);
	close(p[0]);
	pid = poke_later(p[1], late);
	r = harness_run(sh, bi_read, 2, (char *[]){ "read", "x", NULL });
	close(p[1]);
	waitpid(pid, NULL, 0);
	harness_stdin_restore(saved);
	sigaction(SIGUSR1, &old, NULL);
	sig_pending[SIGUSR1] = 0;
	sig_any_pending = 0;
	return r;
}

static void read__trapped_signal__status_128_plus_signal(void **state)
{
	struct run r = read_interrupted(*state, flag_handler, NULL);
	assert_int_equal(r.status, 128 + SIGUSR1);
	assert_string_equal(r.err, "");
	run_free(&r);
}

static void read__untrapped_interrupt__read_resumes(void **state)
{
	struct run r = read_interrupted(*state, quiet_handler, "late line\n");
	assert_int_equal(r.status, 0);
	expect_var(*state, "x", "late line");
	run_free(&r);
}

#define T(name) cmocka_unit_test_setup_teardown(name, harness_setup, harness_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(read__one_name__whole_line_trimmed),
		T(read__two_names__rest_to_last),
		T(read__more_names_than_fields__rest_empty),
		T(read__no_name__reply_untrimmed),
		T(read__colon_ifs__empty_fields_kept),
		T(read__colon_ifs_last_field__delimiter_dropped),
		T(read__colon_ifs_two_trailing__kept),
		T(read__colon_ifs_rest__unsplit),
		T(read__mixed_ifs__whitespace_around_delimiter),
		T(read__mixed_ifs_extra_name__empty),
		T(read__tab_ifs__runs_collapse),
		T(read__empty_ifs__no_splitting),
		T(read__unset_ifs__default_whitespace),
		T(read__backslash_escapes__removed),
		T(read__raw__backslashes_kept),
		T(read__escaped_ifs_char__not_a_delimiter),
		T(read__escaped_trailing_space__kept),
		T(read__escaped_leading_space__kept),
		T(read__eof_without_newline__status_1_value_set),
		T(read__empty_input__status_1_empty),
		T(read__backslash_at_eof__status_1),
		T(read__pipe__rest_left_for_next_reader),
		T(read__regular_file__offset_after_line),
		T(read__regular_file_with_n__offset_after_count),
		T(read__regular_file_eof__status_1),
		T(read__nchars__stops_after_count),
		T(read__nchars_newline_first__stops_at_newline),
		T(read__nchars_escape__counts_one),
		T(read__nchars_zero__reads_nothing),
		T(read__nchars_invalid__status_2),
		T(read__delim__stops_at_delimiter),
		T(read__empty_delim__reads_to_nul),
		T(read__nul_bytes__dropped),
		T(read__invalid_option__usage_status_2),
		T(read__missing_option_argument__usage_status_2),
		T(read__invalid_name__status_1),
		T(read__readonly_name__status_1),
		T(read__prompt_not_a_tty__not_printed),
		T(read__timeout_no_data__status_above_128),
		T(read__timeout_with_data__reads_line),
		T(read__timeout_zero__polls_only),
		T(read__timeout_invalid__status_2),
		T(read__silent_not_a_tty__reads_normally),
		T(read__long_line__read_whole),
		T(read__trapped_signal__status_128_plus_signal),
		T(read__untrapped_interrupt__read_resumes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

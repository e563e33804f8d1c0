/* test_builtin_limits_getopts.c - unit tests for the umask, ulimit and getopts builtins. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "builtin_harness.h"

static void expect(struct run r, int status, const char *out, const char *err)
{
	assert_string_equal(r.out, out);
	assert_string_equal(r.err, err);
	assert_int_equal(r.status, status);
	run_free(&r);
}

static mode_t current_mask(void)
{
	mode_t m = umask(0);
	umask(m);
	return m;
}

/* umask is process state: each test starts from 022. */
static int umask_setup(void **state)
{
	int rc = harness_setup(state);
	umask(022);
	return rc;
}

/* ---- umask ---- */

static void umask__no_args__four_octal_digits(void **state)
{
	expect(RUN(*state, bi_umask, "umask"), 0, "0022\n", "");
}

static void umask__symbolic_print__S(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "-S"), 0, "u=rwx,g=rx,o=rx\n", "");
}

static void umask__octal__sets(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "077"), 0, "", "");
	assert_int_equal(current_mask(), 077);
}

static void umask__octal_above_0777__masked(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "7777"), 0, "", "");
	assert_int_equal(current_mask(), 0777);
}

static void umask__bad_octal__error(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "999"), 1, "", "minish: umask: 999: octal number out of range\n");
	expect(RUN(*state, bi_umask, "umask", "12a"), 1, "", "minish: umask: 12a: octal number out of range\n");
	assert_int_equal(current_mask(), 022);
}

static void umask__symbolic_assign__sets(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "u=rwx,g=rx,o="), 0, "", "");
	assert_int_equal(current_mask(), 027);
}

static void umask__symbolic_remove_all__adds_bits(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "a-w"), 0, "", "");
	assert_int_equal(current_mask(), 0222);
}

static void umask__symbolic_add__clears_bits(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "g+w"), 0, "", "");
	assert_int_equal(current_mask(), 002);
}

static void umask__symbolic_no_who__all(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "="), 0, "", "");
	assert_int_equal(current_mask(), 0777);
}

static void umask__symbolic_several_ops__applied_in_order(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "u=r+w-r,go-rwx"), 0, "", "");
	assert_int_equal(current_mask(), 0577);
}

static void umask__symbolic_bad_operator__error(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "u%r"), 1, "",
	       "minish: umask: `%': invalid symbolic mode operator\n");
	assert_int_equal(current_mask(), 022);
}

static void umask__symbolic_bad_char__error(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "u+q"), 1, "",
	       "minish: umask: `q': invalid symbolic mode character\n");
	expect(RUN(*state, bi_umask, "umask", "o=uq"), 1, "",
	       "minish: umask: `q': invalid symbolic mode character\n");
}

static void umask__permission_copy__reads_mask_before_the_mode(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "0124"), 0, "", "");
	expect(RUN(*state, bi_umask, "umask", "a=,a=u"), 0, "", "");
	expect(RUN(*state, bi_umask, "umask"), 0, "0111\n", "");
	expect(RUN(*state, bi_umask, "umask", "a=s"), 0, "", "");
	expect(RUN(*state, bi_umask, "umask"), 0, "0777\n", "");
}

static void umask__S_with_mode__sets_and_prints(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "-S", "027"), 0, "u=rwx,g=rx,o=\n", "");
	assert_int_equal(current_mask(), 027);
}

static void umask__p__reusable_output(void **state)
{
	expect(RUN(*state, bi_umask, "umask", "-p"), 0, "umask 0022\n", "");
}

static void umask__invalid_option__usage_status_2(void **state)
{
	struct run r = RUN(*state, bi_umask, "umask", "-x");
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "minish: umask: -x: invalid option\n"));
	run_free(&r);
}

/* ---- ulimit (limits are process state: changes happen in a forked child) ---- */

/* Runs ulimit in a child with argv; returns its status and stdout/stderr in *r. */
static void ulimit_child(struct shell *sh, int argc, char **argv, struct run *r)
{
	int out = harness_tmpfd(), err = harness_tmpfd(), wstatus;
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		dup2(out, 1);
		dup2(err, 2);
		int st = bi_ulimit(sh, argc, argv);
		fflush(stdout);
		fflush(stderr);
		if (st == 0) {
			/* Print the limit that is now in force so the parent can check it. */
			bi_ulimit(sh, argc - 1, argv);
			fflush(stdout);
		}
		_exit(st);
	}
	assert_int_equal(waitpid(pid, &wstatus, 0), pid);
	r->status = WEXITSTATUS(wstatus);
	r->out = harness_slurp(out, &r->outlen);
	r->err = harness_slurp(err, NULL);
	close(out);
	close(err);
}

static void ulimit__default__file_size(void **state)
{
	struct rlimit rl;
	char want[64];
	getrlimit(RLIMIT_FSIZE, &rl);
	if (rl.rlim_cur == RLIM_INFINITY)
		snprintf(want, sizeof(want), "unlimited\n");
	else
		snprintf(want, sizeof(want), "%llu\n", (unsigned long long)(rl.rlim_cur / 1024));
	expect(RUN(*state, bi_ulimit, "ulimit"), 0, want, "");
}

static void ulimit__n__open_files(void **state)
{
	struct rlimit rl;
	char want[64];
	getrlimit(RLIMIT_NOFILE, &rl);
	snprintf(want, sizeof(want), "%llu\n", (unsigned long long)rl.rlim_cur);
	expect(RUN(*state, bi_ulimit, "ulimit", "-n"), 0, want, "");
	getrlimit(RLIMIT_NOFILE, &rl);
	snprintf(want, sizeof(want), "%llu\n", (unsigned long long)rl.rlim_max);
	expect(RUN(*state, bi_ulimit, "ulimit", "-Hn"), 0, want, "");
}

static void ulimit__a__every_resource_described(void **state)
{
	struct run r = RUN(*state, bi_ulimit, "ulimit", "-a");
	struct rlimit rl;
	char want[96];
	assert_int_equal(r.status, 0);
	getrlimit(RLIMIT_NOFILE, &rl);
	snprintf(want, sizeof(want), "open files                          (-n) %llu\n",
	         (unsigned long long)rl.rlim_cur);
	assert_non_null(strstr(r.out, want));
	assert_non_null(strstr(r.out, "\npipe size                (512 bytes, -p) 8\n"));
	assert_non_null(strstr(r.out, "real-time non-blocking time  (microseconds, -R) "));
	assert_non_null(strstr(r.out, "\nfile size                   (blocks, -f) "));
	run_free(&r);
}

static void ulimit__two_resources__described(void **state)
{
	struct run r = RUN(*state, bi_ulimit, "ulimit", "-c", "-n");
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "core file size              (blocks, -c) "));
	assert_non_null(strstr(r.out, "open files                          (-n) "));
	run_free(&r);
}

static void ulimit__set_soft__applied(void **state)
{
	struct run r = { 0 };
	ulimit_child(*state, 3, (char *[]){ "ulimit", "-Sn", "64", NULL }, &r);
	expect(r, 0, "64\n", "");
}

static void ulimit__set_file_size__round_trip(void **state)
{
	struct run r = { 0 };
	ulimit_child(*state, 3, (char *[]){ "ulimit", "-f", "100", NULL }, &r);
	expect(r, 0, "100\n", "");
}

static void ulimit__soft_above_hard__einval(void **state)
{
	struct run r = { 0 };
	struct rlimit rl;
	char value[32];
	getrlimit(RLIMIT_NOFILE, &rl);
	snprintf(value, sizeof(value), "%llu", (unsigned long long)rl.rlim_max + 1);
	ulimit_child(*state, 3, (char *[]){ "ulimit", "-Sn", value, NULL }, &r);
	expect(r, 1, "", "minish: ulimit: open files: cannot modify limit: Invalid argument\n");
}

static void ulimit__hard_keyword__copies_hard_limit(void **state)
{
	struct run r = { 0 };
	struct rlimit rl;
	char want[64];
	getrlimit(RLIMIT_NOFILE, &rl);
	snprintf(want, sizeof(want), "%llu\n", (unsigned long long)rl.rlim_max);
	ulimit_child(*state, 3, (char *[]){ "ulimit", "-Sn", "hard", NULL }, &r);
	expect(r, 0, want, "");
}

static void ulimit__bad_number__status_1(void **state)
{
	expect(RUN(*state, bi_ulimit, "ulimit", "-n", "abc"), 1, "", "minish: ulimit: abc: invalid number\n");
	expect(RUN(*state, bi_ulimit, "ulimit", "-n", "1.5"), 1, "", "minish: ulimit: 1.5: invalid number\n");
}

static void ulimit__out_of_range__status_1(void **state)
{
	expect(RUN(*state, bi_ulimit, "ulimit", "-f", "99999999999999999999"), 1, "",
	       "minish: ulimit: 99999999999999999999: limit out of range\n");
}

static void ulimit__pipe_size__read_only(void **state)
{
	expect(RUN(*state, bi_ulimit, "ulimit", "-p", "5"), 1, "",
	       "minish: ulimit: pipe size: cannot modify limit: Invalid argument\n");
}

static void ulimit__invalid_option__usage_status_2(void **state)
{
	struct run r = RUN(*state, bi_ulimit, "ulimit", "-z");
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "minish: ulimit: -z: invalid option\n"));
	run_free(&r);
}

static void ulimit__too_many_operands__usage_status_2(void **state)
{
	struct run r = RUN(*state, bi_ulimit, "ulimit", "-n", "1", "2");
	assert_int_equal(r.status, 2);
	run_free(&r);
}

/* ---- getopts ---- */

#define GETOPTS(sh, ...) RUN((sh), bi_getopts, "getopts", __VA_ARGS__)

static void expect_var(struct shell *sh, const char *name, const char *value)
{
	const char *v = shell_getvar(sh, name);
	if (!value) {
		assert_null(v);
		return;
	}
	assert_non_null(v);
	assert_string_equal(v, value);
}

/* Checks one getopts call: status, NAME, OPTARG (NULL: unset; "" after an option without an
 * argument, as in dash), OPTIND and stderr. */
static void step(struct shell *sh, struct run r, int status, const char *opt, const char *optarg,
                 const char *optind, const char *err)
{
	assert_string_equal(r.err, err);
	assert_int_equal(r.status, status);
	expect_var(sh, "o", opt);
	expect_var(sh, "OPTARG", optarg);
	expect_var(sh, "OPTIND", optind);
	run_free(&r);
}

static void getopts__separate_options__in_order(void **state)
{
	struct shell *sh = *state;
	step(sh, GETOPTS(sh, "ab:c", "o", "-a", "-b", "x", "-c", "rest"), 0, "a", "", "2", "");
	step(sh, GETOPTS(sh, "ab:c", "o", "-a", "-b", "x", "-c", "rest"), 0, "b", "x", "4", "");
	step(sh, GETOPTS(sh, "ab:c", "o", "-a", "-b", "x", "-c", "rest"), 0, "c", "", "5", "");
	step(sh, GETOPTS(sh, "ab:c", "o", "-a", "-b", "x", "-c", "rest"), 1, "?", NULL, "5", "");
}

static void getopts__grouped_options__position_kept(void **state)
{
	struct shell *sh = *state;
	step(sh, GETOPTS(sh, "abc", "o", "-abc", "x"), 0, "a", "", "1", "");
	step(sh, GETOPTS(sh, "abc", "o", "-abc", "x"), 0, "b", "", "1", "");
	step(sh, GETOPTS(sh, "abc", "o", "-abc", "x"), 0, "c", "", "2", "");
	step(sh, GETOPTS(sh, "abc", "o", "-abc", "x"), 1, "?", NULL, "2", "");
}

static void getopts__attached_argument__rest_of_word(void **state)
{
	struct shell *sh = *state;
	step(sh, GETOPTS(sh, "ab:", "o", "-abfoo", "x"), 0, "a", "", "1", "");
	step(sh, GETOPTS(sh, "ab:", "o", "-abfoo", "x"), 0, "b", "foo", "2", "");
}

static void getopts__double_dash__ends_and_skipped(void **state)
{
	struct shell *sh = *state;
	step(sh, GETOPTS(sh, "a", "o", "-a", "--", "-a"), 0, "a", "", "2", "");
	step(sh, GETOPTS(sh, "a", "o", "-a", "--", "-a"), 1, "?", NULL, "3", "");
}

static void getopts__lone_dash_or_operand__ends(void **state)
{
	struct shell *sh = *state;
	step(sh, GETOPTS(sh, "a", "o", "-", "-a"), 1, "?", NULL, "1", "");
	step(sh, GETOPTS(sh, "a", "o", "x", "-a"), 1, "?", NULL, "1", "");
}

static void getopts__no_args__ends(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "OPTARG", "stale");
	step(sh, RUN(sh, bi_getopts, "getopts", "a", "o"), 1, "?", NULL, "1", "");
}

static void getopts__illegal_option__message_and_question_mark(void **state)
{
	struct shell *sh = *state;
	step(sh, GETOPTS(sh, "a", "o", "-x"), 0, "?", NULL, "2", "minish: illegal option -- x\n");
}

static void getopts__missing_argument__message(void **state)
{
	struct shell *sh = *state;
	step(sh, GETOPTS(sh, "b:", "o", "-b"), 0, "?", NULL, "2",
	     "minish: option requires an argument -- b\n");
}

static void getopts__silent_illegal__optarg_is_letter(void **state)
{
	struct shell *sh = *state;
	step(sh, GETOPTS(sh, ":a", "o", "-x"), 0, "?", "x", "2", "");
}

static void getopts__silent_missing__colon(void **state)
{
	struct shell *sh = *state;
	step(sh, GETOPTS(sh, ":b:", "o", "-b"), 0, ":", "b", "2", "");
}

static void getopts__opterr_zero__no_message(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "OPTERR", "0");
	step(sh, GETOPTS(sh, "a", "o", "-x"), 0, "?", NULL, "2", "");
}

static void getopts__colon_letter__illegal(void **state)
{
	struct shell *sh = *state;
	step(sh, GETOPTS(sh, "a:", "o", "-:"), 0, "?", NULL, "2", "minish: illegal option -- :\n");
}

static void getopts__positional_params__default_args(void **state)
{
	struct shell *sh = *state;
	shell_set_positional(sh, 2, (char *[]){ "-q", "file" });
	step(sh, RUN(sh, bi_getopts, "getopts", "q", "o"), 0, "q", "", "2", "");
	step(sh, RUN(sh, bi_getopts, "getopts", "q", "o"), 1, "?", NULL, "2", "");
}

static void getopts__optind_reset__starts_again(void **state)
{
	struct shell *sh = *state;
	step(sh, GETOPTS(sh, "ab", "o", "-ab"), 0, "a", "", "1", "");
	shell_setvar(sh, "OPTIND", "1");
	step(sh, GETOPTS(sh, "ab", "o", "-cb"), 0, "?", NULL, "1", "minish: illegal option -- c\n");
}

static void getopts__invalid_optind__treated_as_1(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "OPTIND", "abc");
	step(sh, GETOPTS(sh, "a", "o", "-a"), 0, "a", "", "2", "");
}

static void getopts__optind_past_end__clamped(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "OPTIND", "5");
	step(sh, GETOPTS(sh, "a", "o", "-a"), 1, "?", NULL, "2", "");
}

static void getopts__too_few_args__usage_status_2(void **state)
{
	struct run r = RUN(*state, bi_getopts, "getopts", "a");
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "getopts: usage: getopts optstring name [arg ...]"));
	run_free(&r);
}

static void getopts__bad_name__status_2_scan_goes_on(void **state)
{
	struct shell *sh = *state;
	expect(GETOPTS(sh, "a:", "1x", "-a", "v"), 2, "", "minish: getopts: `1x': not a valid identifier\n");
	expect_var(sh, "OPTARG", "v");
	expect_var(sh, "OPTIND", "3");
}

#define T(name) cmocka_unit_test_setup_teardown(name, harness_setup, harness_teardown)
#define TU(name) cmocka_unit_test_setup_teardown(name, umask_setup, harness_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		TU(umask__no_args__four_octal_digits),
		TU(umask__symbolic_print__S),
		TU(umask__octal__sets),
		TU(umask__octal_above_0777__masked),
		TU(umask__bad_octal__error),
		TU(umask__symbolic_assign__sets),
		TU(umask__symbolic_remove_all__adds_bits),
		TU(umask__symbolic_add__clears_bits),
		TU(umask__symbolic_no_who__all),
		TU(umask__symbolic_several_ops__applied_in_order),
		TU(umask__symbolic_bad_operator__error),
		TU(umask__symbolic_bad_char__error),
		TU(umask__permission_copy__reads_mask_before_the_mode),
		TU(umask__S_with_mode__sets_and_prints),
		TU(umask__p__reusable_output),
		TU(umask__invalid_option__usage_status_2),
		T(ulimit__default__file_size),
		T(ulimit__n__open_files),
		T(ulimit__a__every_resource_described),
		T(ulimit__two_resources__described),
		T(ulimit__set_soft__applied),
		T(ulimit__set_file_size__round_trip),
		T(ulimit__soft_above_hard__einval),
		T(ulimit__hard_keyword__copies_hard_limit),
		T(ulimit__bad_number__status_1),
		T(ulimit__out_of_range__status_1),
		T(ulimit__pipe_size__read_only),
		T(ulimit__invalid_option__usage_status_2),
		T(ulimit__too_many_operands__usage_status_2),
		T(getopts__separate_options__in_order),
		T(getopts__grouped_options__position_kept),
		T(getopts__attached_argument__rest_of_word),
		T(getopts__double_dash__ends_and_skipped),
		T(getopts__lone_dash_or_operand__ends),
		T(getopts__no_args__ends),
		T(getopts__illegal_option__message_and_question_mark),
		T(getopts__missing_argument__message),
		T(getopts__silent_illegal__optarg_is_letter),
		T(getopts__silent_missing__colon),
		T(getopts__opterr_zero__no_message),
		T(getopts__colon_letter__illegal),
		T(getopts__positional_params__default_args),
		T(getopts__optind_reset__starts_again),
		T(getopts__invalid_optind__treated_as_1),
		T(getopts__optind_past_end__clamped),
		T(getopts__too_few_args__usage_status_2),
		T(getopts__bad_name__status_2_scan_goes_on),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

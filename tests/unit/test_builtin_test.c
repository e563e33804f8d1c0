/* test_builtin_test.c - unit tests for the test and [ builtins. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>

#include "builtin_harness.h"

/* Each test gets a shell and a private directory of fixture files. */
struct fx {
	struct shell *sh;
	char dir[64];
	char file[96], empty[96], exec[96], setid[96], sticky[96], fifo[96], link[96],
	     dangling[96], sock[96], missing[96];
};

static void expect(struct run r, int status, const char *err)
{
	assert_string_equal(r.out, "");
	assert_string_equal(r.err, err);
	assert_int_equal(r.status, status);
	run_free(&r);
}

#define SH(state) (((struct fx *)*(state))->sh)
#define FX(state) ((struct fx *)*(state))
#define TEST(state, ...) RUN(SH(state), bi_test, "test", __VA_ARGS__)
#define BRACKET(state, ...) RUN(SH(state), bi_bracket, "[", __VA_ARGS__)

static int setup(void **state)
{
	struct timespec times[2] = { { .tv_sec = 1000000000 }, { .tv_sec = 1000000000 } };
	struct fx *f = calloc(1, sizeof(*f));
	int fd;

	if (!f)
		return -1;
	*state = f;
	f->sh = shell_new("minish");
	snprintf(f->dir, sizeof(f->dir), "/tmp/minish-testbi-XXXXXX");
	if (!f->sh || !mkdtemp(f->dir))
		return -1;
#define FIXTURE(field) snprintf(f->field, sizeof(f->field), "%s/%s", f->dir, #field)
	FIXTURE(file);
	FIXTURE(empty);
	FIXTURE(exec);
	FIXTURE(setid);
	FIXTURE(sticky);
	FIXTURE(fifo);
	FIXTURE(link);
	FIXTURE(dangling);
	FIXTURE(sock);
	FIXTURE(missing);
#undef FIXTURE
	fd = open(f->file, O_WRONLY | O_CREAT, 0644);
	if (fd < 0 || write(fd, "data", 4) != 4)
		return -1;
	close(fd);
	close(open(f->empty, O_WRONLY | O_CREAT, 0600));
	utimensat(AT_FDCWD, f->empty, times, 0);
	close(open(f->exec, O_WRONLY | O_CREAT, 0755));
	chmod(f->exec, 0755);
	close(open(f->setid, O_WRONLY | O_CREAT, 0644));
	chmod(f->setid, 06644);
	mkdir(f->sticky, 0755);
	chmod(f->sticky, 01777);
	mkfifo(f->fifo, 0644);
	if (symlink("file", f->link) != 0 || symlink("nowhere", f->dangling) != 0)
		return -1;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	unlink(f->file);
	unlink(f->empty);
	unlink(f->exec);
	unlink(f->setid);
	unlink(f->fifo);
	unlink(f->link);
	unlink(f->dangling);
	unlink(f->sock);
	rmdir(f->sticky);
	rmdir(f->dir);
	shell_free(f->sh);
	free(f);
	return 0;
}

/* ---- argument counts ---- */

static void test__no_args__false(void **state)
{
	expect(RUN(SH(state), bi_test, "test"), 1, "");
}

static void test__one_nonempty_arg__true(void **state)
{
	expect(TEST(state, "x"), 0, "");
	expect(TEST(state, "-n"), 0, "");
	expect(TEST(state, "!"), 0, "");
}

static void test__one_empty_arg__false(void **state)
{
	expect(TEST(state, ""), 1, "");
}

static void test__two_args_bang__negates(void **state)
{
	expect(TEST(state, "!", ""), 0, "");
	expect(TEST(state, "!", "a"), 1, "");
	expect(TEST(state, "!", "-a"), 1, "");
}

static void test__two_args_not_unary__error(void **state)
{
	expect(TEST(state, "a", "b"), 2, "minish: test: a: unary operator expected\n");
}

static void test__three_args_binary_first__string_compare(void **state)
{
	expect(TEST(state, "-n", "=", "-n"), 0, "");
	expect(TEST(state, "!", "=", "a"), 1, "");
	expect(TEST(state, "-a", "-a", "-a"), 0, "");
}

static void test__three_args_parens__one_arg_test(void **state)
{
	expect(TEST(state, "(", "a", ")"), 0, "");
	expect(TEST(state, "(", "", ")"), 1, "");
	expect(TEST(state, "(", "!", ")"), 0, "");
}

static void test__three_args_bang__negates_two(void **state)
{
	expect(TEST(state, "!", "-z", ""), 1, "");
}

static void test__three_args_no_binop__error(void **state)
{
	expect(TEST(state, "a", "b", "c"), 2, "minish: test: b: binary operator expected\n");
}

static void test__four_args_bang__negates_three(void **state)
{
	expect(TEST(state, "!", "a", "=", "b"), 0, "");
}

static void test__four_args_parens__two_arg_test(void **state)
{
	expect(TEST(state, "(", "-n", "x", ")"), 0, "");
	expect(TEST(state, "(", "!", "x", ")"), 1, "");
}

static void test__bang_bang__double_negation(void **state)
{
	expect(TEST(state, "!", "!", "a"), 0, "");
}

/* ---- strings and integers ---- */

static void test__string_ops__compare(void **state)
{
	expect(TEST(state, "a", "=", "a"), 0, "");
	expect(TEST(state, "a", "==", "b"), 1, "");
	expect(TEST(state, "a", "!=", "b"), 0, "");
	expect(TEST(state, "a", "<", "b"), 0, "");
	expect(TEST(state, "b", ">", "a"), 0, "");
	expect(TEST(state, "a", ">", "b"), 1, "");
}

static void test__z_and_n__emptiness(void **state)
{
	expect(TEST(state, "-z", ""), 0, "");
	expect(TEST(state, "-z", "a"), 1, "");
	expect(TEST(state, "-n", ""), 1, "");
	expect(TEST(state, "-n", "a"), 0, "");
}

static void test__integer_ops__compare(void **state)
{
	expect(TEST(state, "1", "-eq", "1"), 0, "");
	expect(TEST(state, "1", "-ne", "1"), 1, "");
	expect(TEST(state, "2", "-gt", "1"), 0, "");
	expect(TEST(state, "2", "-ge", "2"), 0, "");
	expect(TEST(state, "-5", "-lt", "0"), 0, "");
	expect(TEST(state, "3", "-le", "2"), 1, "");
}

static void test__integer_with_blanks_and_sign__accepted(void **state)
{
	expect(TEST(state, " 1 ", "-eq", "+1"), 0, "");
	expect(TEST(state, "-0", "-eq", "0"), 0, "");
}

static void test__invalid_integer__status_2(void **state)
{
	expect(TEST(state, "1", "-eq", "abc"), 2, "minish: test: abc: integer expression expected\n");
	expect(TEST(state, "1x", "-lt", "2"), 2, "minish: test: 1x: integer expression expected\n");
	expect(TEST(state, "", "-eq", "0"), 2, "minish: test: : integer expression expected\n");
}

static void test__integer_overflow__status_2(void **state)
{
	expect(TEST(state, "99999999999999999999", "-gt", "1"), 2,
	       "minish: test: 99999999999999999999: integer expression expected\n");
}

/* ---- connectives and parentheses ---- */

static void test__and_or__precedence(void **state)
{
	expect(TEST(state, "1", "-eq", "1", "-a", "2", "-gt", "3", "-o", "1", "-lt", "2"), 0, "");
	expect(TEST(state, "", "-o", "a", "-a", ""), 1, "");
	expect(TEST(state, "a", "-o", "b", "-a", ""), 0, "");
}

static void test__three_arg_and_or__binary(void **state)
{
	expect(TEST(state, "a", "-a", "b"), 0, "");
	expect(TEST(state, "", "-a", "b"), 1, "");
	expect(TEST(state, "", "-o", "a"), 0, "");
}

static void test__parentheses__group(void **state)
{
	expect(TEST(state, "(", "a", "=", "a", ")", "-a", "(", "b", ")"), 0, "");
	expect(TEST(state, "!", "(", "a", "=", "b", ")"), 0, "");
	expect(TEST(state, "(", "(", "a", ")", ")"), 0, "");
}

static void test__unclosed_paren__status_2(void **state)
{
	expect(TEST(state, "(", "a", "=", "a"), 2, "minish: test: `)' expected\n");
}

static void test__too_many_args__status_2(void **state)
{
	expect(TEST(state, "a", "b", "c", "d", "e"), 2, "minish: test: too many arguments\n");
}

static void test__missing_operand__argument_expected(void **state)
{
	expect(TEST(state, "a", "=", "a", "-o"), 2, "minish: test: argument expected\n");
}

static void test__not_binop_in_long_expr__error(void **state)
{
	struct run r = TEST(state, "a", "-foo", "b", "-a", "c");
	assert_int_equal(r.status, 2);
	run_free(&r);
}

/* ---- files ---- */

static void test__file_types__detected(void **state)
{
	expect(TEST(state, "-e", FX(state)->file), 0, "");
	expect(TEST(state, "-f", FX(state)->file), 0, "");
	expect(TEST(state, "-d", FX(state)->dir), 0, "");
	expect(TEST(state, "-f", FX(state)->dir), 1, "");
	expect(TEST(state, "-p", FX(state)->fifo), 0, "");
	expect(TEST(state, "-c", "/dev/null"), 0, "");
	expect(TEST(state, "-b", "/dev/null"), 1, "");
	expect(TEST(state, "-e", FX(state)->missing), 1, "");
}

static void test__symlinks__h_and_L(void **state)
{
	expect(TEST(state, "-h", FX(state)->link), 0, "");
	expect(TEST(state, "-L", FX(state)->dangling), 0, "");
	expect(TEST(state, "-e", FX(state)->dangling), 1, "");
	expect(TEST(state, "-L", FX(state)->file), 1, "");
	expect(TEST(state, "-f", FX(state)->link), 0, "");
}

static void test__socket__S(void **state)
{
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);
	assert_true(fd >= 0);
	snprintf(addr.sun_path, sizeof(addr.sun_path), "%s", FX(state)->sock);
	assert_int_equal(bind(fd, (struct sockaddr *)&addr, sizeof(addr)), 0);
	expect(TEST(state, "-S", FX(state)->sock), 0, "");
	expect(TEST(state, "-S", FX(state)->file), 1, "");
	close(fd);
}

static void test__size__s(void **state)
{
	expect(TEST(state, "-s", FX(state)->file), 0, "");
	expect(TEST(state, "-s", FX(state)->empty), 1, "");
}

static void test__permissions__r_w_x(void **state)
{
	expect(TEST(state, "-r", FX(state)->file), 0, "");
	expect(TEST(state, "-w", FX(state)->file), 0, "");
	expect(TEST(state, "-x", FX(state)->exec), 0, "");
	expect(TEST(state, "-x", FX(state)->missing), 1, "");
	if (geteuid() != 0)
		expect(TEST(state, "-x", FX(state)->file), 1, "");
}

static void test__mode_bits__u_g_k(void **state)
{
	expect(TEST(state, "-u", FX(state)->setid), 0, "");
	expect(TEST(state, "-g", FX(state)->setid), 0, "");
	expect(TEST(state, "-u", FX(state)->file), 1, "");
	expect(TEST(state, "-k", FX(state)->sticky), 0, "");
	expect(TEST(state, "-k", FX(state)->dir), 1, "");
}

static void test__owner__O_G(void **state)
{
	expect(TEST(state, "-O", FX(state)->file), 0, "");
	expect(TEST(state, "-G", FX(state)->file), 0, "");
	expect(TEST(state, "-O", FX(state)->missing), 1, "");
}

static void test__terminal__t(void **state)
{
	int fd = open("/dev/null", O_RDONLY);
	char num[16];
	snprintf(num, sizeof(num), "%d", fd);
	expect(TEST(state, "-t", num), 1, "");
	expect(TEST(state, "-t", "x"), 2, "minish: test: x: integer expression expected\n");
	close(fd);
}

static void test__file_compare__nt_ot_ef(void **state)
{
	expect(TEST(state, FX(state)->file, "-nt", FX(state)->empty), 0, "");
	expect(TEST(state, FX(state)->empty, "-ot", FX(state)->file), 0, "");
	expect(TEST(state, FX(state)->file, "-nt", FX(state)->missing), 0, "");
	expect(TEST(state, FX(state)->missing, "-ot", FX(state)->file), 0, "");
	expect(TEST(state, FX(state)->missing, "-nt", FX(state)->file), 1, "");
	expect(TEST(state, FX(state)->link, "-ef", FX(state)->file), 0, "");
	expect(TEST(state, FX(state)->empty, "-ef", FX(state)->file), 1, "");
}

static void test__empty_path__false(void **state)
{
	expect(TEST(state, "-e", ""), 1, "");
	expect(TEST(state, "-d", ""), 1, "");
}

static void test__bash_extensions__v_and_o(void **state)
{
	struct shell *sh = SH(state);
	shell_setvar(sh, "setvar", "");
	expect(TEST(state, "-v", "setvar"), 0, "");
	expect(TEST(state, "-v", "unsetvar_xyz"), 1, "");
	sh->opt.errexit = true;
	expect(TEST(state, "-o", "errexit"), 0, "");
	expect(TEST(state, "-o", "nounset"), 1, "");
	expect(TEST(state, "-o", "bogus"), 1, "");
}

static void test__unary_a_two_args__exists(void **state)
{
	expect(TEST(state, "-a", FX(state)->dir), 0, "");
}

static void test__combined_file_tests__and_not(void **state)
{
	expect(TEST(state, "-e", FX(state)->dir, "-a", "!", "-f", FX(state)->dir), 0, "");
}

/* ---- [ ---- */

static void bracket__closing_bracket__evaluates(void **state)
{
	expect(BRACKET(state, "a", "=", "a", "]"), 0, "");
	expect(BRACKET(state, "a", "=", "b", "]"), 1, "");
	expect(BRACKET(state, "]"), 1, "");
}

static void bracket__missing_bracket__status_2(void **state)
{
	expect(BRACKET(state, "a", "=", "a"), 2, "minish: [: missing `]'\n");
	expect(RUN(SH(state), bi_bracket, "["), 2, "minish: [: missing `]'\n");
}

static void bracket__error__named_bracket(void **state)
{
	expect(BRACKET(state, "a", "b", "]"), 2, "minish: [: a: unary operator expected\n");
}

static void bracket__extra_bracket__too_many(void **state)
{
	expect(BRACKET(state, "a", "=", "a", "]", "]"), 2, "minish: [: too many arguments\n");
}

static void bracket__bracket_as_operand__string(void **state)
{
	expect(BRACKET(state, "]", "]"), 0, "");
	expect(BRACKET(state, "-n", "]", "]"), 0, "");
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test__no_args__false),
		T(test__one_nonempty_arg__true),
		T(test__one_empty_arg__false),
		T(test__two_args_bang__negates),
		T(test__two_args_not_unary__error),
		T(test__three_args_binary_first__string_compare),
		T(test__three_args_parens__one_arg_test),
		T(test__three_args_bang__negates_two),
		T(test__three_args_no_binop__error),
		T(test__four_args_bang__negates_three),
		T(test__four_args_parens__two_arg_test),
		T(test__bang_bang__double_negation),
		T(test__string_ops__compare),
		T(test__z_and_n__emptiness),
		T(test__integer_ops__compare),
		T(test__integer_with_blanks_and_sign__accepted),
		T(test__invalid_integer__status_2),
		T(test__integer_overflow__status_2),
		T(test__and_or__precedence),
		T(test__three_arg_and_or__binary),
		T(test__parentheses__group),
		T(test__unclosed_paren__status_2),
		T(test__too_many_args__status_2),
		T(test__missing_operand__argument_expected),
		T(test__not_binop_in_long_expr__error),
		T(test__file_types__detected),
		T(test__symlinks__h_and_L),
		T(test__socket__S),
		T(test__size__s),
		T(test__permissions__r_w_x),
		T(test__mode_bits__u_g_k),
		T(test__owner__O_G),
		T(test__terminal__t),
		T(test__file_compare__nt_ot_ef),
		T(test__empty_path__false),
		T(test__bash_extensions__v_and_o),
		T(test__unary_a_two_args__exists),
		T(test__combined_file_tests__and_not),
		T(bracket__closing_bracket__evaluates),
		T(bracket__missing_bracket__status_2),
		T(bracket__error__named_bracket),
		T(bracket__extra_bracket__too_many),
		T(bracket__bracket_as_operand__string),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

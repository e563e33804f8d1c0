/* test_cond.c - unit tests for the [[ ]] evaluator (shell/cond.c) and the test operators it
 * shares with test and [ (shell/test_ops.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "stderr_capture.h"

#include "../../parser/arena.h"
#include "../../parser/parser.h"
#include "../../shell/eval.h"
#include "../../shell/shell.h"
#include "../../shell/test_ops.h"
#include "../../shell/vars.h"
#include "shell_fixture.h"

static int setup(void **state)
{
	int rc = fixture_setup(state, "cond");
	struct fixture *fx = *state;
	if (rc == 0)
		fx->sh->opt.interactive = true;  /* errors must not end the test program */
	return rc;
}

static int teardown(void **state)
{
	return fixture_teardown(state);
}

/* Parses and runs src; returns its status (stderr captured into *err when err is given). */
static int run(struct shell *sh, const char *src)
{
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct node *n = NULL;
	struct parse_error perr;
	assert_int_equal(parse_string(sh->cmd_arena, src, strlen(src), &n, &perr), PARSE_OK);
	sh->tree_arena = sh->cmd_arena;
	int status = exec_node(sh, n);
	arena_reset(sh->cmd_arena, mark);
	return status;
}

/* Runs src and checks its status and that it wrote nothing to stderr. */
static void status_is(struct shell *sh, const char *src, int want)
{
	struct capture c;
	capture_start(&c);
	int st = run(sh, src);
	const char *err = capture_end(&c);
	assert_string_equal(err, "");
	assert_int_equal(st, want);
}

#define TRUE_(src) status_is(sh, src, 0)
#define FALSE_(src) status_is(sh, src, 1)

/* ---- strings and patterns ---- */

static void cond__string_equal__no_splitting(void **state)
{
	SH;
	vars_set(sh->vars, "v", "a b", 0);
	TRUE_("[[ $v == 'a b' ]]");
	TRUE_("[[ $v = \"a b\" ]]");
	FALSE_("[[ $v != 'a b' ]]");
}

static void cond__pattern__unquoted_matches_quoted_literal(void **state)
{
	SH;
	TRUE_("[[ abc == a* ]]");
	FALSE_("[[ abc == 'a*' ]]");
	TRUE_("[[ 'a*' == 'a*' ]]");
	TRUE_("[[ abc == a\"b\"? ]]");
	TRUE_("[[ a*c == a\\*c ]]");
}

static void cond__pattern_from_variable__quoted_is_literal(void **state)
{
	SH;
	vars_set(sh->vars, "p", "a?c", 0);
	TRUE_("[[ abc == $p ]]");
	FALSE_("[[ abc == \"$p\" ]]");
}

static void cond__extglob__always_on(void **state)
{
	SH;
	assert_false(sh->shopt.extglob);
	TRUE_("[[ x == @(a|x) ]]");
	TRUE_("[[ abab == +(ab) ]]");
	FALSE_("[[ a.c == !(*.c) ]]");
	vars_set(sh->vars, "p", "*(z)", 0);
	TRUE_("[[ zzz == $p ]]");
}

static void cond__nocasematch__patterns_and_regex(void **state)
{
	SH;
	FALSE_("[[ ABC == abc ]]");
	FALSE_("[[ ABC =~ ^abc$ ]]");
	sh->shopt.nocasematch = true;
	TRUE_("[[ ABC == abc ]]");
	TRUE_("[[ ABC == a* ]]");
	TRUE_("[[ ABC =~ ^abc$ ]]");
}

static void cond__string_order__less_and_greater(void **state)
{
	SH;
	TRUE_("[[ apple < banana ]]");
	TRUE_("[[ b > a ]]");
	FALSE_("[[ a < a ]]");
}

static void cond__single_word__non_empty(void **state)
{
	SH;
	TRUE_("[[ x ]]");
	FALSE_("[[ '' ]]");
	FALSE_("[[ $nosuch ]]");
	TRUE_("[[ -z $nosuch && -n x ]]");
}

/* ---- logic ---- */

static void cond__and_or_not__precedence_and_groups(void **state)
{
	SH;
	TRUE_("[[ a && b || '' ]]");
	TRUE_("[[ '' && b || c ]]");
	TRUE_("[[ ! ( a && '' ) ]]");
	FALSE_("[[ ( a || '' ) && ( '' || '' ) ]]");
	TRUE_("[[ ! ! a ]]");
}

static void cond__short_circuit__right_side_not_expanded(void **state)
{
	SH;
	FALSE_("[[ '' && $(( n += 1 )) ]]");
	TRUE_("[[ a || $(( n += 10 )) ]]");
	assert_null(vars_get(sh->vars, "n"));
}

/* ---- integers ---- */

static void cond__integers__arithmetic_operands(void **state)
{
	SH;
	vars_set(sh->vars, "x", "4", 0);
	TRUE_("[[ 1+1 -eq 2 ]]");
	TRUE_("[[ x -eq 4 && $x*2 -eq 8 ]]");
	TRUE_("[[ 010 -eq 8 && 2#11 -eq 3 ]]");
	TRUE_("[[ -5 -lt -4 && 3 -ge 3 && 3 -le 3 && 2 -ne 3 && 3 -gt 2 ]]");
}

static void cond__integer_error__false_with_message(void **state)
{
	SH;
	struct capture c;
	capture_start(&c);
	int st = run(sh, "[[ 1 -eq 1/0 ]]");
	const char *err = capture_end(&c);
	assert_int_equal(st, 1);
	assert_non_null(strstr(err, "1/0: division by zero"));
}

/* ---- regular expressions ---- */

static void cond__regex__groups_in_rematch(void **state)
{
	SH;
	TRUE_("[[ abc =~ ^a(b)(x)?c$ ]]");
	const char *want[] = { "abc", "b", "" };
	for (int i = 0; i < 3; i++) {
		char sub[4];
		const char *v;
		snprintf(sub, sizeof(sub), "%d", i);
		assert_int_equal(shell_get_element(sh, "BASH_REMATCH", sub, &v), 0);
		assert_non_null(v);
		assert_string_equal(v, want[i]);
	}
	bool set;
	assert_int_equal(shell_element_isset(sh, "BASH_REMATCH", "3", &set), 0);
	assert_false(set);
	assert_true(vars_flags(sh->vars, "BASH_REMATCH") & VAR_ARRAY);
}

static void cond__regex_no_match__rematch_empty(void **state)
{
	SH;
	TRUE_("[[ abc =~ b ]]");
	FALSE_("[[ abc =~ ^x ]]");
	bool set = true;
	assert_int_equal(shell_element_isset(sh, "BASH_REMATCH", "@", &set), 0);
	assert_false(set);
}

static void cond__regex_quoted__literal(void **state)
{
	SH;
	TRUE_("[[ a.c =~ a\".\"c ]]");
	FALSE_("[[ abc =~ a\".\"c ]]");
	TRUE_("[[ 'a+b' =~ 'a+b' ]]");
	vars_set(sh->vars, "r", "a.c", 0);
	TRUE_("[[ abc =~ $r ]]");
	FALSE_("[[ abc =~ \"$r\" ]]");
}

static void cond__regex_groups_with_blanks__one_word(void **state)
{
	SH;
	TRUE_("[[ 'a b' =~ ^(a b)$ ]]");
	TRUE_("[[ ab =~ a|x ]]");
}

static void cond__bad_regex__status_2_with_message(void **state)
{
	SH;
	vars_set(sh->vars, "bad", "(", 0);
	struct capture c;
	capture_start(&c);
	int st = run(sh, "[[ a =~ $bad ]]");
	const char *err = capture_end(&c);
	assert_int_equal(st, 2);
	assert_non_null(strstr(err, "[[: (:"));
}

/* ---- -v and -o ---- */

static void cond__var_set__names_elements_positionals(void **state)
{
	SH;
	vars_set(sh->vars, "x", "1", 0);
	vars_set(sh->vars, "e", "", 0);
	TRUE_("[[ -v x && -v e ]]");
	FALSE_("[[ -v nosuch ]]");
	TRUE_("[[ -v x[0] ]]");
	FALSE_("[[ -v 'x[1]' ]]");
	run(sh, "a=(p '' r); declare -A m=([k]=v)");
	TRUE_("[[ -v a[1] && -v 'a[2]' && -v m[k] ]]");
	FALSE_("[[ -v a[3] || -v 'm[z]' ]]");
	FALSE_("[[ -v 'a b' ]]");
	char *argv[] = { "p", "q" };
	shell_set_positional(sh, 2, argv);
	TRUE_("[[ -v 2 ]]");
	FALSE_("[[ -v 3 ]]");
}

static void cond__option__set_o_names(void **state)
{
	SH;
	FALSE_("[[ -o errexit ]]");
	sh->opt.nounset = true;
	TRUE_("[[ -o nounset ]]");
	FALSE_("[[ -o nosuchoption ]]");
	TRUE_("[[ -o braceexpand ]]");
}

/* ---- the shared operators ---- */

static void test_ops__files__types_and_times(void **state)
{
	SH;
	FILE *f = fopen("f", "w");
	assert_non_null(f);
	fputs("data\n", f);
	fclose(f);
	assert_int_equal(mkdir("d", 0755), 0);
	assert_int_equal(symlink("f", "l"), 0);
	assert_true(test_unary(sh, COP_REGULAR, "f"));
	assert_true(test_unary(sh, COP_DIR, "d"));
	assert_true(test_unary(sh, COP_SYMLINK, "l"));
	assert_true(test_unary(sh, COP_SYMLINK_H, "l"));
	assert_true(test_unary(sh, COP_NONEMPTY_FILE, "f"));
	assert_false(test_unary(sh, COP_EXISTS, ""));
	assert_true(test_files(COP_SAME_FILE, "f", "l"));
	assert_false(test_files(COP_SAME_FILE, "f", "d"));
	assert_true(test_files(COP_NEWER, "f", "nosuch"));
	assert_true(test_files(COP_OLDER, "nosuch", "f"));
	unlink("l");
	rmdir("d");
}

static void test_ops__strings_and_ints__each_operator(void **state)
{
	(void)state;
	assert_true(test_strings(COP_STR_EQ, "a", "a"));
	assert_true(test_strings(COP_STR_EQ2, "a", "a"));
	assert_true(test_strings(COP_STR_NE, "a", "b"));
	assert_true(test_strings(COP_STR_LT, "a", "b"));
	assert_true(test_strings(COP_STR_GT, "b", "a"));
	assert_true(test_ints(COP_INT_EQ, 3, 3));
	assert_true(test_ints(COP_INT_NE, 3, 4));
	assert_true(test_ints(COP_INT_LT, 3, 4));
	assert_true(test_ints(COP_INT_LE, 4, 4));
	assert_true(test_ints(COP_INT_GT, 5, 4));
	assert_true(test_ints(COP_INT_GE, 4, 4));
	assert_false(test_ints(COP_INT_GT, 4, 4));
}

static void test_ops__spellings__round_trip(void **state)
{
	(void)state;
	const char *unary[] = { "-a", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-p", "-r",
	                        "-s", "-t", "-u", "-w", "-x", "-G", "-L", "-N", "-O", "-S", "-n",
	                        "-z", "-o", "-v", "-R" };
	for (size_t i = 0; i < sizeof(unary) / sizeof(unary[0]); i++)
		assert_string_equal(cond_op_text(cond_unary_op(unary[i])), unary[i]);
	const char *binary[] = { "=", "==", "!=", "<", ">", "=~", "-eq", "-ne", "-lt", "-le",
	                         "-gt", "-ge", "-nt", "-ot", "-ef" };
	for (size_t i = 0; i < sizeof(binary) / sizeof(binary[0]); i++)
		assert_string_equal(cond_op_text(cond_binary_op(binary[i])), binary[i]);
	assert_int_equal(cond_unary_op("-q"), COP_NONE);
	assert_int_equal(cond_unary_op("-ff"), COP_NONE);
	assert_int_equal(cond_binary_op("-xx"), COP_NONE);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(cond__string_equal__no_splitting),
		T(cond__pattern__unquoted_matches_quoted_literal),
		T(cond__pattern_from_variable__quoted_is_literal), T(cond__extglob__always_on),
		T(cond__nocasematch__patterns_and_regex), T(cond__string_order__less_and_greater),
		T(cond__single_word__non_empty), T(cond__and_or_not__precedence_and_groups),
		T(cond__short_circuit__right_side_not_expanded),
		T(cond__integers__arithmetic_operands), T(cond__integer_error__false_with_message),
		T(cond__regex__groups_in_rematch), T(cond__regex_no_match__rematch_empty),
		T(cond__regex_quoted__literal), T(cond__regex_groups_with_blanks__one_word),
		T(cond__bad_regex__status_2_with_message),
		T(cond__var_set__names_elements_positionals), T(cond__option__set_o_names),
		T(test_ops__files__types_and_times), T(test_ops__strings_and_ints__each_operator),
		T(test_ops__spellings__round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

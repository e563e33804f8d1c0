/* test_expand_subst.c - unit tests for the substitutions inside words (shell/expand.c,
 * shell/cmdsub.c): arithmetic, command substitution and tilde expansion, with words built by
 * hand and parsed from source text (helpers in expand_harness.h). */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "expand_harness.h"

/* ---- arithmetic ---- */

static void expand_words__arith__value(void **state)
{
	SH;
	EXPECT(WORD(ARITH("1+2*3")), "[7]");
}

static void expand_words__arith_with_param__expanded_first(void **state)
{
	SH;
	set(sh, "n", "4");
	EXPECT(WORD(arith_part(sh, WORD(VAR("n"), LIT("*2")))), "[8]");
}

static void expand_words__arith_assign__variable_updated(void **state)
{
	SH;
	set(sh, "i", "1");
	EXPECT(WORD(ARITH("i+=1")), "[2]");
	assert_string_equal(vars_get(sh->vars, "i"), "2");
}

static void expand_words__arith_unquoted_result__split_by_ifs(void **state)
{
	SH;
	set(sh, "IFS", "-");
	EXPECT(WORD(ARITH("-5")), "[][5]");
}

static void expand_words__arith_quoted_result__not_split(void **state)
{
	SH;
	set(sh, "IFS", "-");
	EXPECT(WORD(DQ(ARITH("-5"))), "[-5]");
}

static void expand_words__arith_empty__zero(void **state)
{
	SH;
	EXPECT(WORD(arith_part(sh, NULL)), "[0]");
}

static void expand_words__arith_division_by_zero__error(void **state)
{
	SH;
	expect_error_status(sh, WORD(ARITH("1/0")), "minish: 1/0: division by zero\n", 1, 2);
}

static void expand_words__arith_syntax__error(void **state)
{
	SH;
	expect_error_status(sh, WORD(ARITH("1+")), "minish: 1+: arithmetic syntax error\n", 1, 2);
}

static void expand_words__arith_quoted_inside__quotes_removed(void **state)
{
	SH;
	EXPECT(WORD(arith_part(sh, WORD(DQ(LIT("1")), LIT("+2")))), "[3]");
}

/* ---- command substitution ---- */

/* Returns a simple command node running the NULL-terminated argv (all literal words). */
static struct node *simple(struct shell *sh, const char *arg0, ...)
{
	struct node *n = node_new(sh->cmd_arena, N_SIMPLE, 1, 1);
	struct word *first = W(sh, SQ(arg0), NULL), *last = first;
	va_list ap;
	va_start(ap, arg0);
	const char *a;
	while ((a = va_arg(ap, const char *)) != NULL) {
		last->next = W(sh, SQ(a), NULL);
		last = last->next;
	}
	va_end(ap);
	n->u.simple.words = first;
	return n;
}

static struct word_part *cmdsub(struct shell *sh, struct node *body)
{
	struct word_part *p = part(sh, WP_CMDSUB);
	p->u.cmd.body = body;
	return p;
}

#define CMD(...) cmdsub(sh, simple(sh, __VA_ARGS__, NULL))

static void expand_words__cmdsub_quoted__trailing_newlines_stripped(void **state)
{
	SH;
	EXPECT(WORD(DQ(CMD("printf", "a\n\nb\n\n\n"))), "[a\n\nb]");
}

static void expand_words__cmdsub_unquoted__split(void **state)
{
	SH;
	EXPECT(WORD(CMD("printf", "a b\nc\n")), "[a][b][c]");
}

static void expand_words__cmdsub_status__recorded(void **state)
{
	SH;
	EXPECT(WORD(DQ(CMD("sh", "-c", "echo out; exit 3"))), "[out]");
	assert_int_equal(sh->cmdsub_status, 3);
}

static void expand_words__cmdsub_nul_bytes__dropped(void **state)
{
	SH;
	EXPECT(WORD(DQ(CMD("/usr/bin/printf", "a\\000b"))), "[ab]");
}

static void expand_words__cmdsub_empty_output_quoted__empty_field(void **state)
{
	SH;
	EXPECT(WORD(DQ(CMD("true"))), "[]");
	assert_int_equal(sh->cmdsub_status, 0);
}

static void expand_words__cmdsub_empty_output_unquoted__no_field(void **state)
{
	SH;
	EXPECT(WORD(CMD("true")), "");
}

static void expand_words__cmdsub_empty_body__no_field_status_zero(void **state)
{
	SH;
	sh->cmdsub_status = -1;
	EXPECT(WORD(cmdsub(sh, NULL)), "");
	assert_int_equal(sh->cmdsub_status, 0);
}

static void expand_words__cmdsub_large_output__all_read(void **state)
{
	SH;
	struct strvec sv;
	strvec_init(&sv, sh->cmd_arena);
	assert_int_equal(expand_words(sh, WORD(CMD("seq", "1", "300000")), &sv), 0);
	assert_int_equal(sv.n, 300000);
	assert_string_equal(sv.v[0], "1");
	assert_string_equal(sv.v[299999], "300000");
}

static void expand_words__cmdsub_in_word_str__joined(void **state)
{
	SH;
	assert_string_equal(expand_word_str(sh, WORD(LIT("<"), CMD("echo", "a  b"), LIT(">"))), "<a  b>");
}

static void expand_words__cmdsub_no_fd_leak__child_sees_only_std_fds(void **state)
{
	SH;
	/* the child lists its descriptors; only 0-2 and ls's own directory handle may show,
	 * plus whatever this test process itself has open without close-on-exec */
	int inherited = 0;
	for (int fd = 3; fd < 1024; fd++) {
		int fl = fcntl(fd, F_GETFD);
		if (fl >= 0 && !(fl & FD_CLOEXEC))
			inherited++;
	}
	struct strvec sv;
	strvec_init(&sv, sh->cmd_arena);
	assert_int_equal(expand_words(sh, WORD(CMD("ls", "/proc/self/fd")), &sv), 0);
	assert_int_equal((int)sv.n, 3 + inherited + 1);
}

/* ---- tilde ---- */

static void expand_words__tilde__home(void **state)
{
	SH;
	EXPECT(WORD(TILDE("")), "[/home/test]");
}

static void expand_words__tilde_slash__home_prefix(void **state)
{
	SH;
	EXPECT(WORD(TILDE(""), LIT("/x")), "[/home/test/x]");
}

static void expand_words__tilde_home_with_blank__not_split(void **state)
{
	SH;
	set(sh, "HOME", "/a b");
	EXPECT(WORD(TILDE("")), "[/a b]");
}

static void expand_words__tilde_home_with_star__not_globbed(void **state)
{
	SH;
	set(sh, "HOME", "/*");
	EXPECT(WORD(TILDE("")), "[/*]");
}

static void expand_words__tilde_home_empty__no_field_like_dash(void **state)
{
	SH;
	set(sh, "HOME", "");
	EXPECT(WORD(TILDE("")), "");
}

static void expand_words__tilde_home_unset__password_file(void **state)
{
	SH;
	vars_unset(sh->vars, "HOME");
	char *dir = expand_tilde(sh, "");
	assert_non_null(dir);
	assert_true(dir[0] == '/');
}

static void expand_words__tilde_root__root_home(void **state)
{
	SH;
	EXPECT(WORD(TILDE("root")), "[/root]");
}

static void expand_words__tilde_unknown_user__unchanged(void **state)
{
	SH;
	EXPECT(WORD(TILDE("no_such_user_xyz"), LIT("/d")), "[~no_such_user_xyz/d]");
}

static void expand_words__tilde_plus__pwd(void **state)
{
	SH;
	set(sh, "PWD", "/some/where");
	EXPECT(WORD(TILDE("+")), "[/some/where]");
}

static void expand_word_str__assignment_tilde_after_colon__both_expanded(void **state)
{
	SH;
	char *s = expand_word_str(sh, WORD(TILDE(""), LIT(":"), TILDE(""), LIT("/b")));
	assert_string_equal(s, "/home/test:/home/test/b");
}

/* ---- words parsed from source text ---- */

/* command substitution */
CASE(parsed__cmdsub__output, "", "$(echo hi)", "[hi]")
CASE(parsed__backquotes__output, "", "`echo hi`", "[hi]")
CASE(parsed__cmdsub_quoted__blanks_kept, "", "\"$(echo 'a  b')\"", "[a  b]")
CASE(parsed__cmdsub_unquoted__split, "", "$(echo 'a  b')", "[a][b]")
CASE(parsed__cmdsub_nested__inner_first, "", "$(echo $(echo in))", "[in]")
CASE(parsed__cmdsub_trailing_newlines__stripped, "", "\"$(printf 'x\\n\\n\\n')\"", "[x]")
CASE(parsed__cmdsub_inner_newline__kept, "", "\"$(printf 'a\\nb\\n')\"", "[a\nb]")
CASE(parsed__backquotes_nested__inner_first, "", "`echo \\`echo nested\\``", "[nested]")
CASE(parsed__cmdsub_quotes_inside_quotes__kept, "", "\"$(echo \"quoted  inside\")\"",
     "[quoted  inside]")
CASE(parsed__backquotes_in_dquotes__blanks_kept, "", "\"`echo \"a  b\"`\"", "[a  b]")
CASE(parsed__cmdsub_then_quotes__joined, "", "\"$(echo a)\"b'c'", "[abc]")
CASE(parsed__cmdsub_sees_variables__value, "x=42", "$(echo $x)", "[42]")
CASE(parsed__cmdsub_cannot_change_parent__unchanged, "x=1", "$(x=2) $x", "[1]")
CASE(parsed__cmdsub_empty__nothing, "", "$( ) a", "[a]")

static void parsed__cmdsub_false__status_one(void **state)
{
	SH;
	assert_string_equal(src_fields(sh, "", "$(false)"), "");
	assert_int_equal(sh->cmdsub_status, 1);
}

static void parsed__cmdsub_exit__status(void **state)
{
	SH;
	assert_string_equal(src_fields(sh, "", "$(exit 7)"), "");
	assert_int_equal(sh->cmdsub_status, 7);
}

static void parsed__cmdsub_big_output__complete(void **state)
{
	SH;
	const char *r = src_fields(sh, "", "\"$(head -c 1000000 /dev/zero | tr '\\0' x)\"");
	assert_int_equal(strlen(r), 1000002);
}

/* arithmetic */
CASE(parsed__arith__sum, "", "$((1+2))", "[3]")
CASE(parsed__arith_variable__by_name, "x=4", "$(( x * 2 ))", "[8]")
CASE(parsed__arith_dollar_variable__expanded_first, "x=4", "$(($x+1))", "[5]")
CASE(parsed__arith_constants__hex_octal, "", "$((0x10 + 010))", "[24]")
CASE(parsed__arith_cmdsub__inside, "", "$(( $(echo 3) + 1 ))", "[4]")
CASE(parsed__arith_length__inside, "x=abc", "$((${#x}+1))", "[4]")
CASE(parsed__arith_quoted__not_split, "IFS=-", "\"$((-1))\" $((-1))", "[-1][][1]")
CASE(parsed__arith_nested_parens__value, "", "$(( (1+2)*(3+4) ))", "[21]")
CASE(parsed__arith_assign__then_visible, "i=5", "$((i+=1)) $i", "[6][6]")
CASE(parsed__arith_in_dquotes__value, "", "\"$((1<<3))\"", "[8]")

static void parsed__arith_division_by_zero__error(void **state)
{
	SH;
	struct capture c;
	capture_start(&c);
	const char *r = src_fields(sh, "", "$((1/0))");
	const char *err = capture_end(&c);
	assert_string_equal(r, "ERROR");
	assert_non_null(strstr(err, "1/0: division by zero"));
	assert_int_equal(sh->expand_error, 1);
}

/* tilde */
CASE(parsed__tilde__home, "HOME=/h", "~ ~/a", "[/h][/h/a]")
CASE(parsed__tilde_quoted__literal, "HOME=/h", "\"~\" \\~ '~'", "[~][~][~]")
CASE(parsed__tilde_not_first__literal, "HOME=/h", "a~ a/~", "[a~][a/~]")
CASE(parsed__tilde_root__root_home, "", "~root", "[/root]")

static void parsed__assignment_tildes__after_equals_and_colons(void **state)
{
	SH;
	vars_set(sh->vars, "HOME", "/h", 0);
	const struct node *c = parse_simple(sh, "x=~:~/b:a~");
	assert_non_null(c->u.simple.assigns);
	assert_string_equal(expand_word_str(sh, c->u.simple.assigns->value), "/h:/h/b:a~");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(expand_words__arith__value), T(expand_words__arith_with_param__expanded_first),
		T(expand_words__arith_assign__variable_updated),
		T(expand_words__arith_unquoted_result__split_by_ifs),
		T(expand_words__arith_quoted_result__not_split), T(expand_words__arith_empty__zero),
		T(expand_words__arith_division_by_zero__error),
		T(expand_words__arith_syntax__error),
		T(expand_words__arith_quoted_inside__quotes_removed),
		T(expand_words__cmdsub_quoted__trailing_newlines_stripped),
		T(expand_words__cmdsub_unquoted__split), T(expand_words__cmdsub_status__recorded),
		T(expand_words__cmdsub_nul_bytes__dropped),
		T(expand_words__cmdsub_empty_output_quoted__empty_field),
		T(expand_words__cmdsub_empty_output_unquoted__no_field),
		T(expand_words__cmdsub_empty_body__no_field_status_zero),
		T(expand_words__cmdsub_large_output__all_read),
		T(expand_words__cmdsub_in_word_str__joined),
		T(expand_words__cmdsub_no_fd_leak__child_sees_only_std_fds),
		T(expand_words__tilde__home), T(expand_words__tilde_slash__home_prefix),
		T(expand_words__tilde_home_with_blank__not_split),
		T(expand_words__tilde_home_with_star__not_globbed),
		T(expand_words__tilde_home_empty__no_field_like_dash),
		T(expand_words__tilde_home_unset__password_file),
		T(expand_words__tilde_root__root_home),
		T(expand_words__tilde_unknown_user__unchanged), T(expand_words__tilde_plus__pwd),
		T(expand_word_str__assignment_tilde_after_colon__both_expanded),
		T(parsed__cmdsub__output), T(parsed__backquotes__output),
		T(parsed__cmdsub_quoted__blanks_kept), T(parsed__cmdsub_unquoted__split),
		T(parsed__cmdsub_nested__inner_first),
		T(parsed__cmdsub_trailing_newlines__stripped),
		T(parsed__cmdsub_inner_newline__kept), T(parsed__backquotes_nested__inner_first),
		T(parsed__cmdsub_quotes_inside_quotes__kept),
		T(parsed__backquotes_in_dquotes__blanks_kept),
		T(parsed__cmdsub_then_quotes__joined), T(parsed__cmdsub_sees_variables__value),
		T(parsed__cmdsub_cannot_change_parent__unchanged), T(parsed__cmdsub_empty__nothing),
		T(parsed__arith__sum), T(parsed__arith_variable__by_name),
		T(parsed__arith_dollar_variable__expanded_first),
		T(parsed__arith_constants__hex_octal), T(parsed__arith_cmdsub__inside),
		T(parsed__arith_length__inside), T(parsed__arith_quoted__not_split),
		T(parsed__arith_nested_parens__value), T(parsed__arith_assign__then_visible),
		T(parsed__arith_in_dquotes__value), T(parsed__tilde__home),
		T(parsed__tilde_quoted__literal), T(parsed__tilde_not_first__literal),
		T(parsed__tilde_root__root_home), T(parsed__cmdsub_false__status_one),
		T(parsed__cmdsub_exit__status), T(parsed__cmdsub_big_output__complete),
		T(parsed__arith_division_by_zero__error),
		T(parsed__assignment_tildes__after_equals_and_colons),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_expand_param.c - unit tests for parameter expansion (shell/expand_param.c): special
 * and positional parameters, every ${name OP word} form and set -u, with words built by hand
 * and parsed from source text (helpers in expand_harness.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "expand_harness.h"

/* ---- special and positional parameters ---- */

static void expand_words__quoted_at__one_field_per_param(void **state)
{
	SH;
	positional(sh, 3, "a b", "", "c");
	EXPECT(WORD(DQ(VAR("@"))), "[a b][][c]");
}

static void expand_words__quoted_at_no_params__no_field(void **state)
{
	SH;
	EXPECT(WORD(DQ(VAR("@"))), "");
}

static void expand_words__quoted_at_with_text__joined_to_ends(void **state)
{
	SH;
	positional(sh, 2, "1", "2");
	EXPECT(WORD(DQ(LIT("a"), VAR("@"), LIT("b"))), "[a1][2b]");
}

static void expand_words__quoted_at_no_params_with_text__text_only(void **state)
{
	SH;
	EXPECT(WORD(DQ(LIT("a"), VAR("@"), LIT("b"))), "[ab]");
}

static void expand_words__quoted_at_only_empty__one_empty_field(void **state)
{
	SH;
	positional(sh, 1, "");
	EXPECT(WORD(DQ(VAR("@"))), "[]");
}

static void expand_words__unquoted_at__split_and_empties_dropped(void **state)
{
	SH;
	positional(sh, 3, "a b", "", "c");
	EXPECT(WORD(VAR("@")), "[a][b][c]");
}

static void expand_words__unquoted_at_empty_ifs__params_stay_separate(void **state)
{
	SH;
	set(sh, "IFS", "");
	positional(sh, 2, "a b", "c");
	EXPECT(WORD(VAR("@")), "[a b][c]");
}

static void expand_words__unquoted_at_trailing_delim__like_dash(void **state)
{
	SH;
	set(sh, "IFS", ":");
	positional(sh, 2, "a:", "b");
	EXPECT(WORD(VAR("@")), "[a][b]");
}

static void expand_words__quoted_star__joined_by_first_ifs_char(void **state)
{
	SH;
	set(sh, "IFS", ":-");
	positional(sh, 3, "a", "b", "c");
	EXPECT(WORD(DQ(VAR("*"))), "[a:b:c]");
}

static void expand_words__quoted_star_empty_ifs__no_separator(void **state)
{
	SH;
	set(sh, "IFS", "");
	positional(sh, 2, "a", "b");
	EXPECT(WORD(DQ(VAR("*"))), "[ab]");
}

static void expand_words__quoted_star_unset_ifs__space(void **state)
{
	SH;
	vars_unset(sh->vars, "IFS");
	positional(sh, 2, "a", "b");
	EXPECT(WORD(DQ(VAR("*"))), "[a b]");
}

static void expand_words__quoted_star_no_params__empty_field(void **state)
{
	SH;
	EXPECT(WORD(DQ(VAR("*"))), "[]");
}

static void expand_words__unquoted_star__split(void **state)
{
	SH;
	positional(sh, 2, "a b", "c");
	EXPECT(WORD(VAR("*")), "[a][b][c]");
}

static void expand_words__hash__param_count(void **state)
{
	SH;
	positional(sh, 3, "a", "b", "c");
	EXPECT(WORD(VAR("#")), "[3]");
}

static void expand_words__question__last_status(void **state)
{
	SH;
	sh->status = 42;
	EXPECT(WORD(VAR("?")), "[42]");
}

static void expand_words__dollar__shell_pid(void **state)
{
	SH;
	sh->shell_pid = 1234;
	EXPECT(WORD(VAR("$")), "[1234]");
}

static void expand_words__bang_none__no_field(void **state)
{
	SH;
	EXPECT(WORD(VAR("!")), "");
}

static void expand_words__bang__last_background_pid(void **state)
{
	SH;
	sh->last_bg = 777;
	EXPECT(WORD(VAR("!")), "[777]");
}

static void expand_words__zero__shell_name(void **state)
{
	SH;
	EXPECT(WORD(VAR("0")), "[minish]");
}

static void expand_words__positional__values(void **state)
{
	SH;
	positional(sh, 2, "first", "second");
	EXPECT(WORD(VAR("1"), LIT("-"), VAR("2")), "[first-second]");
}

static void expand_words__positional_ten__two_digit_index(void **state)
{
	SH;
	positional(sh, 11, "1", "2", "3", "4", "5", "6", "7", "8", "9", "ten", "eleven");
	EXPECT(WORD(VAR("10")), "[ten]");
}

static void expand_words__positional_beyond__unset(void **state)
{
	SH;
	positional(sh, 1, "a");
	EXPECT(WORD(DQ(VAR("2"))), "[]");
	EXPECT(WORD(DQ(VAR("99999999999999999999"))), "[]");
}

static void expand_words__dash_options__letters_in_dash_order(void **state)
{
	SH;
	sh->opt.errexit = sh->opt.nounset = sh->opt.xtrace = true;
	sh->opt.hashall = false;
	EXPECT(WORD(VAR("-")), "[uxe]");
}

static void expand_words__dash_no_options__empty(void **state)
{
	SH;
	sh->opt.hashall = false;
	EXPECT(WORD(DQ(VAR("-"))), "[]");
}

static void expand_words__pipestatus__element_zero(void **state)
{
	SH;
	sh->npipestatus = 2;
	sh->pipestatus[0] = 3;
	sh->pipestatus[1] = 0;
	EXPECT(WORD(VAR("PIPESTATUS")), "[3]");
}

static void expand_words__pipestatus_index__element(void **state)
{
	SH;
	sh->npipestatus = 2;
	sh->pipestatus[0] = 3;
	sh->pipestatus[1] = 7;
	struct word_part *p = VAR("PIPESTATUS");
	p->u.param.subscript = "1";
	p->u.param.index = WORD(LIT("1"));
	EXPECT(WORD(p), "[7]");
}

static void expand_words__pipestatus_all__every_element(void **state)
{
	SH;
	sh->npipestatus = 3;
	sh->pipestatus[0] = 1;
	sh->pipestatus[1] = 0;
	sh->pipestatus[2] = 2;
	struct word_part *p = VAR("PIPESTATUS");
	p->u.param.subscript = "@";
	p->u.param.index = WORD(LIT("@"));
	EXPECT(WORD(DQ(p)), "[1][0][2]");
}

static void expand_words__pipestatus_out_of_range__unset(void **state)
{
	SH;
	sh->npipestatus = 1;
	struct word_part *p = VAR("PIPESTATUS");
	p->u.param.subscript = "5";
	p->u.param.index = WORD(LIT("5"));
	EXPECT(WORD(DQ(p)), "[]");
}

static void expand_words__lineno__current_line(void **state)
{
	SH;
	sh->lineno = 17;
	EXPECT(WORD(VAR("LINENO")), "[17]");
}

static void expand_words__bad_name__bad_substitution(void **state)
{
	SH;
	struct capture c;
	capture_start(&c);
	const char *r = fields_of(sh, WORD(VAR("a-b")));
	assert_string_equal(capture_end(&c), "minish: ${a-b}: bad substitution\n");
	assert_string_equal(r, "ERROR");
	assert_int_equal(sh->expand_error, 1);
	assert_int_equal(sh->status, 1);
}

/* ---- ${...} operators ---- */

static void expand_words__default_unset__word(void **state)
{
	SH;
	EXPECT(WORD(OP("u", PARAM_DEFAULT, true, WORD(LIT("w")))), "[w]");
	EXPECT(WORD(OP("u", PARAM_DEFAULT, false, WORD(LIT("w")))), "[w]");
}

static void expand_words__default_empty__colon_only(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(OP("e", PARAM_DEFAULT, true, WORD(LIT("w")))), "[w]");
	EXPECT(WORD(DQ(OP("e", PARAM_DEFAULT, false, WORD(LIT("w"))))), "[]");
}

static void expand_words__default_set__value(void **state)
{
	SH;
	set(sh, "s", "v");
	EXPECT(WORD(OP("s", PARAM_DEFAULT, true, WORD(LIT("w")))), "[v]");
}

static void expand_words__default_unquoted_word__split(void **state)
{
	SH;
	EXPECT(WORD(OP("u", PARAM_DEFAULT, true, WORD(LIT("a   b")))), "[a][b]");
}

static void expand_words__default_quoted_word__one_field(void **state)
{
	SH;
	EXPECT(WORD(OP("u", PARAM_DEFAULT, true, WORD(DQ(LIT("a b"))))), "[a b]");
}

static void expand_words__default_inside_quotes__not_split(void **state)
{
	SH;
	EXPECT(WORD(DQ(OP("u", PARAM_DEFAULT, true, WORD(LIT("a b"))))), "[a b]");
}

static void expand_words__default_word_with_expansion__expanded(void **state)
{
	SH;
	set(sh, "y", "why");
	EXPECT(WORD(OP("u", PARAM_DEFAULT, true, WORD(LIT("<"), VAR("y"), LIT(">")))), "[<why>]");
}

static void expand_words__default_not_taken__word_not_expanded(void **state)
{
	SH;
	set(sh, "s", "v");
	EXPECT(WORD(OP("s", PARAM_DEFAULT, false, WORD(OP("n", PARAM_ASSIGN, false, WORD(LIT("z")))))),
	       "[v]");
	assert_null(vars_get(sh->vars, "n"));
}

static void expand_words__assign_unset__assigns_and_expands(void **state)
{
	SH;
	EXPECT(WORD(OP("n", PARAM_ASSIGN, true, WORD(LIT("new")))), "[new]");
	assert_string_equal(vars_get(sh->vars, "n"), "new");
}

static void expand_words__assign_empty_no_colon__keeps_empty(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(DQ(OP("e", PARAM_ASSIGN, false, WORD(LIT("w"))))), "[]");
	assert_string_equal(vars_get(sh->vars, "e"), "");
}

static void expand_words__assign_value__split_when_unquoted(void **state)
{
	SH;
	EXPECT(WORD(OP("n", PARAM_ASSIGN, true, WORD(DQ(LIT("a b"))))), "[a][b]");
	assert_string_equal(vars_get(sh->vars, "n"), "a b");
}

static void expand_words__assign_positional__error(void **state)
{
	SH;
	struct capture c;
	capture_start(&c);
	const char *r = fields_of(sh, WORD(OP("1", PARAM_ASSIGN, false, WORD(LIT("x")))));
	assert_string_equal(capture_end(&c), "minish: $1: cannot assign in this way\n");
	assert_string_equal(r, "ERROR");
	assert_int_equal(sh->expand_error, 1);
}

static void expand_words__assign_readonly__error(void **state)
{
	SH;
	vars_set(sh->vars, "r", NULL, VAR_READONLY);
	struct capture c;
	capture_start(&c);
	const char *r = fields_of(sh, WORD(OP("r", PARAM_ASSIGN, false, WORD(LIT("x")))));
	assert_string_equal(capture_end(&c), "minish: r: readonly variable\n");
	assert_string_equal(r, "ERROR");
}

static void expand_words__error_colon_no_word__null_or_not_set(void **state)
{
	SH;
	expect_error(sh, WORD(OP("x", PARAM_ERROR, true, NULL)),
	             "minish: x: parameter null or not set\n", 2);
}

static void expand_words__error_no_colon_no_word__not_set(void **state)
{
	SH;
	expect_error(sh, WORD(OP("x", PARAM_ERROR, false, NULL)), "minish: x: parameter not set\n", 2);
}

static void expand_words__error_with_message__message(void **state)
{
	SH;
	expect_error(sh, WORD(OP("x", PARAM_ERROR, true, WORD(LIT("my msg "), VAR("HOME")))),
	             "minish: x: my msg /home/test\n", 2);
}

static void expand_words__error_empty_colon__error(void **state)
{
	SH;
	set(sh, "e", "");
	expect_error(sh, WORD(OP("e", PARAM_ERROR, true, NULL)),
	             "minish: e: parameter null or not set\n", 2);
}

static void expand_words__error_empty_no_colon__empty_value(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(DQ(OP("e", PARAM_ERROR, false, NULL))), "[]");
}

static void expand_words__error_set__value(void **state)
{
	SH;
	set(sh, "s", "ok");
	EXPECT(WORD(OP("s", PARAM_ERROR, true, NULL)), "[ok]");
}

static void expand_words__error_positional__dollar_name(void **state)
{
	SH;
	expect_error(sh, WORD(OP("1", PARAM_ERROR, false, NULL)), "minish: $1: parameter not set\n", 2);
}

static void expand_words__alternate_set__word(void **state)
{
	SH;
	set(sh, "s", "v");
	EXPECT(WORD(OP("s", PARAM_ALTERNATE, true, WORD(LIT("alt")))), "[alt]");
}

static void expand_words__alternate_unset__nothing(void **state)
{
	SH;
	EXPECT(WORD(OP("u", PARAM_ALTERNATE, false, WORD(LIT("alt")))), "");
}

static void expand_words__alternate_empty__colon_distinguishes(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(OP("e", PARAM_ALTERNATE, false, WORD(LIT("alt")))), "[alt]");
	EXPECT(WORD(OP("e", PARAM_ALTERNATE, true, WORD(LIT("alt")))), "");
}

static void expand_words__length__characters(void **state)
{
	SH;
	set(sh, "s", "hello");
	EXPECT(WORD(OP("s", PARAM_LENGTH, false, NULL)), "[5]");
}

static void expand_words__length_unset__zero(void **state)
{
	SH;
	EXPECT(WORD(OP("u", PARAM_LENGTH, false, NULL)), "[0]");
}

static void expand_words__length_at__param_count(void **state)
{
	SH;
	positional(sh, 3, "aa", "b", "c");
	EXPECT(WORD(OP("@", PARAM_LENGTH, false, NULL)), "[3]");
}

static void expand_words__at_default_no_params__set_like_dash(void **state)
{
	SH;
	EXPECT(WORD(DQ(OP("@", PARAM_DEFAULT, false, WORD(LIT("d"))))), "");
	EXPECT(WORD(DQ(OP("*", PARAM_ALTERNATE, false, WORD(LIT("d"))))), "[d]");
}

static void expand_words__at_colon_default_only_empty__word(void **state)
{
	SH;
	positional(sh, 1, "");
	EXPECT(WORD(DQ(OP("@", PARAM_DEFAULT, true, WORD(LIT("d"))))), "[d]");
}

#define TRIM(name, value, op, pattern, want) \
	static void name(void **state) \
	{ \
		SH; \
		set(sh, "v", value); \
		EXPECT(WORD(DQ(OP("v", op, false, pattern))), want); \
	}

TRIM(expand_words__trim_prefix_shortest__removed, "/a/b/c", PARAM_TRIM_PREFIX, WORD(LIT("*/")), "[a/b/c]")
TRIM(expand_words__trim_prefix_longest__removed, "/a/b/c", PARAM_TRIM_PREFIX_MAX, WORD(LIT("*/")), "[c]")
TRIM(expand_words__trim_suffix_shortest__removed, "/a/b/c", PARAM_TRIM_SUFFIX, WORD(LIT("/*")), "[/a/b]")
TRIM(expand_words__trim_suffix_longest__removed, "/a/b/c", PARAM_TRIM_SUFFIX_MAX, WORD(LIT("/*")), "[]")
TRIM(expand_words__trim_no_match__unchanged, "abc", PARAM_TRIM_PREFIX, WORD(LIT("x*")), "[abc]")
TRIM(expand_words__trim_plain_prefix__removed, "foobar", PARAM_TRIM_PREFIX, WORD(LIT("foo")), "[bar]")
TRIM(expand_words__trim_plain_suffix__removed, "foobar", PARAM_TRIM_SUFFIX, WORD(LIT("bar")), "[foo]")
TRIM(expand_words__trim_empty_pattern__unchanged, "abc", PARAM_TRIM_SUFFIX, WORD(SQ("")), "[abc]")
TRIM(expand_words__trim_quoted_star__literal, "abcabc", PARAM_TRIM_PREFIX, WORD(DQ(LIT("*b"))), "[abcabc]")
TRIM(expand_words__trim_quoted_star_matching__removed, "a*b", PARAM_TRIM_PREFIX, WORD(DQ(LIT("a*"))), "[b]")
TRIM(expand_words__trim_bracket__class, "aXbXc", PARAM_TRIM_PREFIX, WORD(LIT("*[X]")), "[bXc]")
TRIM(expand_words__trim_question__one_char, "abc", PARAM_TRIM_PREFIX, WORD(LIT("?")), "[bc]")
TRIM(expand_words__trim_longest_suffix_star__whole, "abc", PARAM_TRIM_SUFFIX_MAX, WORD(LIT("*")), "[]")
TRIM(expand_words__trim_shortest_suffix_star__nothing, "abc", PARAM_TRIM_SUFFIX, WORD(LIT("*")), "[abc]")
TRIM(expand_words__trim_mixed_quoting__quoted_part_literal, "x?yz", PARAM_TRIM_PREFIX, WORD(LIT("x"), SQ("?"), LIT("?")), "[z]")

static void expand_words__trim_pattern_from_variable__is_pattern(void **state)
{
	SH;
	set(sh, "v", "aab");
	set(sh, "p", "*b");
	EXPECT(WORD(DQ(OP("v", PARAM_TRIM_PREFIX, false, WORD(VAR("p"))))), "[]");
	EXPECT(WORD(DQ(OP("v", PARAM_TRIM_PREFIX, false, WORD(DQ(VAR("p")))))), "[aab]");
}

static void expand_words__trim_at__each_element(void **state)
{
	SH;
	positional(sh, 2, "ab", "cb");
	EXPECT(WORD(DQ(OP("@", PARAM_TRIM_SUFFIX, false, WORD(LIT("b"))))), "[a][c]");
}

static void expand_words__trim_long_value__works(void **state)
{
	SH;
	size_t n = 100000;
	char *v = malloc(n + 1);
	memset(v, 'a', n);
	v[n - 1] = '/';
	v[n] = '\0';
	set(sh, "v", v);
	free(v);
	EXPECT(WORD(DQ(OP("v", PARAM_TRIM_PREFIX, false, WORD(LIT("*/"))))), "[]");
}

/* ---- set -u ---- */

static void expand_words__nounset_unset__unbound_error(void **state)
{
	SH;
	sh->opt.nounset = true;
	expect_error(sh, WORD(VAR("x")), "minish: x: unbound variable\n", 2);
}

static void expand_words__nounset_positional__dollar_name(void **state)
{
	SH;
	sh->opt.nounset = true;
	expect_error(sh, WORD(VAR("1")), "minish: $1: unbound variable\n", 2);
}

static void expand_words__nounset_length__error(void **state)
{
	SH;
	sh->opt.nounset = true;
	expect_error(sh, WORD(OP("x", PARAM_LENGTH, false, NULL)), "minish: x: unbound variable\n", 2);
}

static void expand_words__nounset_trim__error(void **state)
{
	SH;
	sh->opt.nounset = true;
	expect_error(sh, WORD(OP("x", PARAM_TRIM_PREFIX, false, WORD(LIT("a")))),
	             "minish: x: unbound variable\n", 2);
}

static void expand_words__nounset_default__no_error(void **state)
{
	SH;
	sh->opt.nounset = true;
	EXPECT(WORD(DQ(OP("x", PARAM_DEFAULT, false, NULL))), "[]");
}

static void expand_words__nounset_at_star__no_error(void **state)
{
	SH;
	sh->opt.nounset = true;
	EXPECT(WORD(DQ(VAR("@")), DQ(VAR("*")), VAR("#")), "[0]");
}

static void expand_words__nounset_bang__error(void **state)
{
	SH;
	sh->opt.nounset = true;
	expect_error(sh, WORD(VAR("!")), "minish: $!: unbound variable\n", 2);
}

static void expand_words__nounset_set_var__value(void **state)
{
	SH;
	sh->opt.nounset = true;
	set(sh, "s", "ok");
	EXPECT(WORD(VAR("s")), "[ok]");
}

/* ---- words parsed from source text ---- */

/* positional and special parameters */
CASE(parsed__quoted_at__each_param, "set -- a 'b c' ''", "\"$@\"", "[a][b c][]")
CASE(parsed__quoted_at_none__no_field, "set --", "\"$@\"", "")
CASE(parsed__quoted_at_affixes__joined, "set -- 1 2", "\"x$@y\"", "[x1][2y]")
CASE(parsed__quoted_star__joined_space, "set -- a b", "\"$*\"", "[a b]")
CASE(parsed__quoted_star_colon_ifs__joined_colon, "set -- a b; IFS=:", "\"$*\"", "[a:b]")
CASE(parsed__unquoted_at__split, "set -- 'a b' c", "$@", "[a][b][c]")
CASE(parsed__dollar_ten__one_then_zero, "set -- 1 2 3 4 5 6 7 8 9 ten", "$10 ${10}", "[10][ten]")
CASE(parsed__counts__hash_forms, "set -- a b", "$# \"${#}\" ${#x}", "[2][2][0]")
CASE(parsed__length_of_hash_and_question__digits, "set --", "${##} ${#?}", "[1][1]")
CASE(parsed__status__last_command, "false", "$?", "[1]")
CASE(parsed__length_at__count, "set -- aa bb cc", "${#@} ${#*}", "[3][3]")
CASE(parsed__at_trim__each_element, "set -- ab cb", "\"${@%b}\"", "[a][c]")
/* operators */
CASE(parsed__default_nested__inner_default, "", "${x:-${y:-deep}}", "[deep]")
CASE(parsed__default_cmdsub__output, "", "${x:-$(echo cs)}", "[cs]")
CASE(parsed__default_single_quoted__literal_dollar, "", "${x:-'single $q'}", "[single $q]")
CASE(parsed__default_dquoted_home__value, "HOME=/h", "\"${unset-$HOME}\"", "[/h]")
CASE(parsed__assign_default__assigned, "", "${n:=new} $n", "[new][new]")
CASE(parsed__suffix_ops__file_name_parts, "x=file.tar.gz", "${x%.*} ${x%%.*} ${x##*.} ${x#*.}",
     "[file.tar][file][gz][tar.gz]")
CASE(parsed__path_ops__dir_and_base, "p=/usr/local/bin", "${p%/*} ${p##*/}", "[/usr/local][bin]")
CASE(parsed__trim_quoted_pattern__literal, "x='*ab'", "${x#\"*\"} ${x#\\*} ${x#*}", "[ab][ab][*ab]")
CASE(parsed__trim_dquoted_pattern_in_dquotes__removed, "x=a", "\"${x#\"a\"}|\"", "[|]")
CASE(parsed__trim_pattern_variable__pattern, "x=aab; p='*b'", "\"${x#$p}\" \"${x#\"$p\"}\"", "[][aab]")
CASE(parsed__length__value, "x=abcdef", "${#x}", "[6]")
CASE(parsed__star_value_quoted__not_globbed, "x='*'", "\"${x}\" \"${#x}\"", "[*][1]")

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(expand_words__quoted_at__one_field_per_param),
		T(expand_words__quoted_at_no_params__no_field),
		T(expand_words__quoted_at_with_text__joined_to_ends),
		T(expand_words__quoted_at_no_params_with_text__text_only),
		T(expand_words__quoted_at_only_empty__one_empty_field),
		T(expand_words__unquoted_at__split_and_empties_dropped),
		T(expand_words__unquoted_at_empty_ifs__params_stay_separate),
		T(expand_words__unquoted_at_trailing_delim__like_dash),
		T(expand_words__quoted_star__joined_by_first_ifs_char),
		T(expand_words__quoted_star_empty_ifs__no_separator),
		T(expand_words__quoted_star_unset_ifs__space),
		T(expand_words__quoted_star_no_params__empty_field),
		T(expand_words__unquoted_star__split), T(expand_words__hash__param_count),
		T(expand_words__question__last_status), T(expand_words__dollar__shell_pid),
		T(expand_words__bang_none__no_field), T(expand_words__bang__last_background_pid),
		T(expand_words__zero__shell_name), T(expand_words__positional__values),
		T(expand_words__positional_ten__two_digit_index),
		T(expand_words__positional_beyond__unset),
		T(expand_words__dash_options__letters_in_dash_order),
		T(expand_words__dash_no_options__empty), T(expand_words__pipestatus__element_zero),
		T(expand_words__pipestatus_index__element),
		T(expand_words__pipestatus_all__every_element),
		T(expand_words__pipestatus_out_of_range__unset),
		T(expand_words__lineno__current_line), T(expand_words__bad_name__bad_substitution),
		T(expand_words__default_unset__word), T(expand_words__default_empty__colon_only),
		T(expand_words__default_set__value), T(expand_words__default_unquoted_word__split),
		T(expand_words__default_quoted_word__one_field),
		T(expand_words__default_inside_quotes__not_split),
		T(expand_words__default_word_with_expansion__expanded),
		T(expand_words__default_not_taken__word_not_expanded),
		T(expand_words__assign_unset__assigns_and_expands),
		T(expand_words__assign_empty_no_colon__keeps_empty),
		T(expand_words__assign_value__split_when_unquoted),
		T(expand_words__assign_positional__error), T(expand_words__assign_readonly__error),
		T(expand_words__error_colon_no_word__null_or_not_set),
		T(expand_words__error_no_colon_no_word__not_set),
		T(expand_words__error_with_message__message),
		T(expand_words__error_empty_colon__error),
		T(expand_words__error_empty_no_colon__empty_value),
		T(expand_words__error_set__value), T(expand_words__error_positional__dollar_name),
		T(expand_words__alternate_set__word), T(expand_words__alternate_unset__nothing),
		T(expand_words__alternate_empty__colon_distinguishes),
		T(expand_words__length__characters), T(expand_words__length_unset__zero),
		T(expand_words__length_at__param_count),
		T(expand_words__at_default_no_params__set_like_dash),
		T(expand_words__at_colon_default_only_empty__word),
		T(expand_words__trim_prefix_shortest__removed),
		T(expand_words__trim_prefix_longest__removed),
		T(expand_words__trim_suffix_shortest__removed),
		T(expand_words__trim_suffix_longest__removed),
		T(expand_words__trim_no_match__unchanged),
		T(expand_words__trim_plain_prefix__removed),
		T(expand_words__trim_plain_suffix__removed),
		T(expand_words__trim_empty_pattern__unchanged),
		T(expand_words__trim_quoted_star__literal),
		T(expand_words__trim_quoted_star_matching__removed),
		T(expand_words__trim_bracket__class), T(expand_words__trim_question__one_char),
		T(expand_words__trim_longest_suffix_star__whole),
		T(expand_words__trim_shortest_suffix_star__nothing),
		T(expand_words__trim_mixed_quoting__quoted_part_literal),
		T(expand_words__trim_pattern_from_variable__is_pattern),
		T(expand_words__trim_at__each_element), T(expand_words__trim_long_value__works),
		T(expand_words__nounset_unset__unbound_error),
		T(expand_words__nounset_positional__dollar_name),
		T(expand_words__nounset_length__error), T(expand_words__nounset_trim__error),
		T(expand_words__nounset_default__no_error),
		T(expand_words__nounset_at_star__no_error), T(expand_words__nounset_bang__error),
		T(expand_words__nounset_set_var__value), T(parsed__quoted_at__each_param),
		T(parsed__quoted_at_none__no_field), T(parsed__quoted_at_affixes__joined),
		T(parsed__quoted_star__joined_space),
		T(parsed__quoted_star_colon_ifs__joined_colon), T(parsed__unquoted_at__split),
		T(parsed__dollar_ten__one_then_zero), T(parsed__counts__hash_forms),
		T(parsed__length_of_hash_and_question__digits), T(parsed__status__last_command),
		T(parsed__length_at__count), T(parsed__at_trim__each_element),
		T(parsed__default_nested__inner_default), T(parsed__default_cmdsub__output),
		T(parsed__default_single_quoted__literal_dollar),
		T(parsed__default_dquoted_home__value), T(parsed__assign_default__assigned),
		T(parsed__suffix_ops__file_name_parts), T(parsed__path_ops__dir_and_base),
		T(parsed__trim_quoted_pattern__literal),
		T(parsed__trim_dquoted_pattern_in_dquotes__removed),
		T(parsed__trim_pattern_variable__pattern), T(parsed__length__value),
		T(parsed__star_value_quoted__not_globbed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

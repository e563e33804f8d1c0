/* test_expand.c - unit tests for the core of word expansion (shell/expand.c, expand_buf.c):
 * literals and quoting, IFS field splitting, single-string and here-document expansion, with
 * words built by hand and parsed from source text (helpers in expand_harness.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "expand_harness.h"

/* ---- literals and quotes ---- */

static void expand_words__literal__one_field(void **state)
{
	SH;
	EXPECT(WORD(LIT("abc")), "[abc]");
}

static void expand_words__literal_with_blank__never_split(void **state)
{
	SH;
	EXPECT(WORD(LIT("a b")), "[a b]");
}

static void expand_words__empty_single_quotes__empty_field(void **state)
{
	SH;
	EXPECT(WORD(SQ("")), "[]");
}

static void expand_words__empty_double_quotes__empty_field(void **state)
{
	SH;
	EXPECT(WORD(dq(sh, NULL)), "[]");
}

static void expand_words__quoted_and_literal__joined(void **state)
{
	SH;
	EXPECT(WORD(LIT("a"), SQ(" b "), LIT("c")), "[a b c]");
}

static void expand_words__several_words__fields_in_order(void **state)
{
	SH;
	struct word *a = WORD(LIT("one")), *b = WORD(SQ("two")), *c = WORD(LIT("three"));
	a->next = b;
	b->next = c;
	EXPECT(a, "[one][two][three]");
}

/* ---- field splitting ---- */

static void expand_words__unset_alone__no_field(void **state)
{
	SH;
	EXPECT(WORD(VAR("nosuch")), "");
}

static void expand_words__empty_alone__no_field(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(VAR("e")), "");
}

static void expand_words__quoted_unset__empty_field(void **state)
{
	SH;
	EXPECT(WORD(DQ(VAR("nosuch"))), "[]");
}

static void expand_words__empty_then_empty_quotes__empty_field(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(VAR("e"), SQ("")), "[]");
}

static void expand_words__blanks_in_value__split(void **state)
{
	SH;
	set(sh, "x", "a b\tc\nd");
	EXPECT(WORD(VAR("x")), "[a][b][c][d]");
}

static void expand_words__quoted_value__not_split(void **state)
{
	SH;
	set(sh, "x", "a  b");
	EXPECT(WORD(DQ(VAR("x"))), "[a  b]");
}

static void expand_words__leading_trailing_blanks__dropped(void **state)
{
	SH;
	set(sh, "x", "   a   b   ");
	EXPECT(WORD(VAR("x")), "[a][b]");
}

static void expand_words__only_blanks__no_field(void **state)
{
	SH;
	set(sh, "x", "  \t ");
	EXPECT(WORD(VAR("x")), "");
}

static void expand_words__prefix_and_suffix__joined_to_first_and_last(void **state)
{
	SH;
	set(sh, "x", "a b");
	EXPECT(WORD(LIT("pre"), VAR("x"), LIT("post")), "[prea][bpost]");
}

static void expand_words__adjacent_expansions__split_across(void **state)
{
	SH;
	set(sh, "a", "x ");
	set(sh, "b", " y");
	EXPECT(WORD(VAR("a"), VAR("b")), "[x][y]");
}

static void expand_words__adjacent_without_blank__joined(void **state)
{
	SH;
	set(sh, "a", "x");
	set(sh, "b", "y");
	EXPECT(WORD(VAR("a"), VAR("b")), "[xy]");
}

static void expand_words__empty_quotes_then_leading_blank__empty_field_kept(void **state)
{
	SH;
	set(sh, "x", " a");
	EXPECT(WORD(SQ(""), VAR("x")), "[][a]");
}

static void expand_words__colon_ifs__empty_fields_between(void **state)
{
	SH;
	set(sh, "IFS", ":");
	set(sh, "x", "a::b");
	EXPECT(WORD(VAR("x")), "[a][][b]");
}

static void expand_words__colon_ifs_trailing__no_trailing_field(void **state)
{
	SH;
	set(sh, "IFS", ":");
	set(sh, "x", "a:");
	EXPECT(WORD(VAR("x")), "[a]");
}

static void expand_words__colon_ifs_leading__leading_empty_field(void **state)
{
	SH;
	set(sh, "IFS", ":");
	set(sh, "x", ":a");
	EXPECT(WORD(VAR("x")), "[][a]");
}

static void expand_words__colon_ifs_only_delims__empty_fields(void **state)
{
	SH;
	set(sh, "IFS", ":");
	set(sh, "x", "::");
	EXPECT(WORD(VAR("x")), "[][]");
}

static void expand_words__colon_ifs_trailing_then_quotes__empty_last_field(void **state)
{
	SH;
	set(sh, "IFS", ":");
	set(sh, "x", "a:");
	EXPECT(WORD(VAR("x"), SQ("")), "[a][]");
}

static void expand_words__mixed_ifs__white_around_delim_absorbed(void **state)
{
	SH;
	set(sh, "IFS", " :");
	set(sh, "x", "a : b");
	EXPECT(WORD(VAR("x")), "[a][b]");
}

static void expand_words__mixed_ifs_leading__empty_first(void **state)
{
	SH;
	set(sh, "IFS", " :");
	set(sh, "x", " : b");
	EXPECT(WORD(VAR("x")), "[][b]");
}

static void expand_words__mixed_ifs_double_delim__empty_between(void **state)
{
	SH;
	set(sh, "IFS", ": ");
	set(sh, "x", "a : : b");
	EXPECT(WORD(VAR("x")), "[a][][b]");
}

static void expand_words__mixed_ifs_edges__like_dash(void **state)
{
	SH;
	set(sh, "IFS", ": ");
	set(sh, "x", ":a::b:");
	EXPECT(WORD(VAR("x")), "[][a][][b]");
}

static void expand_words__empty_ifs__no_splitting(void **state)
{
	SH;
	set(sh, "IFS", "");
	set(sh, "x", " a b ");
	EXPECT(WORD(VAR("x")), "[ a b ]");
}

static void expand_words__unset_ifs__default_whitespace(void **state)
{
	SH;
	vars_unset(sh->vars, "IFS");
	set(sh, "x", " a:b  c ");
	EXPECT(WORD(VAR("x")), "[a:b][c]");
}

static void expand_words__letter_ifs__splits_on_letter(void **state)
{
	SH;
	set(sh, "IFS", "x");
	set(sh, "v", "1x2xx3");
	EXPECT(WORD(VAR("v")), "[1][2][][3]");
}

static void expand_words__ifs_char_in_literal__not_split(void **state)
{
	SH;
	set(sh, "IFS", ":");
	EXPECT(WORD(LIT("a:b")), "[a:b]");
}

static void expand_words__ifs_only_space__tab_kept(void **state)
{
	SH;
	set(sh, "IFS", " ");
	set(sh, "x", "a\tb c");
	EXPECT(WORD(VAR("x")), "[a\tb][c]");
}

/* ---- single-string expansion and here-documents ---- */

static void expand_word_str__blanks__kept(void **state)
{
	SH;
	set(sh, "x", " a  b ");
	assert_string_equal(expand_word_str(sh, WORD(VAR("x"))), " a  b ");
}

static void expand_word_str__star__not_globbed(void **state)
{
	SH;
	assert_string_equal(expand_word_str(sh, WORD(LIT("*"))), "*");
}

static void expand_word_str__at__joined_by_first_ifs_char_like_dash(void **state)
{
	SH;
	set(sh, "IFS", ":");
	positional(sh, 2, "a", "b");
	assert_string_equal(expand_word_str(sh, WORD(DQ(VAR("@")))), "a:b");
	assert_string_equal(expand_word_str(sh, WORD(VAR("*"))), "a:b");
}

static void expand_word_str__empty__empty_string(void **state)
{
	SH;
	assert_string_equal(expand_word_str(sh, WORD(VAR("nosuch"))), "");
}

static void expand_word_str__error__null(void **state)
{
	SH;
	struct capture c;
	capture_start(&c);
	assert_null(expand_word_str(sh, WORD(ARITH("1/0"))));
	capture_end(&c);
}

static void expand_heredoc__parameters__expanded_no_split(void **state)
{
	SH;
	set(sh, "x", "a  *");
	char *s = expand_heredoc(sh, WORD(LIT("v="), VAR("x"), LIT("\n")));
	assert_string_equal(s, "v=a  *\n");
}

static void parsed__assignment_value__not_split_or_globbed(void **state)
{
	SH;
	vars_set(sh->vars, "v", " a  * ", 0);
	const struct node *c = parse_simple(sh, "x=$v");
	assert_string_equal(expand_word_str(sh, c->u.simple.assigns->value), " a  * ");
}

/* ---- words parsed from source text ---- */

/* quote removal */
CASE(parsed__single_quoted_dollar__literal, "x=1", "'$x'", "[$x]")
CASE(parsed__backslash_dollar__literal, "x=1", "\\$x", "[$x]")
CASE(parsed__dquoted_backslash_dollar__literal, "x=1", "\"\\$x\"", "[$x]")
CASE(parsed__dquoted_param__value, "x='a  b'", "\"$x\"", "[a  b]")
CASE(parsed__dquoted_escaped_quote__quote, "", "\"\\\"\"", "[\"]")
CASE(parsed__mixed_quotes__concatenated, "", "'a'\"b\"c", "[abc]")
CASE(parsed__dquoted_double_backslash__one, "", "\"a\\\\b\"", "[a\\b]")
CASE(parsed__dquoted_backslash_letter__kept, "", "\"a\\b\"", "[a\\b]")
CASE(parsed__escaped_blank__one_field, "", "a\\ b", "[a b]")
CASE(parsed__three_quotings__each_rule, "x=1", "\"$x\"'$x'$x", "[1$x1]")
CASE(parsed__single_quote_in_dquotes__literal, "", "\"'\"", "[']")
CASE(parsed__dquote_in_single_quotes__literal, "", "'\"'", "[\"]")
CASE(parsed__lone_dollar__literal, "", "$ \"$\" \"a$\" a$", "[$][$][a$][a$]")
CASE(parsed__braced_then_text__joined, "x=1", "${x}y \"${x}y\"", "[1y][1y]")
CASE(parsed__empty_quotes__empty_fields, "", "'' \"\" a", "[][][a]")
CASE(parsed__unset_unquoted__dropped, "", "$nosuch a", "[a]")
/* splitting from parsed words */
CASE(parsed__split_value__fields, "x='  a  b  '", "$x", "[a][b]")
CASE(parsed__split_value_brackets__joined_ends, "x='  a  '", "[${x}]", "[[][a][]]")
CASE(parsed__colon_ifs__split_only_expansion, "IFS=:; x=a:b", "$x \"$x\" c:d", "[a][b][a:b][c:d]")
CASE(parsed__default_word_unquoted__split, "", "${x:-a   b}", "[a][b]")
CASE(parsed__default_word_quoted_part__one_field, "", "${x:-\"a b\"}", "[a b]")
CASE(parsed__default_word_mixed__split_outside_quotes, "", "${x-\"a b\"c d}", "[a bc][d]")
CASE(parsed__alternate_quoted_value__one_field, "v='a b'", "${v:+\"$v\"}", "[a b]")
CASE(parsed__default_in_dquotes_with_squotes__literal_squotes, "", "\"${x:-'q'}\"", "['q']")
CASE(parsed__default_in_dquotes_escaped_dquote__quote, "", "\"${x:-\\\"q\\\"}\"", "[\"q\"]")

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(expand_words__literal__one_field),
		T(expand_words__literal_with_blank__never_split),
		T(expand_words__empty_single_quotes__empty_field),
		T(expand_words__empty_double_quotes__empty_field),
		T(expand_words__quoted_and_literal__joined),
		T(expand_words__several_words__fields_in_order),
		T(expand_words__unset_alone__no_field), T(expand_words__empty_alone__no_field),
		T(expand_words__quoted_unset__empty_field),
		T(expand_words__empty_then_empty_quotes__empty_field),
		T(expand_words__blanks_in_value__split), T(expand_words__quoted_value__not_split),
		T(expand_words__leading_trailing_blanks__dropped),
		T(expand_words__only_blanks__no_field),
		T(expand_words__prefix_and_suffix__joined_to_first_and_last),
		T(expand_words__adjacent_expansions__split_across),
		T(expand_words__adjacent_without_blank__joined),
		T(expand_words__empty_quotes_then_leading_blank__empty_field_kept),
		T(expand_words__colon_ifs__empty_fields_between),
		T(expand_words__colon_ifs_trailing__no_trailing_field),
		T(expand_words__colon_ifs_leading__leading_empty_field),
		T(expand_words__colon_ifs_only_delims__empty_fields),
		T(expand_words__colon_ifs_trailing_then_quotes__empty_last_field),
		T(expand_words__mixed_ifs__white_around_delim_absorbed),
		T(expand_words__mixed_ifs_leading__empty_first),
		T(expand_words__mixed_ifs_double_delim__empty_between),
		T(expand_words__mixed_ifs_edges__like_dash),
		T(expand_words__empty_ifs__no_splitting),
		T(expand_words__unset_ifs__default_whitespace),
		T(expand_words__letter_ifs__splits_on_letter),
		T(expand_words__ifs_char_in_literal__not_split),
		T(expand_words__ifs_only_space__tab_kept), T(expand_word_str__blanks__kept),
		T(expand_word_str__star__not_globbed),
		T(expand_word_str__at__joined_by_first_ifs_char_like_dash),
		T(expand_word_str__empty__empty_string), T(expand_word_str__error__null),
		T(expand_heredoc__parameters__expanded_no_split),
		T(parsed__single_quoted_dollar__literal), T(parsed__backslash_dollar__literal),
		T(parsed__dquoted_backslash_dollar__literal), T(parsed__dquoted_param__value),
		T(parsed__dquoted_escaped_quote__quote), T(parsed__mixed_quotes__concatenated),
		T(parsed__dquoted_double_backslash__one), T(parsed__dquoted_backslash_letter__kept),
		T(parsed__escaped_blank__one_field), T(parsed__three_quotings__each_rule),
		T(parsed__single_quote_in_dquotes__literal),
		T(parsed__dquote_in_single_quotes__literal), T(parsed__lone_dollar__literal),
		T(parsed__braced_then_text__joined), T(parsed__empty_quotes__empty_fields),
		T(parsed__unset_unquoted__dropped), T(parsed__split_value__fields),
		T(parsed__split_value_brackets__joined_ends),
		T(parsed__colon_ifs__split_only_expansion), T(parsed__default_word_unquoted__split),
		T(parsed__default_word_quoted_part__one_field),
		T(parsed__default_word_mixed__split_outside_quotes),
		T(parsed__alternate_quoted_value__one_field),
		T(parsed__default_in_dquotes_with_squotes__literal_squotes),
		T(parsed__default_in_dquotes_escaped_dquote__quote),
		T(parsed__assignment_value__not_split_or_globbed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

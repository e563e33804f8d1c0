/* test_expand_bash.c - unit tests for bash's ${v:offset:length} and ${v/pattern/string}
 * expansions, from parsed source (each expectation checked against bash 5.2). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "expand_harness.h"

CASE(substring__offset__rest, "v=abcdef", "\"${v:2}\"", "[cdef]")
CASE(substring__offset_length__slice, "v=abcdef", "\"${v:2:3}\"", "[cde]")
CASE(substring__negative_offset__from_end, "v=abcdef", "\"${v: -2}\" \"${v:(-3):2}\"", "[ef][de]")
CASE(substring__negative_length__stops_before_end, "v=abcdef", "\"${v:1:-2}\"", "[bcd]")
CASE(substring__past_the_end__empty, "v=abc", "\"${v:3}\" \"${v:9}\" \"${v: -9}\"", "[][][]")
CASE(substring__length_past_the_end__rest, "v=abc", "\"${v:1:50}\"", "[bc]")
CASE(substring__arithmetic__variables, "v=abcdef i=2", "\"${v:i:i+1}\" \"${v:$i*2}\"", "[cde][ef]")
CASE(substring__empty_offset__zero, "v=abc", "\"${v::2}\"", "[ab]")
CASE(substring__unquoted__split, "v='a b c'", "${v:2}", "[b][c]")
CASE(substring__at__from_first, "set -- a b c d", "\"${@:2}\"", "[b][c][d]")
CASE(substring__at_length__count, "set -- a b c d", "\"${@:2:2}\"", "[b][c]")
CASE(substring__at_negative__from_end, "set -- a b c d", "\"${@: -1}\" \"${@: -4:1}\"", "[d][a]")
CASE(substring__at_zero__is_dollar_zero, "set -- a b", "\"${@:0:2}\"", "[minish][a]")
CASE(substring__at_past_end__no_field, "set -- a b", "\"${@:3}\"", "")
CASE(substring__star__joined, "set -- a b c", "\"${*:2}\"", "[b c]")

static void substring__length_before_offset__error(void **state)
{
	SH;
	set(sh, "v", "abcdef");
	struct capture c;
	capture_start(&c);
	const char *r = src_fields(sh, "", "\"${v:4:-3}\"");
	assert_string_equal(capture_end(&c), "minish: -3: substring expression < 0\n");
	assert_string_equal(r, "ERROR");
	assert_int_equal(sh->expand_error, 1);
	assert_int_equal(sh->status, 1);
}

static void substring__at_negative_length__error(void **state)
{
	SH;
	char *argv[] = { "a", "b" };
	shell_set_positional(sh, 2, argv);
	struct capture c;
	capture_start(&c);
	const char *r = src_fields(sh, "", "\"${@:1:-1}\"");
	assert_string_equal(capture_end(&c), "minish: -1: substring expression < 0\n");
	assert_string_equal(r, "ERROR");
}

static void substring__bad_arithmetic__error(void **state)
{
	SH;
	set(sh, "v", "abc");
	struct capture c;
	capture_start(&c);
	const char *r = src_fields(sh, "", "\"${v:1/0}\"");
	assert_non_null(strstr(capture_end(&c), "division by zero"));
	assert_string_equal(r, "ERROR");
	assert_int_equal(sh->expand_error, 1);
}

CASE(replace__first__longest_match, "v=abcabc", "\"${v/b*c/X}\"", "[aX]")
CASE(replace__first__only_one, "v=abcabc", "\"${v/b/X}\"", "[aXcabc]")
CASE(replace__all__every_one, "v=a.b.c", "\"${v//./-}\"", "[a-b-c]")
CASE(replace__all_pattern__every_one, "v=abcabc", "\"${v//[bc]/_}\"", "[a__a__]")
CASE(replace__prefix__anchored, "v=abcabc", "\"${v/#a/X}\" \"${v/#b/X}\"", "[Xbcabc][abcabc]")
CASE(replace__suffix__anchored_longest, "v=abcabc", "\"${v/%c/X}\" \"${v/%b*/X}\"", "[abcabX][aX]")
CASE(replace__no_string__deletes, "v=abcabc", "\"${v/b}\" \"${v//b}\"", "[acabc][acac]")
CASE(replace__empty_pattern__anchors_insert, "v=abc", "\"${v/#/<}\" \"${v/%/>}\" \"${v//}\"", "[<abc][abc>][abc]")
CASE(replace__empty_value__star_matches, "v=", "\"${v/*/-}\" \"${v/a/-}\"", "[-][]")
CASE(replace__star_all__once, "v=abc", "\"${v//*/-}\"", "[-]")
CASE(replace__quoted_pattern__literal, "v='a*b'", "\"${v/\\*/S}\" \"${v/'*'/S}\" \"${v/*/S}\"", "[aSb][aSb][S]")
CASE(replace__pattern_from_variable__is_pattern, "v=abcabc p='[ab]'", "\"${v//$p/.}\" \"${v//\"$p\"/.}\"", "[..c..c][abcabc]")
CASE(replace__string_expanded, "v=abc s=Z", "\"${v/b/<$s>}\"", "[a<Z>c]")
CASE(replace__ampersand__literal, "v=abc", "\"${v/b/&}\"", "[a&c]")
CASE(replace__unquoted__split, "v=a-b", "${v/-/ }", "[a][b]")
CASE(replace__at__each_element, "set -- ab cb", "\"${@/b/X}\"", "[aX][cX]")
CASE(replace__star__joined, "set -- ab cb", "\"${*/#/-}\"", "[-ab -cb]")
CASE(replace__slash_in_string__literal, "v=a:b", "\"${v/:/\\/}\" \"${v/:/x/y}\"", "[a/b][ax/yb]")
CASE(replace__bracket_forms__one_byte_each, "v='a]b1[c'",
     "\"${v//[]a]/.}\" \"${v//[[:digit:]]/D}\" \"${v//[c/X}\"", "[..b1[c][a]bD[c][a]b1X]")
CASE(replace__star_patterns__no_match_or_longest, "v='a]b1[c'",
     "\"${v/b*/_}\" \"${v//x*/_}\" \"${v/%1*/_}\"", "[a]_][a]b1[c][a]b_]")
CASE(replace__long_value__every_match,
     "v=$(i=0; while [ $i -lt 3000 ]; do printf ab; i=$((i+1)); done); r=${v//[a]/}; s=${v//b*a/};"
     " t=${v/#*b/}; u=${v//x*/}",
     "\"${#v}\" \"${#r}\" \"${#s}\" \"${#t}\" \"${#u}\" \"${r%%bbbbbbbb*}\"", "[6000][3000][2][0][6000][]")

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(substring__offset__rest),
		T(substring__offset_length__slice),
		T(substring__negative_offset__from_end),
		T(substring__negative_length__stops_before_end),
		T(substring__past_the_end__empty),
		T(substring__length_past_the_end__rest),
		T(substring__arithmetic__variables),
		T(substring__empty_offset__zero),
		T(substring__unquoted__split),
		T(substring__at__from_first),
		T(substring__at_length__count),
		T(substring__at_negative__from_end),
		T(substring__at_zero__is_dollar_zero),
		T(substring__at_past_end__no_field),
		T(substring__star__joined),
		T(substring__length_before_offset__error),
		T(substring__at_negative_length__error),
		T(substring__bad_arithmetic__error),
		T(replace__first__longest_match),
		T(replace__first__only_one),
		T(replace__all__every_one),
		T(replace__all_pattern__every_one),
		T(replace__prefix__anchored),
		T(replace__suffix__anchored_longest),
		T(replace__no_string__deletes),
		T(replace__empty_pattern__anchors_insert),
		T(replace__empty_value__star_matches),
		T(replace__star_all__once),
		T(replace__quoted_pattern__literal),
		T(replace__pattern_from_variable__is_pattern),
		T(replace__string_expanded),
		T(replace__ampersand__literal),
		T(replace__unquoted__split),
		T(replace__at__each_element),
		T(replace__star__joined),
		T(replace__slash_in_string__literal),
		T(replace__bracket_forms__one_byte_each),
		T(replace__star_patterns__no_match_or_longest),
		T(replace__long_value__every_match),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_brace.c - unit tests for brace expansion (shell/brace.c), from parsed source through
 * expand_words (each expectation checked against bash 5.2). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "expand_harness.h"
#include "../../shell/brace.h"

/* lists */
CASE(brace__list__one_word_each, "", "{a,b,c}", "[a][b][c]")
CASE(brace__prefix_suffix__on_each, "", "x{a,b}y", "[xay][xby]")
CASE(brace__nested__flattened, "", "{a,b{1,2}}", "[a][b1][b2]")
CASE(brace__two_groups__every_combination, "", "a{b,c}d{e,f}g", "[abdeg][abdfg][acdeg][acdfg]")
CASE(brace__empty_item__kept, "", "x{,}y {a,}", "[xy][xy][a]")
CASE(brace__empty_list__no_field, "", "{,}", "")
CASE(brace__no_comma__literal, "", "{a} {} {a}{b,c}", "[{a}][{}][{a}b][{a}c]")
CASE(brace__inner_of_plain_braces__expands, "", "{a{1,2}}", "[{a1}][{a2}]")
CASE(brace__unmatched__literal, "", "{a,b }{a,b {{a,b}", "[{a,b][}{a,b][{a][{b]")
CASE(brace__extra_close__suffix, "", "{a,b}}", "[a}][b}]")
/* quoting */
CASE(brace__quoted__literal, "", "\"{a,b}\" '{'a,b} \\{a,b}", "[{a,b}][{a,b}][{a,b}]")
CASE(brace__quoted_parts_inside__items, "", "{\"a,b\",c} {a\\,b,c} {a,b\\}c}", "[a,b][c][a,b][c][a][b}c]")
CASE(brace__dollar_quoted__expands, "", "\\${a,b}", "[$a][$b]")
/* before the other expansions */
CASE(brace__parameters_inside__expanded_after, "x=X", "{$x,y} ${x}{1,2}", "[X][y][X1][X2]")
CASE(brace__value_with_braces__not_expanded, "x={a,b}", "$x {$x,c}", "[{a,b}][{a,b}][c]")
CASE(brace__command_substitution__one_item, "", "{a,$(echo b,c)}", "[a][b,c]")
CASE(brace__tilde_from_item__expanded, "", "{~,x}/q", "[/home/test/q][x/q]")
CASE(brace__tilde_with_braces__user_names, "", "~{a,b}", "[~a][~b]")
CASE(brace__then_globbing__each_word, "", "{a,b}[c]", "[a[c]][b[c]]")
/* sequences */
CASE(brace__numbers__up, "", "{1..5}", "[1][2][3][4][5]")
CASE(brace__numbers__down, "", "{3..1}", "[3][2][1]")
CASE(brace__increment__both_ways, "", "{10..1..3} {1..10..-3}", "[10][7][4][1][1][4][7][10]")
CASE(brace__zero_increment__one, "", "{1..3..0}", "[1][2][3]")
CASE(brace__big_increment__first_only, "", "{1..10..100}", "[1]")
CASE(brace__zero_padded__widest, "", "{01..03} {1..010}", "[01][02][03][001][002][003][004][005][006][007][008][009][010]")
CASE(brace__negative_padded__sign_counts, "", "{-01..1} {1..-02}", "[-01][000][001][001][000][-01][-02]")
CASE(brace__plus_sign__dropped, "", "{+1..3..+2}", "[1][3]")
CASE(brace__letters__both_ways, "", "{a..e..2} {c..a}", "[a][c][e][c][b][a]")
CASE(brace__letters_across_cases__all_bytes, "", "{Y..b}", "[Y][Z][[][\\][]][^][_][`][a][b]")
CASE(brace__bad_sequences__literal, "", "{a..5} {1..} {..3} {1..3..2a} {a..b..} {!..%}",
     "[{a..5}][{1..}][{..3}][{1..3..2a}][{a..b..}][{!..%}]")
CASE(brace__sequence_times_list__combined, "", "{1..2}{a,b}", "[1a][1b][2a][2b]")
CASE(brace__limits__no_overflow, "",
     "{9223372036854775806..9223372036854775807} {1..2..9223372036854775807}",
     "[9223372036854775806][9223372036854775807][1]")
CASE(brace__too_big_number__literal, "", "{1..99999999999999999999}", "[{1..99999999999999999999}]")

static void brace__set_plus_b__off(void **state)
{
	SH;
	sh->opt.braceexpand = false;
	assert_string_equal(src_fields(sh, "", "{a,b} {1..2}"), "[{a,b}][{1..2}]");
}

static void brace__assignment_like_operand__expanded(void **state)
{
	SH;
	sh->opt.interactive = true;
	assert_string_equal(src_fields(sh, "", "a={1,2}"), "[a=1][a=2]");
}

static void brace__huge_sequence__refused_at_once(void **state)
{
	SH;
	struct capture c;
	capture_start(&c);
	const char *r = src_fields(sh, "", "{1..1000000000}");
	assert_string_equal(capture_end(&c), "minish: brace expansion: more than 1000000 words\n");
	assert_string_equal(r, "ERROR");
	assert_int_equal(sh->status, 1);
	assert_int_equal(sh->expand_error, 0);
}

static void brace__huge_product__refused(void **state)
{
	SH;
	struct capture c;
	capture_start(&c);
	const char *r = src_fields(sh, "", "{1..1000}{1..1000}{1..2}");
	assert_string_equal(capture_end(&c), "minish: brace expansion: more than 1000000 words\n");
	assert_string_equal(r, "ERROR");
}

static void brace__parts__kept_as_parts(void **state)
{
	SH;
	const struct node *n = parse_simple(sh, ": {$x,\"y\"}z");
	const struct word *w = n->u.simple.words->next;
	assert_true(brace_candidate(w));
	struct word **out;
	size_t count;
	assert_int_equal(brace_expand(sh, w, &out, &count), 0);
	assert_int_equal(count, 2);
	assert_int_equal(out[0]->parts->kind, WP_PARAM);
	assert_string_equal(out[0]->parts->next->u.lit.text, "z");
	assert_int_equal(out[1]->parts->kind, WP_DQUOTED);
	assert_false(brace_candidate(parse_simple(sh, ": \"{a,b}\" ${x}")->u.simple.words->next));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(brace__list__one_word_each), T(brace__prefix_suffix__on_each),
		T(brace__nested__flattened), T(brace__two_groups__every_combination),
		T(brace__empty_item__kept), T(brace__empty_list__no_field),
		T(brace__no_comma__literal), T(brace__inner_of_plain_braces__expands),
		T(brace__unmatched__literal), T(brace__extra_close__suffix), T(brace__quoted__literal),
		T(brace__quoted_parts_inside__items), T(brace__dollar_quoted__expands),
		T(brace__parameters_inside__expanded_after), T(brace__value_with_braces__not_expanded),
		T(brace__command_substitution__one_item), T(brace__tilde_from_item__expanded),
		T(brace__tilde_with_braces__user_names), T(brace__then_globbing__each_word),
		T(brace__numbers__up), T(brace__numbers__down), T(brace__increment__both_ways),
		T(brace__zero_increment__one), T(brace__big_increment__first_only),
		T(brace__zero_padded__widest), T(brace__negative_padded__sign_counts),
		T(brace__plus_sign__dropped), T(brace__letters__both_ways),
		T(brace__letters_across_cases__all_bytes), T(brace__bad_sequences__literal),
		T(brace__sequence_times_list__combined), T(brace__limits__no_overflow),
		T(brace__too_big_number__literal), T(brace__set_plus_b__off),
		T(brace__assignment_like_operand__expanded), T(brace__huge_sequence__refused_at_once),
		T(brace__huge_product__refused), T(brace__parts__kept_as_parts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

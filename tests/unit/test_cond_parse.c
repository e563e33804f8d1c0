/* test_cond_parse.c - unit tests for the parser of bash's [[ ]], (( )) and for (( ))
 * (parser/parse_cond.c, parser/parse_arith.c) and of extglob groups in words: what the
 * parse_input flags change, incomplete input, and the words the grammar takes. (Trees, error
 * tokens and printers are in parse_cases/10-bash-cond.cases.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../parser/arena.h"
#include "../../parser/parser.h"

/* Parses src (at end of input unless partial) with extglob on or off; returns the status and
 * the first command in *out. */
static enum parse_status parse(struct arena *a, const char *src, bool extglob, bool partial,
                               struct node **out)
{
	struct parse_input in = { .buf = src, .len = strlen(src), .line = 1, .at_eof = !partial,
	                          .extglob = extglob };
	struct parse_error err;
	return parse_next(a, &in, out, &err);
}

/* The text of the first word of the first item of case command n. */
static const char *first_pattern(const struct node *n)
{
	assert_int_equal(n->kind, N_CASE);
	const struct word_part *wp = n->u.case_.items->patterns->parts;
	assert_int_equal(wp->kind, WP_LITERAL);
	return wp->u.lit.text;
}

static void parse_next__case_extglob_off__syntax_error(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	assert_int_equal(parse(a, "case x in @(a|b)) echo;; esac", false, false, &n), PARSE_ERROR);
	arena_free(a);
}

static void parse_next__case_extglob_on__one_pattern_word(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	assert_int_equal(parse(a, "case x in @(a | b)) echo;; esac", true, false, &n), PARSE_OK);
	assert_string_equal(first_pattern(n), "@(a | b)");
	arena_free(a);
}

static void parse_next__extglob_word__nested_and_quoted_groups(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	assert_int_equal(parse(a, "ls !(*.c|@(x|y)).o a+(b)c 'q'*(z)", true, false, &n), PARSE_OK);
	const struct word *w = n->u.simple.words->next;
	assert_string_equal(w->parts->u.lit.text, "!(*.c|@(x|y)).o");
	assert_string_equal(w->next->parts->u.lit.text, "a+(b)c");
	assert_null(w->next->next->next);
	arena_free(a);
}

static void parse_next__bang_subshell_extglob_off__negation(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	assert_int_equal(parse(a, "!(false)", false, false, &n), PARSE_OK);
	assert_int_equal(n->kind, N_PIPELINE);
	assert_true(n->u.pipeline.bang);
	arena_free(a);
}

static void parse_next__extglob_group_unclosed__incomplete(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	assert_int_equal(parse(a, "echo @(a|\n", true, true, &n), PARSE_INCOMPLETE);
	assert_int_equal(parse(a, "echo @(a|\n", true, false, &n), PARSE_ERROR);
	arena_free(a);
}

static void parse_next__cond_pattern__extglob_even_when_off(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	assert_int_equal(parse(a, "[[ $x == @(a b|c) ]] && @(x)", false, false, &n), PARSE_ERROR);
	assert_int_equal(parse(a, "[[ $x == @(a b|c) ]]", false, false, &n), PARSE_OK);
	assert_int_equal(n->kind, N_COND);
	const struct word *w = n->u.cond.expr->arg2;
	assert_string_equal(w->parts->u.lit.text, "@(a b|c)");
	arena_free(a);
}

static void parse_next__cond_unfinished__incomplete(void **state)
{
	(void)state;
	const char *srcs[] = { "[[ a", "[[ a &&", "[[ ( a", "[[ a == b", "[[ x =~ (a", "(( 1 +",
	                       "for ((i=0;", "for ((;;)) do" };
	for (size_t i = 0; i < sizeof(srcs) / sizeof(srcs[0]); i++) {
		struct arena *a = arena_new();
		struct node *n;
		enum parse_status st = parse(a, srcs[i], false, true, &n);
		if (st != PARSE_INCOMPLETE)
			fail_msg("%s: status %d, not incomplete", srcs[i], (int)st);
		arena_free(a);
	}
}

static void parse_next__cond_lines__newline_after_and_only(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	assert_int_equal(parse(a, "[[ a &&\n\n b ]]\n", false, false, &n), PARSE_OK);
	assert_int_equal(n->u.cond.expr->kind, CK_AND);
	assert_int_equal(parse(a, "[[ a\n&& b ]]\n", false, false, &n), PARSE_ERROR);
	arena_free(a);
}

static void parse_next__double_bracket_not_first__plain_word(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	assert_int_equal(parse(a, "echo [[ a ]]", false, false, &n), PARSE_OK);
	assert_int_equal(n->kind, N_SIMPLE);
	assert_int_equal(parse(a, "'[[' a ]]", false, false, &n), PARSE_OK);
	assert_int_equal(n->kind, N_SIMPLE);
	arena_free(a);
}

static void parse_next__cond_operator_words__by_position(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	/* a unary operator takes the next word whatever it is; a lone operator word is a string */
	assert_int_equal(parse(a, "[[ -n -z ]]", false, false, &n), PARSE_OK);
	assert_int_equal(n->u.cond.expr->kind, CK_UNARY);
	assert_int_equal(parse(a, "[[ -eq ]]", false, false, &n), PARSE_OK);
	assert_int_equal(n->u.cond.expr->kind, CK_WORD);
	assert_int_equal(parse(a, "[[ ! -eq -eq ! ]]", false, false, &n), PARSE_OK);
	assert_int_equal(n->u.cond.expr->kind, CK_NOT);
	assert_int_equal(n->u.cond.expr->left->kind, CK_BINARY);
	arena_free(a);
}

static void parse_next__double_paren_guess__arith_or_subshells(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	assert_int_equal(parse(a, "((a))", false, false, &n), PARSE_OK);
	assert_int_equal(n->kind, N_ARITH);
	assert_int_equal(parse(a, "((echo a); echo b)", false, false, &n), PARSE_OK);
	assert_int_equal(n->kind, N_SUBSHELL);
	assert_int_equal(parse(a, "( (a) )", false, false, &n), PARSE_OK);
	assert_int_equal(n->kind, N_SUBSHELL);
	arena_free(a);
}

static void parse_string__ten_thousand_cond_ands__nesting_error(void **state)
{
	(void)state;
	size_t n = 10000;
	char *s = malloc(n * 5 + 16);
	strcpy(s, "[[ a");
	for (size_t i = 0; i < n; i++)
		strcat(s + 4 * i, " && a");
	strcat(s, " ]]");
	struct arena *a = arena_new();
	struct node *node;
	struct parse_error err;
	assert_int_equal(parse_string(a, s, strlen(s), &node, &err), PARSE_ERROR);
	assert_string_equal(err.message, "syntax error: nesting too deep");
	arena_free(a);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_next__case_extglob_off__syntax_error),
		cmocka_unit_test(parse_next__case_extglob_on__one_pattern_word),
		cmocka_unit_test(parse_next__extglob_word__nested_and_quoted_groups),
		cmocka_unit_test(parse_next__bang_subshell_extglob_off__negation),
		cmocka_unit_test(parse_next__extglob_group_unclosed__incomplete),
		cmocka_unit_test(parse_next__cond_pattern__extglob_even_when_off),
		cmocka_unit_test(parse_next__cond_unfinished__incomplete),
		cmocka_unit_test(parse_next__cond_lines__newline_after_and_only),
		cmocka_unit_test(parse_next__double_bracket_not_first__plain_word),
		cmocka_unit_test(parse_next__cond_operator_words__by_position),
		cmocka_unit_test(parse_next__double_paren_guess__arith_or_subshells),
		cmocka_unit_test(parse_string__ten_thousand_cond_ands__nesting_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

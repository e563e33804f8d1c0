/* test_parser_api.c - cmocka tests that call the parser API directly: incomplete input,
 * here-documents, limits, printers and word helpers (the .cases files run in test_parser.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../parser/arena.h"
#include "../../parser/ast.h"
#include "../../parser/parser.h"
#include "../../parser/word.h"

/* ---- helpers ---- */

/* Returns what ast_print_text writes for n (malloc'd). */
static char *dump_node(const struct node *n)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	ast_print_text(f, n);
	fclose(f);
	return buf;
}

/* Returns the text dump of s parsed by parse_string (malloc'd); fails the test on error. */
static char *dump_len(const char *s, size_t len)
{
	struct arena *a = arena_new();
	struct node *n;
	struct parse_error err;
	enum parse_status st = parse_string(a, s, len, &n, &err);
	if (st != PARSE_OK)
		fail_msg("parse failed (%d) at %d:%d: %s", st, err.line, err.col, err.message);
	char *out = dump_node(n);
	arena_free(a);
	return out;
}

/* dump_len for a C string. */
static char *dump(const char *s)
{
	return dump_len(s, strlen(s));
}

/* Fails unless src parses into exactly the expected tree text. */
static void assert_dump(const char *src, const char *expected)
{
	char *got = dump(src);
	if (strcmp(got, expected) != 0) {
		print_error("input:\n%s\nexpected:\n%s\ngot:\n%s\n", src, expected, got);
		free(got);
		fail();
	}
	free(got);
}

/* ---- parse_next: incomplete input versus errors ---- */

static void parse_next__incomplete_then_eof__error(void **state)
{
	(void)state;
	const char *srcs[] = { "if true; then\n", "echo \"abc\n", "a |\n", "echo $(ls\n", "!" };
	for (size_t i = 0; i < sizeof(srcs) / sizeof(srcs[0]); i++) {
		struct arena *a = arena_new();
		struct parse_input in = { .buf = srcs[i], .len = strlen(srcs[i]), .line = 1 };
		struct node *n;
		struct parse_error err;
		assert_int_equal(parse_next(a, &in, &n, &err), PARSE_INCOMPLETE);
		in.at_eof = true;
		assert_int_equal(parse_next(a, &in, &n, &err), PARSE_ERROR);
		assert_string_equal(err.message, "syntax error: unexpected end of file");
		assert_string_equal(err.token, "end of file");
		arena_free(a);
	}
}

static void parse_next__more_text_arrives__completes(void **state)
{
	(void)state;
	const char *full = "if true\nthen echo \"a\nb\"\nfi\necho next\n";
	struct arena *a = arena_new();
	struct parse_input in = { .buf = full, .line = 1 };
	struct node *n;
	struct parse_error err;
	/* feed one more line at a time, as an interactive shell does */
	size_t len = 0;
	enum parse_status st;
	do {
		const char *nl = strchr(full + len, '\n');
		len = (size_t)(nl - full) + 1;
		in.len = len;
		st = parse_next(a, &in, &n, &err);
	} while (st == PARSE_INCOMPLETE);
	assert_int_equal(st, PARSE_OK);
	assert_int_equal(n->kind, N_IF);
	assert_int_equal(in.line, 5);
	assert_int_equal(in.pos, strlen("if true\nthen echo \"a\nb\"\nfi\n"));
	arena_free(a);
}

static void parse_next__lines__advance_pos_and_line(void **state)
{
	(void)state;
	const char *src = "a\n\n  # note\nb; c &\nd";
	struct arena *a = arena_new();
	struct parse_input in = { .buf = src, .len = strlen(src), .line = 1, .at_eof = true };
	struct node *n;
	struct parse_error err;
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_OK);
	assert_int_equal(n->kind, N_SIMPLE);
	assert_int_equal(in.line, 2);
	assert_int_equal(in.pos, 2);
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_OK);
	assert_null(n);
	assert_int_equal(in.line, 3);
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_OK);
	assert_null(n);
	assert_int_equal(in.line, 4);
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_OK);
	assert_int_equal(n->kind, N_LIST);
	assert_int_equal(n->line, 4);
	assert_true(n->u.list.items->next->background);
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_OK);
	assert_int_equal(n->line, 5);
	assert_int_equal(in.pos, strlen(src));
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_EOF);
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_EOF);
	arena_free(a);
}

static void parse_next__error__input_not_advanced(void **state)
{
	(void)state;
	const char *src = "echo ok\nfi\necho after\n";
	struct arena *a = arena_new();
	struct parse_input in = { .buf = src, .len = strlen(src), .line = 1, .at_eof = true };
	struct node *n;
	struct parse_error err;
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_OK);
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_ERROR);
	assert_int_equal(err.line, 2);
	assert_string_equal(err.token, "fi");
	assert_int_equal(in.line, 2);
	assert_int_equal(in.pos, 8);
	arena_free(a);
}

/* ---- here-documents ---- */

struct warnings {
	int count, line;
	char last[256];
};

/* A parse_warn_fn that counts warnings and keeps the last one. */
static void record_warning(void *ctx, int line, const char *message)
{
	struct warnings *w = ctx;
	w->count++;
	w->line = line;
	snprintf(w->last, sizeof(w->last), "%s", message);
}

static void parse_next__heredoc_without_delimiter__warns_and_keeps_body(void **state)
{
	(void)state;
	const char *src = "cat <<EOF\nline one\nline two";
	struct warnings w = { 0 };
	struct arena *a = arena_new();
	struct parse_input in = { .buf = src, .len = strlen(src), .line = 1, .at_eof = true,
	                          .warn = record_warning, .warn_ctx = &w };
	struct node *n;
	struct parse_error err;
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_OK);
	assert_int_equal(w.count, 1);
	assert_int_equal(w.line, 3);
	assert_string_equal(w.last,
	                    "here-document at line 1 delimited by end-of-file (wanted 'EOF')");
	assert_string_equal(n->redirs->heredoc_text, "line one\nline two");
	arena_free(a);
}

static void parse_next__heredoc_body_pending__incomplete(void **state)
{
	(void)state;
	const char *src = "cat <<A <<B\na\nA\nb\n";
	struct arena *a = arena_new();
	struct parse_input in = { .buf = src, .len = strlen(src), .line = 1 };
	struct node *n;
	struct parse_error err;
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_INCOMPLETE);
	in.len = strlen("cat <<A <<B\na\nA\nb\nB\n");
	src = "cat <<A <<B\na\nA\nb\nB\n";
	in.buf = src;
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_OK);
	assert_string_equal(n->redirs->heredoc_text, "a\n");
	assert_string_equal(n->redirs->next->heredoc_text, "b\n");
	assert_int_equal(in.line, 6);
	arena_free(a);
}

static void parse_string__heredoc_in_cmdsub__body_belongs_inside(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	struct parse_error err;
	const char *src = "x=$(cat <<EOF\nhi\nEOF\n)\necho $x";
	assert_int_equal(parse_string(a, src, strlen(src), &n, &err), PARSE_OK);
	assert_int_equal(n->kind, N_LIST);
	const struct node *assign = n->u.list.items->cmd;
	const struct word_part *wp = assign->u.simple.assigns->value->parts;
	assert_int_equal(wp->kind, WP_CMDSUB);
	assert_string_equal(wp->u.cmd.body->redirs->heredoc_text, "hi\n");
	assert_int_equal(n->u.list.items->next->cmd->line, 5);
	arena_free(a);
}

static void parse_string__aliases__never_expanded(void **state)
{
	(void)state;
	assert_dump("ll", "simple 1:1\n  word 1:1 literal \"ll\"\n");
}

/* ---- limits: nesting, size, NUL bytes, invalid UTF-8 ---- */

static char *repeat3(const char *pre, const char *open, int n, const char *mid,
                     const char *close)
{
	size_t lo = strlen(open), lc = strlen(close), lp = strlen(pre), lm = strlen(mid);
	char *s = malloc(lp + lm + (size_t)n * (lo + lc) + 1);
	char *p = s;
	memcpy(p, pre, lp);
	p += lp;
	for (int i = 0; i < n; i++, p += lo)
		memcpy(p, open, lo);
	memcpy(p, mid, lm);
	p += lm;
	for (int i = 0; i < n; i++, p += lc)
		memcpy(p, close, lc);
	*p = '\0';
	return s;
}

/* Fails unless src is refused with "nesting too deep". */
static void expect_too_deep(const char *src, int max_depth)
{
	struct arena *a = arena_new();
	struct parse_input in = { .buf = src, .len = strlen(src), .line = 1, .at_eof = true,
	                          .max_depth = max_depth };
	struct node *n;
	struct parse_error err;
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_ERROR);
	assert_string_equal(err.message, "syntax error: nesting too deep");
	arena_free(a);
}

static void parse_next__ten_thousand_parens__nesting_error(void **state)
{
	(void)state;
	/* "((" opens an arithmetic command (bash): subshells are nested with blanks */
	char *s = repeat3("", "( ", 10000, "a", " )");
	expect_too_deep(s, 0);
	free(s);
	s = repeat3("echo ", "$(", 10000, "a", ")");
	expect_too_deep(s, 0);
	free(s);
	s = repeat3("echo ", "\"$(", 10000, "a", ")\"");
	expect_too_deep(s, 0);
	free(s);
	s = repeat3("echo ", "${x:-", 10000, "a", "}");
	expect_too_deep(s, 0);
	free(s);
	s = repeat3("", "if a; then ", 10000, "b", "; fi");
	expect_too_deep(s, 0);
	free(s);
}

static void parse_next__nesting_at_limit__accepted(void **state)
{
	(void)state;
	char *s = repeat3("", "(", 999, "a", ")");
	struct arena *a = arena_new();
	struct node *n;
	struct parse_error err;
	assert_int_equal(parse_string(a, s, strlen(s), &n, &err), PARSE_OK);
	free(s);
	s = repeat3("echo ", "$(", 998, "a", ")");
	assert_int_equal(parse_string(a, s, strlen(s), &n, &err), PARSE_OK);
	free(s);
	arena_free(a);
}

static void parse_next__max_depth__honoured(void **state)
{
	(void)state;
	expect_too_deep("( ( ( (a) ) ) )", 3);
	expect_too_deep("echo $(echo $(echo $(echo $(x))))", 3);
	expect_too_deep("a && b && c && d", 2);
	struct arena *a = arena_new();
	struct parse_input in = { .buf = "( (a) )", .len = 7, .line = 1, .at_eof = true,
	                          .max_depth = 3 };
	struct node *n;
	struct parse_error err;
	assert_int_equal(parse_next(a, &in, &n, &err), PARSE_OK);
	arena_free(a);
}

static void parse_string__one_megabyte_word__one_literal(void **state)
{
	(void)state;
	size_t n = 1024 * 1024;
	char *s = malloc(n + 8);
	memcpy(s, "echo ", 5);
	memset(s + 5, 'x', n);
	s[5 + n] = '\0';
	struct arena *a = arena_new();
	struct node *node;
	struct parse_error err;
	assert_int_equal(parse_string(a, s, n + 5, &node, &err), PARSE_OK);
	const struct word_part *wp = node->u.simple.words->next->parts;
	assert_int_equal(wp->kind, WP_LITERAL);
	assert_int_equal(wp->u.lit.len, n);
	assert_null(wp->next);
	/* the same inside double quotes */
	s[5] = '"';
	s[n + 4] = '"';
	assert_int_equal(parse_string(a, s, n + 5, &node, &err), PARSE_OK);
	assert_int_equal(node->u.simple.words->next->parts->u.dq->u.lit.len, n - 2);
	arena_free(a);
	free(s);
}

static void parse_string__big_script__every_command(void **state)
{
	(void)state;
	const char *chunk = "if [ -n \"$x\" ]; then echo ${x:-y} | wc -l; fi\n"
	                    "for f in a b; do cat <<E\n$f\nE\ndone\n";
	size_t cl = strlen(chunk), reps = 20000;
	char *s = malloc(cl * reps + 1);
	for (size_t i = 0; i < reps; i++)
		memcpy(s + i * cl, chunk, cl);
	s[cl * reps] = '\0';
	struct arena *a = arena_new();
	struct node *n;
	struct parse_error err;
	assert_int_equal(parse_string(a, s, cl * reps, &n, &err), PARSE_OK);
	size_t items = 0;
	for (const struct list_item *it = n->u.list.items; it; it = it->next)
		items++;
	assert_int_equal(items, 2 * reps);
	arena_free(a);
	free(s);
}

static void parse_string__nul_bytes__skipped(void **state)
{
	(void)state;
	char *got = dump_len("ec\0ho a\0b '\0q'\0", 15);
	assert_string_equal(got, "simple 1:1\n  word 1:1 literal \"echo\"\n"
	                         "  word 1:7 literal \"ab\"\n  word 1:11 quoted \"q\"\n");
	free(got);
}

static void parse_string__invalid_utf8__ordinary_bytes(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n;
	struct parse_error err;
	const char *src = "echo \xff\xfe\xc3 \"\x80\"";
	assert_int_equal(parse_string(a, src, strlen(src), &n, &err), PARSE_OK);
	const struct word *w = n->u.simple.words->next;
	assert_memory_equal(w->parts->u.lit.text, "\xff\xfe\xc3", 4);
	assert_memory_equal(w->next->parts->u.dq->u.lit.text, "\x80", 2);
	arena_free(a);
}

static void parse_expandable_text__prompt__parameters_and_substitutions(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct parse_error err;
	const char *src = "\"q\" $x `b` \\$ ~";
	struct word *w = parse_expandable_text(a, src, strlen(src), &err);
	assert_non_null(w);
	int params = 0, cmdsubs = 0;
	size_t text = 0;
	for (const struct word_part *p = w->parts; p; p = p->next) {
		params += p->kind == WP_PARAM;
		cmdsubs += p->kind == WP_CMDSUB;
		assert_true(p->kind != WP_DQUOTED && p->kind != WP_TILDE);
		if (p->kind == WP_LITERAL)
			text += p->u.lit.len;
	}
	assert_int_equal(params, 1);
	assert_int_equal(cmdsubs, 1);
	assert_int_equal(text, strlen("\"q\"  ") + strlen(" $ ~"));
	arena_free(a);
}

static void parse_expandable_text__unterminated__error(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct parse_error err;
	assert_null(parse_expandable_text(a, "$(echo x", 8, &err));
	assert_true(strstr(err.message, "syntax error") != NULL);
	assert_null(parse_expandable_text(a, "${x", 3, NULL));
	arena_free(a);
}

static void parse_string__empty_input__null_tree(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct node *n = (struct node *)&n;
	struct parse_error err;
	assert_int_equal(parse_string(a, "", 0, &n, &err), PARSE_OK);
	assert_null(n);
	assert_int_equal(parse_string(a, " \n# only a comment\n\n", 20, &n, &err), PARSE_OK);
	assert_null(n);
	arena_free(a);
}

/* ---- printers ---- */

static void ast_print_text__null__empty(void **state)
{
	(void)state;
	char *got = dump_node(NULL);
	assert_string_equal(got, "(empty)\n");
	free(got);
}

static void node_kind_name__every_kind__named(void **state)
{
	(void)state;
	const char *names[] = { "simple", "pipeline", "and", "or", "list", "subshell", "group",
	                        "if", "while", "until", "for", "case", "function" };
	for (int k = N_SIMPLE; k <= N_FUNCDEF; k++)
		assert_string_equal(node_kind_name((enum node_kind)k), names[k]);
	const char *ops[] = { "<", ">", ">|", ">>", "<>", "<&", ">&", "<<", "<<-", "<<<" };
	for (int k = R_IN; k <= R_HERESTRING; k++)
		assert_string_equal(redir_kind_op((enum redir_kind)k), ops[k]);
}

/* ---- word helpers ---- */

/* Parses "cmd WORD" and returns WORD (in arena a). */
static struct word *second_word(struct arena *a, const char *src)
{
	struct node *n;
	struct parse_error err;
	assert_int_equal(parse_string(a, src, strlen(src), &n, &err), PARSE_OK);
	return n->u.simple.words->next;
}

static void word_helpers__various_words__answers(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	assert_true(word_is_plain_literal(second_word(a, "x abc")));
	assert_false(word_is_plain_literal(second_word(a, "x 'a'")));
	assert_false(word_is_plain_literal(second_word(a, "x a$b")));
	assert_false(word_is_plain_literal(second_word(a, "x ~")));
	assert_string_equal(word_literal_text(a, second_word(a, "x a'b'\"c\"\\d")), "abcd");
	assert_string_equal(word_literal_text(a, second_word(a, "x \"\"")), "");
	assert_null(word_literal_text(a, second_word(a, "x a$b")));
	assert_null(word_literal_text(a, second_word(a, "x \"$(b)\"")));
	assert_false(word_has_quotes(second_word(a, "x abc")));
	assert_true(word_has_quotes(second_word(a, "x a\\bc")));
	assert_true(word_has_quotes(second_word(a, "x \"\"")));
	assert_true(word_has_quotes(second_word(a, "x ${y:-\"q\"}")));
	assert_true(word_has_quotes(second_word(a, "x $((\"1\"))")));
	assert_false(word_has_quotes(second_word(a, "x $(echo 'q')")));
	arena_free(a);
}

static void is_name__candidates__posix_rule(void **state)
{
	(void)state;
	assert_true(is_name("a", 1));
	assert_true(is_name("_x1", 3));
	assert_true(is_name("PATH=x", 4));
	assert_false(is_name("1a", 2));
	assert_false(is_name("", 0));
	assert_false(is_name("a-b", 3));
	assert_false(is_name("\xc3\xa9", 2));
}

static const struct CMUnitTest fixed_tests[] = {
	cmocka_unit_test(parse_expandable_text__prompt__parameters_and_substitutions),
	cmocka_unit_test(parse_expandable_text__unterminated__error),
	cmocka_unit_test(parse_next__incomplete_then_eof__error),
	cmocka_unit_test(parse_next__more_text_arrives__completes),
	cmocka_unit_test(parse_next__lines__advance_pos_and_line),
	cmocka_unit_test(parse_next__error__input_not_advanced),
	cmocka_unit_test(parse_next__heredoc_without_delimiter__warns_and_keeps_body),
	cmocka_unit_test(parse_next__heredoc_body_pending__incomplete),
	cmocka_unit_test(parse_string__heredoc_in_cmdsub__body_belongs_inside),
	cmocka_unit_test(parse_string__aliases__never_expanded),
	cmocka_unit_test(parse_next__ten_thousand_parens__nesting_error),
	cmocka_unit_test(parse_next__nesting_at_limit__accepted),
	cmocka_unit_test(parse_next__max_depth__honoured),
	cmocka_unit_test(parse_string__one_megabyte_word__one_literal),
	cmocka_unit_test(parse_string__big_script__every_command),
	cmocka_unit_test(parse_string__nul_bytes__skipped),
	cmocka_unit_test(parse_string__invalid_utf8__ordinary_bytes),
	cmocka_unit_test(parse_string__empty_input__null_tree),
	cmocka_unit_test(ast_print_text__null__empty),
	cmocka_unit_test(node_kind_name__every_kind__named),
	cmocka_unit_test(word_helpers__various_words__answers),
	cmocka_unit_test(is_name__candidates__posix_rule),
};

int main(void)
{
	return cmocka_run_group_tests_name("parser_api", fixed_tests, NULL, NULL);
}

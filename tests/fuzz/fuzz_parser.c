/* fuzz_parser.c - libFuzzer target for the lexer and parser: parse_string, parse_next line
 * by line (incomplete then at end of input, with aliases), every printer, and a round trip
 * through ast_print_source that must give the same tree. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../parser/arena.h"
#include "../../parser/parser.h"
#include "support.h"

static const char *fuzz_alias(void *ctx, const char *name)
{
	(void)ctx;
	static const char *const table[][2] = {
		{ "ll", "ls -l" }, { "e", "echo " }, { "loop1", "loop2" }, { "loop2", "loop1 " },
		{ "multi", "echo a\necho b; " }, { "iff", "if true; then " }, { "q", "'" },
	};
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (strcmp(name, table[i][0]) == 0)
			return table[i][1];
	return NULL;
}

static void fuzz_warn(void *ctx, int line, const char *message)
{
	(void)ctx;
	if (line < 1 || !message[0])
		abort();
}

static bool same_node(const struct node *a, const struct node *b);

static bool same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static bool same_word(const struct word *a, const struct word *b);

static bool same_parts(const struct word_part *a, const struct word_part *b)
{
	for (; a && b; a = a->next, b = b->next) {
		if (a->kind != b->kind)
			return false;
		switch (a->kind) {
		case WP_LITERAL:
			if (a->u.lit.quoted != b->u.lit.quoted || a->u.lit.len != b->u.lit.len ||
			    memcmp(a->u.lit.text, b->u.lit.text, a->u.lit.len) != 0)
				return false;
			break;
		case WP_DQUOTED:
			if (!same_parts(a->u.dq, b->u.dq))
				return false;
			break;
		case WP_PARAM:
			if (!same_str(a->u.param.name, b->u.param.name) ||
			    !same_str(a->u.param.subscript, b->u.param.subscript) ||
			    a->u.param.op != b->u.param.op || a->u.param.colon != b->u.param.colon ||
			    !same_word(a->u.param.arg, b->u.param.arg))
				return false;
			break;
		case WP_CMDSUB:
		case WP_PROCSUB_IN:
		case WP_PROCSUB_OUT:
			if (!same_node(a->u.cmd.body, b->u.cmd.body))
				return false;
			break;
		case WP_ARITH:
			if (!same_word(a->u.arith, b->u.arith))
				return false;
			break;
		case WP_TILDE:
			if (!same_str(a->u.tilde_user, b->u.tilde_user))
				return false;
			break;
		}
	}
	return !a && !b;
}

static bool same_word(const struct word *a, const struct word *b)
{
	return (!a && !b) || (a && b && same_parts(a->parts, b->parts));
}

static bool same_words(const struct word *a, const struct word *b)
{
	for (; a && b; a = a->next, b = b->next)
		if (!same_parts(a->parts, b->parts))
			return false;
	return !a && !b;
}

/* Here-document bodies are not part of the one-line source, so they are not compared. */
static bool same_redirs(const struct redir *a, const struct redir *b)
{
	for (; a && b; a = a->next, b = b->next)
		if (a->kind != b->kind || a->fd != b->fd || !same_word(a->target, b->target) ||
		    a->heredoc_quoted != b->heredoc_quoted)
			return false;
	return !a && !b;
}

/* Same [[ ]] expression, ignoring positions. */
static bool same_cond(const struct cond_expr *a, const struct cond_expr *b)
{
	if (!a || !b)
		return !a && !b;
	return a->kind == b->kind && a->op == b->op && same_cond(a->left, b->left) &&
	       same_cond(a->right, b->right) && same_word(a->arg, b->arg) &&
	       same_word(a->arg2, b->arg2);
}

/* Same tree, ignoring positions, `...` versus $(...) and here-document bodies. */
static bool same_node(const struct node *a, const struct node *b)
{
	if (!a || !b)
		return !a && !b;
	if (a->kind != b->kind || !same_redirs(a->redirs, b->redirs))
		return false;
	switch (a->kind) {
	case N_SIMPLE: {
		const struct assign *x = a->u.simple.assigns, *y = b->u.simple.assigns;
		for (; x && y; x = x->next, y = y->next)
			if (!same_str(x->name, y->name) || !same_word(x->value, y->value))
				return false;
		return !x && !y && same_words(a->u.simple.words, b->u.simple.words);
	}
	case N_PIPELINE:
		if (a->u.pipeline.ncmds != b->u.pipeline.ncmds ||
		    a->u.pipeline.bang != b->u.pipeline.bang)
			return false;
		for (int i = 0; i < a->u.pipeline.ncmds; i++)
			if (!same_node(a->u.pipeline.cmds[i], b->u.pipeline.cmds[i]))
				return false;
		return true;
	case N_AND:
	case N_OR:
		return same_node(a->u.andor.left, b->u.andor.left) &&
		       same_node(a->u.andor.right, b->u.andor.right);
	case N_LIST: {
		const struct list_item *x = a->u.list.items, *y = b->u.list.items;
		for (; x && y; x = x->next, y = y->next)
			if (x->background != y->background || !same_node(x->cmd, y->cmd))
				return false;
		return !x && !y;
	}
	case N_SUBSHELL:
	case N_GROUP:
		return same_node(a->u.group.body, b->u.group.body);
	case N_IF:
		return same_node(a->u.if_.cond, b->u.if_.cond) &&
		       same_node(a->u.if_.then_part, b->u.if_.then_part) &&
		       same_node(a->u.if_.else_part, b->u.if_.else_part);
	case N_WHILE:
	case N_UNTIL:
		return same_node(a->u.loop.cond, b->u.loop.cond) &&
		       same_node(a->u.loop.body, b->u.loop.body);
	case N_FOR:
	case N_SELECT:
		return same_str(a->u.for_.var, b->u.for_.var) && a->u.for_.has_in == b->u.for_.has_in &&
		       same_words(a->u.for_.words, b->u.for_.words) &&
		       same_node(a->u.for_.body, b->u.for_.body);
	case N_CASE: {
		if (!same_word(a->u.case_.subject, b->u.case_.subject))
			return false;
		const struct case_item *x = a->u.case_.items, *y = b->u.case_.items;
		for (; x && y; x = x->next, y = y->next)
			if (!same_words(x->patterns, y->patterns) || !same_node(x->body, y->body) ||
			    x->term != y->term)
				return false;
		return !x && !y;
	}
	case N_FUNCDEF:
		return same_str(a->u.func.name, b->u.func.name) &&
		       same_node(a->u.func.body, b->u.func.body);
	case N_ARITH:
		return same_word(a->u.arith.expr, b->u.arith.expr);
	case N_ARITH_FOR:
		return same_word(a->u.arith_for.init, b->u.arith_for.init) &&
		       same_word(a->u.arith_for.cond, b->u.arith_for.cond) &&
		       same_word(a->u.arith_for.step, b->u.arith_for.step) &&
		       same_node(a->u.arith_for.body, b->u.arith_for.body);
	case N_COND:
		return same_cond(a->u.cond.expr, b->u.cond.expr);
	}
	return false;
}

/* Every printer must cope with any tree; the source must parse again into the same tree
 * (with extglob as the tree was parsed). */
static void check_printers(const struct node *n, bool extglob)
{
	FILE *null = fopen("/dev/null", "w");
	if (!null)
		abort();
	ast_print_text(null, n);
	ast_print_json(null, n);
	ast_print_dot(null, n);
	fclose(null);

	char *src = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&src, &len);
	if (!mem)
		abort();
	ast_print_source(mem, n);
	fclose(mem);
	struct arena *a = arena_new();
	struct node *again;
	struct parse_error err;
	if ((extglob ? parse_string_extglob : parse_string)(a, src, len, &again, &err) != PARSE_OK) {
		fuzz_fail("fuzz_parser: source does not parse again: %s\n%s", err.message, src);
	}
	if (!same_node(n, again)) {
		fuzz_fail("fuzz_parser: source parses into another tree:\n%s", src);
	}
	arena_free(a);
	free(src);
}

/* Reads the input line by line as an interactive shell would. */
static void check_lines(const char *buf, size_t size, bool at_eof, bool extglob)
{
	struct arena *a = arena_new();
	struct parse_input in = {
		.buf = buf, .len = size, .line = 1, .at_eof = at_eof,
		.alias_lookup = fuzz_alias, .warn = fuzz_warn, .extglob = extglob,
	};
	for (;;) {
		struct node *n;
		struct parse_error err;
		size_t before = in.pos;
		enum parse_status st = parse_next(a, &in, &n, &err);
		if (st == PARSE_INCOMPLETE && at_eof)
			abort();
		if (st != PARSE_OK)
			break;
		if (in.pos <= before)
			abort();
		if (n)
			check_printers(n, extglob);
	}
	arena_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	struct arena *a = arena_new();
	struct node *n;
	struct parse_error err;
	for (int extglob = 0; extglob < 2; extglob++) {
		enum parse_status st = (extglob ? parse_string_extglob : parse_string)(a, buf, size, &n, &err);
		if (st == PARSE_INCOMPLETE || st == PARSE_EOF)
			abort();
		if (st == PARSE_OK)
			check_printers(n, extglob);
		else if (!err.message[0] || err.line < 1)
			abort();
	}
	arena_free(a);
	check_lines(buf, size, false, false);
	check_lines(buf, size, true, size % 2 == 1);
	return 0;
}

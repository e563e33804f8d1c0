/* tree_harness.h - unit-test helper: parse a line of shell source and get at its first simple
 * command. Include after <cmocka.h>. */
#ifndef MINISH_TEST_TREE_HARNESS_H
#define MINISH_TEST_TREE_HARNESS_H

#include <string.h>

#include "../../parser/ast.h"
#include "../../parser/parser.h"
#include "../../shell/shell.h"

/* Returns the first simple command of a parsed tree (through lists, pipelines, && and ||),
 * or NULL when it starts with a compound command. */
static inline const struct node *first_simple(const struct node *n)
{
	if (!n)
		return NULL;
	switch (n->kind) {
	case N_SIMPLE:
		return n;
	case N_LIST:
		return n->u.list.items ? first_simple(n->u.list.items->cmd) : NULL;
	case N_PIPELINE:
		return first_simple(n->u.pipeline.cmds[0]);
	case N_AND:
	case N_OR:
		return first_simple(n->u.andor.left);
	case N_SUBSHELL:
	case N_GROUP:
	case N_IF:
	case N_WHILE:
	case N_UNTIL:
	case N_FOR:
	case N_CASE:
	case N_FUNCDEF:
	case N_ARITH:
	case N_ARITH_FOR:
	case N_COND:
	case N_SELECT:
		break;
	}
	return NULL;
}

/* Parses src into the shell's command arena and returns its first simple command; fails the
 * test when src does not parse or starts with a compound command. */
static inline const struct node *parse_simple(struct shell *sh, const char *src)
{
	struct node *n = NULL;
	struct parse_error err;
	assert_int_equal(parse_string(sh->cmd_arena, src, strlen(src), &n, &err), PARSE_OK);
	const struct node *c = first_simple(n);
	assert_non_null(c);
	return c;
}

#endif

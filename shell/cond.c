/* cond.c - runs bash's [[ expression ]]: operands expanded without splitting or globbing,
 * == and != matching patterns, =~ an extended regular expression (regcomp/regexec) whose
 * match and groups go to BASH_REMATCH, -eq and friends comparing arithmetic expressions, the
 * other operators as test has them (shell/test_ops.c). */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "../parser/ast.h"
#include "arith.h"
#include "error.h"
#include "exec_internal.h"
#include "expand.h"
#include "pattern.h"
#include "shell.h"
#include "test_ops.h"
#include "vars.h"
#include "xalloc.h"

/* Results of one test: true and false are exit statuses; an error gives 2. */
enum { COND_TRUE = 0, COND_FALSE = 1, COND_ERROR = 2 };

/* Writes "+ [[ a op b ]]" for set -x (op NULL: a alone, b NULL: op a). */
static void trace(struct shell *sh, const char *a, const char *op, const char *b)
{
	if (!sh->opt.xtrace)
		return;
	xtrace_prefix(sh);
	if (!op)
		fprintf(stderr, "[[ %s ]]\n", a);
	else if (!b)
		fprintf(stderr, "[[ %s %s ]]\n", op, a);
	else
		fprintf(stderr, "[[ %s %s %s ]]\n", a, op, b);
	fflush(stderr);
}

/* Sets BASH_REMATCH to the n matches m[] in s (a group that took no part is ""); n 0
 * empties it. */
static void set_rematch(struct shell *sh, const char *s, const regmatch_t *m, size_t n)
{
	char **values = xcalloc(n ? n : 1, sizeof(char *));
	for (size_t i = 0; i < n; i++)
		values[i] = m[i].rm_so < 0 ? xstrdup("")
		                           : xstrndup(s + m[i].rm_so, (size_t)(m[i].rm_eo - m[i].rm_so));
	shell_set_array(sh, "BASH_REMATCH", values, n);
	for (size_t i = 0; i < n; i++)
		free(values[i]);
	free(values);
}

/* s =~ re: 0 with BASH_REMATCH set, 1 without a match, 2 for a bad expression. */
static int match_regex(struct shell *sh, const char *s, const char *re)
{
	regex_t rx;
	int flags = REG_EXTENDED | (sh->shopt.nocasematch ? REG_ICASE : 0);
	int rc = regcomp(&rx, re, flags);
	if (rc != 0) {
		char msg[128];
		regerror(rc, &rx, msg, sizeof(msg));
		sh_error(sh, "[[: %s: %s", re, msg);
		regfree(&rx);
		return COND_ERROR;
	}
	size_t n = rx.re_nsub + 1;
	regmatch_t *m = xcalloc(n, sizeof(*m));
	rc = regexec(&rx, s, n, m, 0);
	set_rematch(sh, s, m, rc == 0 ? n : 0);
	free(m);
	regfree(&rx);
	return rc == 0 ? COND_TRUE : COND_FALSE;
}

/* Evaluates an operand of -eq and friends as an arithmetic expression. */
static bool int_operand(struct shell *sh, const char *s, intmax_t *v)
{
	return arith_eval(sh, s, v) == 0;
}

static int eval_binary(struct shell *sh, const struct cond_expr *e)
{
	char *a = expand_word_str(sh, e->arg);
	if (!a)
		return COND_ERROR;
	enum cond_op op = e->op;
	char *b;
	switch (op) {
	case COP_STR_EQ:
	case COP_STR_EQ2:
	case COP_STR_NE: {
		b = expand_word_pattern(sh, e->arg2);
		if (!b)
			return COND_ERROR;
		trace(sh, a, cond_op_text(op), b);
		bool m = pattern_matches(b, a, PAT_EXTGLOB | (sh->shopt.nocasematch ? PAT_NOCASE : 0));
		return m == (op != COP_STR_NE) ? COND_TRUE : COND_FALSE;
	}
	case COP_REGEX:
		b = expand_word_regex(sh, e->arg2);
		if (!b)
			return COND_ERROR;
		trace(sh, a, "=~", b);
		return match_regex(sh, a, b);
	case COP_INT_EQ: case COP_INT_NE: case COP_INT_LT: case COP_INT_LE: case COP_INT_GT:
	case COP_INT_GE: {
		b = expand_word_str(sh, e->arg2);
		if (!b)
			return COND_ERROR;
		trace(sh, a, cond_op_text(op), b);
		intmax_t x, y;
		if (!int_operand(sh, a, &x) || !int_operand(sh, b, &y))
			return COND_FALSE;
		return test_ints(op, x, y) ? COND_TRUE : COND_FALSE;
	}
	case COP_NEWER: case COP_OLDER: case COP_SAME_FILE:
		b = expand_word_str(sh, e->arg2);
		if (!b)
			return COND_ERROR;
		trace(sh, a, cond_op_text(op), b);
		return test_files(op, a, b) ? COND_TRUE : COND_FALSE;
	case COP_STR_LT: case COP_STR_GT:
		b = expand_word_str(sh, e->arg2);
		if (!b)
			return COND_ERROR;
		trace(sh, a, cond_op_text(op), b);
		return test_strings(op, a, b) ? COND_TRUE : COND_FALSE;
	case COP_NONE: case COP_FILE_A: case COP_BLOCK: case COP_CHAR: case COP_DIR:
	case COP_EXISTS: case COP_REGULAR: case COP_SETGID: case COP_SYMLINK_H: case COP_STICKY:
	case COP_FIFO: case COP_READABLE: case COP_NONEMPTY_FILE: case COP_TTY: case COP_SETUID:
	case COP_WRITABLE: case COP_EXECUTABLE: case COP_GROUP_OWNED: case COP_SYMLINK:
	case COP_MODIFIED: case COP_OWNED: case COP_SOCKET: case COP_NONEMPTY: case COP_EMPTY:
	case COP_OPTION: case COP_VARSET: case COP_NAMEREF:
		break;
	}
	return COND_ERROR;
}

static int cond_eval(struct shell *sh, const struct cond_expr *e)
{
	int r;
	char *s;
	switch (e->kind) {
	case CK_AND:
		r = cond_eval(sh, e->left);
		return r != COND_TRUE ? r : cond_eval(sh, e->right);
	case CK_OR:
		r = cond_eval(sh, e->left);
		return r != COND_FALSE ? r : cond_eval(sh, e->right);
	case CK_NOT:
		r = cond_eval(sh, e->left);
		return r == COND_ERROR ? r : !r;
	case CK_GROUP:
		return cond_eval(sh, e->left);
	case CK_UNARY:
		s = expand_word_str(sh, e->arg);
		if (!s)
			return COND_ERROR;
		trace(sh, s, cond_op_text(e->op), NULL);
		return test_unary(sh, e->op, s) ? COND_TRUE : COND_FALSE;
	case CK_BINARY:
		return eval_binary(sh, e);
	case CK_WORD:
		s = expand_word_str(sh, e->arg);
		if (!s)
			return COND_ERROR;
		trace(sh, s, "-n", NULL);
		return s[0] ? COND_TRUE : COND_FALSE;
	}
	return COND_ERROR;
}

int run_cond(struct shell *sh, const struct node *n, unsigned flags)
{
	(void)flags;
	sh->lineno = n->line;
	sh->expand_error = 0;
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	int status = cond_eval(sh, n->u.cond.expr);
	arena_reset(sh->cmd_arena, mark);
	if (sh->expand_error > 1 || (status == COND_ERROR && sh->expand_error))
		exit_if_fatal(sh, false);
	return status;
}

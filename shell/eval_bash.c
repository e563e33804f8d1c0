/* eval_bash.c - bash's arithmetic commands: (( expression )) and for (( init; cond; step )).
 * An arithmetic error fails the command (status 1) and the shell goes on, as in bash. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../parser/arena.h"
#include "../parser/ast.h"
#include "arith.h"
#include "eval.h"
#include "exec_internal.h"
#include "expand.h"
#include "shell.h"
#include "vars.h"

enum arith_result { AR_OK, AR_FAILED, AR_EXPAND_FAILED };

/* Expands w (no splitting or globbing) and evaluates it into *v; a text of blanks only is
 * 0, or empty_value for the condition of for (( )), which is true when left out. */
static enum arith_result eval_word(struct shell *sh, const struct word *w, intmax_t *v,
                                   intmax_t empty_value)
{
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	enum arith_result r = AR_OK;
	sh->expand_error = 0;
	char *text = expand_word_str(sh, w);
	if (!text) {
		r = AR_EXPAND_FAILED;
	} else if (text[strspn(text, " \t\n")] == '\0') {
		*v = empty_value;
	} else {
		if (sh->opt.xtrace) {
			const char *ps4 = shell_getvar(sh, "PS4");
			fflush(stdout);
			fprintf(stderr, "%s(( %s ))\n", ps4 ? ps4 : "+ ", text);
			fflush(stderr);
		}
		/* trimmed, so that a message names the expression as written between the parentheses */
		char *end = text + strlen(text);
		while (end > text && strchr(" \t\n", end[-1]))
			*--end = '\0';
		if (arith_eval(sh, text + strspn(text, " \t\n"), v) < 0)
			r = AR_FAILED;
	}
	arena_reset(sh->cmd_arena, mark);
	return r;
}

/* The status of a failed evaluation: 1, after leaving a script on an expansion error or
 * an unset variable under set -u. */
static int failed(struct shell *sh, enum arith_result r)
{
	if (r == AR_EXPAND_FAILED || sh->expand_error > 1)
		exit_if_fatal(sh, false);
	return 1;
}

int run_arith(struct shell *sh, const struct node *n, unsigned flags)
{
	(void)flags;
	sh->lineno = n->line;
	intmax_t v = 0;
	enum arith_result r = eval_word(sh, n->u.arith.expr, &v, 0);
	if (r != AR_OK)
		return failed(sh, r);
	return v != 0 ? 0 : 1;
}

int run_arith_for(struct shell *sh, const struct node *n, unsigned flags)
{
	(void)flags;
	const struct word *cond = n->u.arith_for.cond;
	intmax_t v;
	enum arith_result r;
	sh->lineno = n->line;
	if (n->u.arith_for.init->parts && (r = eval_word(sh, n->u.arith_for.init, &v, 0)) != AR_OK)
		return failed(sh, r);
	int status = 0;
	sh->loop_depth++;
	for (;;) {
		if (cond->parts) {
			sh->lineno = n->line;
			if ((r = eval_word(sh, cond, &v, 1)) != AR_OK) {
				status = failed(sh, r);
				break;
			}
			if (v == 0)
				break;
		}
		status = exec_tree(sh, n->u.arith_for.body, 0);
		if (sh->unwind != UNWIND_NONE && loop_should_stop(sh))
			break;
		if (n->u.arith_for.step->parts) {
			sh->lineno = n->line;
			if ((r = eval_word(sh, n->u.arith_for.step, &v, 0)) != AR_OK) {
				status = failed(sh, r);
				break;
			}
		}
	}
	sh->loop_depth--;
	return status;
}

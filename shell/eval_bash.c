/* eval_bash.c - bash's arithmetic commands: (( expression )) and for (( init; cond; step )).
 * An arithmetic error fails the command (status 1) and the shell goes on, as in bash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "../parser/ast.h"
#include "arith.h"
#include "eval.h"
#include "exec_internal.h"
#include "expand.h"
#include "prompt.h"
#include "shell.h"
#include "vars.h"

enum arith_result { AR_OK, AR_FAILED, AR_EXPAND_FAILED };

void xtrace_prefix(struct shell *sh)
{
	char *ps4 = NULL;
	if (shell_getvar(sh, "PS4")) {
		sh->opt.xtrace = false;  /* no tracing of PS4's own expansion */
		ps4 = prompt_expand(sh, "PS4");
		sh->opt.xtrace = true;
	}
	fflush(stdout);
	fputs(ps4 ? ps4 : "+ ", stderr);
	free(ps4);
}

/* Expands w (no splitting or globbing) and evaluates it into *v; a text of blanks only is
 * 0, or empty_value for the condition of for (( )), which is true when left out. set -x
 * shows the text as it is (bash), a part of for (( )) without its outer blanks (loop_part). */
static enum arith_result eval_word(struct shell *sh, const struct word *w, intmax_t *v,
                                   intmax_t empty_value, bool loop_part)
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
		/* trimmed, so that a message names the expression as written between the parentheses */
		char *trimmed = text + strspn(text, " \t\n");
		char *end = text + strlen(text);
		while (end > trimmed && strchr(" \t\n", end[-1]))
			end--;
		if (sh->opt.xtrace) {
			xtrace_prefix(sh);
			if (loop_part)
				fprintf(stderr, "(( %.*s ))\n", (int)(end - trimmed), trimmed);
			else
				fprintf(stderr, "(( %s ))\n", text);
			fflush(stderr);
		}
		*end = '\0';
		if (arith_eval(sh, trimmed, v) < 0)
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
	enum arith_result r = eval_word(sh, n->u.arith.expr, &v, 0, false);
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
	if (n->u.arith_for.init->parts && (r = eval_word(sh, n->u.arith_for.init, &v, 0, true)) != AR_OK)
		return failed(sh, r);
	int status = 0;
	sh->loop_depth++;
	for (;;) {
		if (cond->parts) {
			sh->lineno = n->line;
			if ((r = eval_word(sh, cond, &v, 1, true)) != AR_OK) {
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
			if ((r = eval_word(sh, n->u.arith_for.step, &v, 0, true)) != AR_OK) {
				status = failed(sh, r);
				break;
			}
		}
	}
	sh->loop_depth--;
	return status;
}

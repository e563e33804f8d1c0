/* fuzz_cond.c - libFuzzer target for bash's [[ ]] and (( )) commands: the input is parsed
 * (extglob groups in words) and run when it is made only of [[ ]], (( )), &&, ||, !, { },
 * if and ; without redirections (nothing else runs, nothing loops), from the fixed variables
 * of support.c; the first byte chooses the options (nocasematch, extglob, set -u). A word's
 * $(...) gives a fixed text (support.c). */
#include <stdint.h>
#include <stdlib.h>

#include "../../parser/arena.h"
#include "../../parser/ast.h"
#include "../../parser/parser.h"
#include "../../shell/eval.h"
#include "../../shell/shell.h"
#include "support.h"

/* True when n is made only of the commands this target runs. */
static bool runnable(const struct node *n)
{
	if (!n)
		return true;
	if (n->redirs)
		return false;
	switch (n->kind) {
	case N_COND:
	case N_ARITH:
		return true;
	case N_PIPELINE:
		return n->u.pipeline.ncmds == 1 && runnable(n->u.pipeline.cmds[0]);
	case N_AND:
	case N_OR:
		return runnable(n->u.andor.left) && runnable(n->u.andor.right);
	case N_LIST:
		for (const struct list_item *it = n->u.list.items; it; it = it->next)
			if (it->background || !runnable(it->cmd))
				return false;
		return true;
	case N_GROUP:
		return runnable(n->u.group.body);
	case N_IF:
		return runnable(n->u.if_.cond) && runnable(n->u.if_.then_part) &&
		       runnable(n->u.if_.else_part);
	case N_SIMPLE:
	case N_SUBSHELL:
	case N_WHILE:
	case N_UNTIL:
	case N_FOR:
	case N_SELECT:
	case N_CASE:
	case N_FUNCDEF:
	case N_ARITH_FOR:
		return false;
	}
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct shell *sh = fuzz_shell_new(size ? data[0] : 0);
	struct arena *a = arena_new();
	struct node *n;
	struct parse_error err;
	if (parse_string_extglob(a, (const char *)data, size, &n, &err) == PARSE_OK && runnable(n))
		exec_node(sh, n);
	arena_free(a);
	shell_free(sh);
	return 0;
}

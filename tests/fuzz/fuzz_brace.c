/* fuzz_brace.c - libFuzzer target for brace expansion (shell/brace.c): the input is parsed
 * as a script and every word of its simple commands and for loops is brace-expanded with the
 * shell's own limit (the other targets' is lower, support.h). A word without an unquoted {
 * must come back alone and unchanged in length of parts; no expansion may give more than
 * BRACE_MAX_WORDS words (more is refused with a message). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../../parser/arena.h"
#include "../../parser/ast.h"
#include "../../parser/parser.h"
#include "../../shell/brace.h"
#include "../../shell/shell.h"
#include "support.h"

static void expand_each(struct shell *sh, const struct word *w)
{
	for (; w; w = w->next) {
		struct word **out;
		size_t n;
		bool candidate = brace_candidate(w);
		if (brace_expand(sh, w, &out, &n) < 0) {
			if (!candidate)
				fuzz_fail("fuzz_brace: a word without braces failed to expand");
			continue;
		}
		if (n > BRACE_MAX_WORDS || (!candidate && n != 1))
			fuzz_fail("fuzz_brace: %zu words (candidate: %d)", n, candidate);
		for (size_t i = 0; i < n; i++)
			if (!out[i])
				fuzz_fail("fuzz_brace: word %zu of %zu missing", i, n);
	}
}

static void walk(struct shell *sh, const struct node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_SIMPLE:
		expand_each(sh, n->u.simple.words);
		return;
	case N_FOR:
	case N_SELECT:
		expand_each(sh, n->u.for_.words);
		walk(sh, n->u.for_.body);
		return;
	case N_PIPELINE:
		for (int i = 0; i < n->u.pipeline.ncmds; i++)
			walk(sh, n->u.pipeline.cmds[i]);
		return;
	case N_AND:
	case N_OR:
		walk(sh, n->u.andor.left);
		walk(sh, n->u.andor.right);
		return;
	case N_LIST:
		for (const struct list_item *it = n->u.list.items; it; it = it->next)
			walk(sh, it->cmd);
		return;
	case N_SUBSHELL:
	case N_GROUP:
		walk(sh, n->u.group.body);
		return;
	case N_IF:
		walk(sh, n->u.if_.cond);
		walk(sh, n->u.if_.then_part);
		walk(sh, n->u.if_.else_part);
		return;
	case N_WHILE:
	case N_UNTIL:
		walk(sh, n->u.loop.cond);
		walk(sh, n->u.loop.body);
		return;
	case N_CASE:
		for (const struct case_item *it = n->u.case_.items; it; it = it->next)
			walk(sh, it->body);
		return;
	case N_FUNCDEF:
		walk(sh, n->u.func.body);
		return;
	case N_ARITH_FOR:
		walk(sh, n->u.arith_for.body);
		return;
	case N_ARITH:
	case N_COND:
		return;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct shell *sh = fuzz_shell_new(0);
	brace_set_max_words(BRACE_MAX_WORDS);
	struct arena *a = arena_new();
	struct node *n;
	struct parse_error err;
	if (parse_string(a, (const char *)data, size, &n, &err) == PARSE_OK)
		walk(sh, n);
	arena_free(a);
	shell_free(sh);
	return 0;
}

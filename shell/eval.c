/* eval.c - exec_node(): one switch over node kinds; lists, and/or, compound commands. */
#include "eval.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "../parser/ast.h"
#include "../parser/parser.h"
#include "alias.h"
#include "error.h"
#include "exec_internal.h"
#include "expand.h"
#include "funcs.h"
#include "interrupt.h"
#include "jobs.h"
#include "pattern.h"
#include "procsub.h"
#include "redir.h"
#include "shell.h"
#include "stack.h"
#include "signals.h"
#include "timing.h"
#include "trap_bash.h"
#include "vars.h"
#include "xalloc.h"

char *node_text(const struct node *n)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return NULL;
	ast_print_source(f, n);
	fclose(f);
	return buf;
}

void exit_if_fatal(struct shell *sh, bool special_builtin_failed)
{
	if (sh->opt.interactive) {
		/* bash: an expansion error abandons the command line (a subshell of it ends) */
		if (sh->expand_error && sh->in_subshell)
			shell_exit(sh, sh->status ? sh->status : 1);
		if (sh->expand_error)
			interrupt_line(sh, sh->status ? sh->status : 1);
		return;
	}
	if (sh->expand_error || special_builtin_failed)
		shell_exit(sh, sh->status ? sh->status : 1);
}

/* Runs a compound command's body with its redirections saved and restored; sets *failed when
 * a redirection failed (status 1, the body not run: set -e and the ERR trap see it, as they
 * see a failed simple command). */
static int with_redirs(struct shell *sh, const struct node *n, unsigned flags,
                       int (*run)(struct shell *, const struct node *, unsigned), bool *failed)
{
	if (!n->redirs)
		return run(sh, n, flags);
	struct redir_saves save;
	redir_saves_init(&save, false);
	struct procsub *procsubs = procsub_mark(sh);
	int status = 1;
	if (redirs_apply(sh, n->redirs, &save) == 0)
		status = run(sh, n, flags & ~EX_LAST);
	else
		*failed = true;
	fflush(stdout);
	redirs_restore(&save);
	if (procsub_mark(sh) != procsubs)
		procsub_finish_since(sh, procsubs);
	return status;
}

/* Runs a condition with set -e suppressed. */
static int run_condition(struct shell *sh, const struct node *n)
{
	sh->errexit_suppressed++;
	int status = exec_tree(sh, n, 0);
	sh->errexit_suppressed--;
	return status;
}

bool loop_should_stop(struct shell *sh)
{
	switch (sh->unwind) {
	case UNWIND_NONE:
		return false;
	case UNWIND_BREAK:
		if (--sh->unwind_count <= 0)
			sh->unwind = UNWIND_NONE;
		return true;
	case UNWIND_CONTINUE:
		if (--sh->unwind_count <= 0) {
			sh->unwind = UNWIND_NONE;
			return false;
		}
		return true;
	case UNWIND_RETURN:
	case UNWIND_EXIT:
	case UNWIND_INTERRUPT:
		return true;
	}
	return true;
}

static int run_list(struct shell *sh, const struct node *n, unsigned flags)
{
	int status = sh->status;
	for (const struct list_item *it = n->u.list.items; it; it = it->next) {
		if (it->background)
			status = exec_background(sh, it->cmd);
		else
			status = exec_tree(sh, it->cmd, it->next ? 0 : flags);
		if (sh->unwind != UNWIND_NONE)
			break;
	}
	return status;
}

static int run_group(struct shell *sh, const struct node *n, unsigned flags)
{
	return n->u.group.body ? exec_tree(sh, n->u.group.body, flags) : 0;
}

static int run_if(struct shell *sh, const struct node *n, unsigned flags)
{
	int c = run_condition(sh, n->u.if_.cond);
	if (sh->unwind != UNWIND_NONE)
		return c;
	if (c == 0)
		return n->u.if_.then_part ? exec_tree(sh, n->u.if_.then_part, flags) : 0;
	if (n->u.if_.else_part)
		return exec_tree(sh, n->u.if_.else_part, flags);
	return 0;
}

static int run_loop(struct shell *sh, const struct node *n, unsigned flags)
{
	(void)flags;
	bool until = n->kind == N_UNTIL;
	int status = 0;
	sh->loop_depth++;
	for (;;) {
		int c = run_condition(sh, n->u.loop.cond);
		if (sh->unwind != UNWIND_NONE && loop_should_stop(sh))
			break;
		if ((c == 0) == until)
			break;
		status = n->u.loop.body ? exec_tree(sh, n->u.loop.body, 0) : 0;
		if (sh->unwind != UNWIND_NONE && loop_should_stop(sh))
			break;
	}
	sh->loop_depth--;
	return status;
}

static int run_for(struct shell *sh, const struct node *n, unsigned flags)
{
	(void)flags;
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct strvec items;
	strvec_init(&items, sh->cmd_arena);
	if (!n->u.for_.has_in) {
		for (int i = 0; i < sh->pos.argc; i++)
			strvec_push(&items, sh->pos.argv[i]);
	} else if (expand_words(sh, n->u.for_.words, &items) < 0) {
		exit_if_fatal(sh, false);
		return 1;
	}
	/* Copy out: the arena is reset by the commands in the body. */
	char **copy = calloc(items.n + 1, sizeof(char *));
	for (size_t i = 0; copy && i < items.n; i++)
		copy[i] = strdup(items.v[i]);
	size_t count = items.n;
	arena_reset(sh->cmd_arena, mark);
	int status = 0;
	sh->loop_depth++;
	for (size_t i = 0; copy && i < count; i++) {
		if (shell_setvar(sh, n->u.for_.var, copy[i] ? copy[i] : "") < 0) {
			status = 1;
			break;
		}
		status = n->u.for_.body ? exec_tree(sh, n->u.for_.body, 0) : 0;
		if (sh->unwind != UNWIND_NONE && loop_should_stop(sh))
			break;
	}
	sh->loop_depth--;
	for (size_t i = 0; copy && i < count; i++)
		free(copy[i]);
	free(copy);
	return status;
}

static int run_case(struct shell *sh, const struct node *n, unsigned flags)
{
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	char *subject = expand_word_str(sh, n->u.case_.subject);
	if (!subject) {
		exit_if_fatal(sh, false);
		return 1;
	}
	unsigned pflags = (sh->shopt.extglob ? PAT_EXTGLOB : 0) | (sh->shopt.nocasematch ? PAT_NOCASE : 0);
	int status = 0;
	for (const struct case_item *ci = n->u.case_.items; ci; ci = ci->next) {
		bool matched = false;
		for (const struct word *p = ci->patterns; p && !matched; p = p->next) {
			char *pat = expand_word_pattern(sh, p);
			if (!pat) {
				exit_if_fatal(sh, false);
				return 1;
			}
			matched = pattern_matches(pat, subject, pflags);
		}
		if (!matched)
			continue;
		/* ;& runs the next bodies as well, ;;& goes on testing (bash) */
		for (;;) {
			status = ci->body ? exec_tree(sh, ci->body, ci->term == CASE_BREAK || !ci->next ? flags : 0) : 0;
			if (ci->term != CASE_FALLTHROUGH || !ci->next || sh->unwind != UNWIND_NONE)
				break;
			ci = ci->next;
		}
		if (ci->term != CASE_CONTINUE || sh->unwind != UNWIND_NONE)
			break;
	}
	arena_reset(sh->cmd_arena, mark);
	return status;
}

/* a && b || c is a left-deep tree as long as the chain: its left spine is walked with a
 * loop, not recursion, so a chain costs no stack (only true nesting does). */
static int run_andor(struct shell *sh, const struct node *n, unsigned flags)
{
	enum { SPINE_INLINE = 32 };
	const struct node *inline_spine[SPINE_INLINE], **spine = inline_spine;
	size_t len = 0, cap = SPINE_INLINE;
	for (const struct node *m = n; m->kind == N_AND || m->kind == N_OR; m = m->u.andor.left) {
		if (len == cap) {
			const struct node **bigger = xmalloc(2 * cap * sizeof(*bigger));
			memcpy(bigger, spine, len * sizeof(*spine));
			if (spine != inline_spine)
				free(spine);
			spine = bigger;
			cap *= 2;
		}
		spine[len++] = m;
	}
	/* spine[0] is n; everything below it is n's left side, run as a condition */
	sh->errexit_suppressed++;
	int status = exec_tree(sh, spine[len - 1]->u.andor.left, 0);
	for (size_t i = len - 1; i > 0 && sh->unwind == UNWIND_NONE; i--) {
		const struct node *m = spine[i];
		if ((m->kind == N_AND) == (status == 0))
			status = exec_tree(sh, m->u.andor.right, 0);
	}
	sh->errexit_suppressed--;
	if (spine != inline_spine)
		free(spine);
	if (sh->unwind != UNWIND_NONE)
		return status;
	if ((n->kind == N_AND) == (status == 0))
		status = exec_tree(sh, n->u.andor.right, flags);
	return status;
}

static int define_function(struct shell *sh, const struct node *n)
{
	funcs_define(sh->funcs, n->u.func.name, n->u.func.body, sh->tree_arena, sh->script_name);
	return 0;
}

int exec_tree(struct shell *sh, const struct node *n, unsigned flags)
{
	if (sig_any_pending)
		signals_run_pending(sh);
	if (sig_child_exited) {
		sig_child_exited = 0;
		jobs_reap_background(sh);
	}
	if (!n || sh->unwind != UNWIND_NONE)
		return sh->status;
	if (stack_low(sh->stack_floor)) {
		sh_error(sh, "commands nested too deeply for the stack");
		return sh->status = 2;
	}
	sh->lineno = n->line;  /* also for what forks before any simple command runs (messages) */
	int status = 0;
	bool errexit_applies = false;
	bool redir_failed = false;  /* a compound command's redirection failed */
	switch (n->kind) {
	case N_SIMPLE:
		if (sh->traps[TRAP_DEBUG])
			trap_run_debug(sh, n);
		else if (sh->traps[TRAP_ERR])
			trap_note_command(sh, n);
		status = exec_simple(sh, n, flags);
		errexit_applies = true;
		break;
	case N_PIPELINE:
		status = n->u.pipeline.time != PT_NONE ? exec_timed(sh, n, flags) : exec_pipeline(sh, n, flags);
		errexit_applies = !n->u.pipeline.bang;
		break;
	case N_AND:
	case N_OR:
		status = run_andor(sh, n, flags);
		break;
	case N_LIST:
		status = run_list(sh, n, flags);
		break;
	case N_SUBSHELL:
		if (sh->traps[TRAP_ERR])
			trap_note_command(sh, n);
		status = exec_subshell(sh, n, flags);
		errexit_applies = true;
		break;
	case N_GROUP:
		status = with_redirs(sh, n, flags, run_group, &redir_failed);
		break;
	case N_IF:
		status = with_redirs(sh, n, flags, run_if, &redir_failed);
		break;
	case N_WHILE:
	case N_UNTIL:
		status = with_redirs(sh, n, flags, run_loop, &redir_failed);
		break;
	case N_FOR:
		status = with_redirs(sh, n, flags, run_for, &redir_failed);
		break;
	case N_CASE:
		status = with_redirs(sh, n, flags, run_case, &redir_failed);
		break;
	case N_FUNCDEF:
		status = define_function(sh, n);
		break;
	case N_ARITH:
		if (sh->traps[TRAP_DEBUG])
			trap_run_debug(sh, n);
		else if (sh->traps[TRAP_ERR])
			trap_note_command(sh, n);
		status = with_redirs(sh, n, flags, run_arith, &redir_failed);
		errexit_applies = true;
		break;
	case N_ARITH_FOR:
		status = with_redirs(sh, n, flags, run_arith_for, &redir_failed);
		break;
	case N_SELECT:
		status = with_redirs(sh, n, flags, run_select, &redir_failed);
		break;
	case N_COND:
		if (sh->traps[TRAP_DEBUG])
			trap_run_debug(sh, n);
		else if (sh->traps[TRAP_ERR])
			trap_note_command(sh, n);
		status = with_redirs(sh, n, flags, run_cond, &redir_failed);
		errexit_applies = true;
		break;
	}
	if (sh->unwind == UNWIND_NONE || sh->unwind == UNWIND_BREAK || sh->unwind == UNWIND_CONTINUE)
		sh->status = status;
	errexit_applies |= redir_failed;
	if (errexit_applies && status != 0 && sh->traps[TRAP_ERR] && !sh->errexit_suppressed &&
	    sh->unwind == UNWIND_NONE)
		trap_run_err(sh, n, status);
	if (errexit_applies && status != 0 && sh->opt.errexit && !sh->errexit_suppressed &&
	    sh->unwind == UNWIND_NONE)
		shell_exit(sh, status);
	return sh->status;
}

int exec_node(struct shell *sh, const struct node *n)
{
	return exec_tree(sh, n, 0);
}

/* Prints a syntax error the way scripts and -c strings show it. */
static void report_syntax_error(struct shell *sh, const char *name, const struct parse_error *err)
{
	int saved_line = sh->lineno;
	char *saved_name = sh->script_name;
	sh->lineno = err->line;
	if (name)
		sh->script_name = (char *)name;
	sh_error(sh, "%s", err->message);
	sh->lineno = saved_line;
	sh->script_name = saved_name;
}

static void warn_cb(void *ctx, int line, const char *message)
{
	struct shell *sh = ctx;
	int saved = sh->lineno;
	sh->lineno = line;
	sh_error(sh, "warning: %s", message);
	sh->lineno = saved;
}

int eval_string(struct shell *sh, const char *s, size_t len, const char *name)
{
	struct arena *a = arena_new();
	struct arena *saved_tree = sh->tree_arena;
	struct parse_input in = {
		.buf = s, .len = len, .line = sh->lineno > 0 ? sh->lineno : 1, .at_eof = true,
		.alias_lookup = alias_lookup_cb, .alias_ctx = sh->aliases, .warn = warn_cb, .warn_ctx = sh,
		.extglob = sh->shopt.extglob,
		.max_depth = stack_chain_limit(sh), .stack_floor = sh->stack_floor,
	};
	if (!sh->shopt.expand_aliases)
		in.alias_lookup = NULL;
	int status = 0;
	(void)name;
	if (++sh->eval_depth > 1000) {
		sh_error(sh, "eval: maximum nesting level exceeded");
		sh->eval_depth--;
		arena_unref(a);
		return 1;
	}
	sh->tree_arena = a;
	for (;;) {
		struct node *n = NULL;
		struct parse_error err;
		enum parse_status ps = parse_next(a, &in, &n, &err);
		if (ps == PARSE_EOF)
			break;
		if (ps == PARSE_ERROR || ps == PARSE_INCOMPLETE) {
			report_syntax_error(sh, NULL, &err);
			status = STATUS_SYNTAX;
			sh->status = status;
			if (!sh->opt.interactive)
				shell_exit(sh, status);
			break;
		}
		if (n) {
			status = exec_tree(sh, n, 0);
			if (sh->unwind != UNWIND_NONE)
				break;
		}
		if (in.pos >= in.len)
			break;
	}
	sh->tree_arena = saved_tree;
	sh->eval_depth--;
	arena_unref(a);
	return status;
}

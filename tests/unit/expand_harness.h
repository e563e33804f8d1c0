/* expand_harness.h - shared helpers for the word-expansion unit tests (test_expand*.c): word
 * constructors, running expansions into "[f1][f2]..." text, the per-test fixture and words
 * parsed from source text. Include after <cmocka.h> and stderr_capture.h. */
#ifndef MINISH_TEST_EXPAND_HARNESS_H
#define MINISH_TEST_EXPAND_HARNESS_H

#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../parser/arena.h"
#include "../../parser/ast.h"
#include "../../parser/parser.h"
#include "../../shell/eval.h"
#include "../../shell/expand.h"
#include "../../shell/shell.h"
#include "../../shell/strvec.h"
#include "../../shell/vars.h"
#include "stderr_capture.h"
#include "tree_harness.h"

/* ---- word constructors (arena of the shell's current command) ---- */

/* A new zeroed word part of kind k. */
static inline struct word_part *part(struct shell *sh, enum word_part_kind k)
{
	struct word_part *p = arena_alloc(sh->cmd_arena, sizeof(*p));
	p->kind = k;
	return p;
}

/* A literal part holding s, quoted or not. */
static inline struct word_part *lit_q(struct shell *sh, const char *s, bool quoted)
{
	struct word_part *p = part(sh, WP_LITERAL);
	p->u.lit.text = arena_strdup(sh->cmd_arena, s);
	p->u.lit.len = strlen(s);
	p->u.lit.quoted = quoted;
	return p;
}

/* Links the NULL-terminated parts in ap; returns the first. */
static inline struct word_part *link_parts(struct word_part *first, va_list ap)
{
	struct word_part *last = first;
	struct word_part *p;
	while (last && (p = va_arg(ap, struct word_part *)) != NULL) {
		last->next = p;
		last = p;
	}
	return first;
}

/* A double-quoted part around the NULL-terminated parts first, .... */
static inline struct word_part *dq(struct shell *sh, struct word_part *first, ...)
{
	struct word_part *p = part(sh, WP_DQUOTED);
	va_list ap;
	va_start(ap, first);
	p->u.dq = link_parts(first, ap);
	va_end(ap);
	return p;
}

/* A word made of the NULL-terminated parts first, ... (line and column 1). */
static inline struct word *W(struct shell *sh, struct word_part *first, ...)
{
	struct word *w = arena_alloc(sh->cmd_arena, sizeof(*w));
	va_list ap;
	va_start(ap, first);
	w->parts = link_parts(first, ap);
	va_end(ap);
	w->line = w->col = 1;
	return w;
}

/* A parameter part ${name OP arg} (":" form when colon). */
static inline struct word_part *pop(struct shell *sh, const char *name, enum param_op op,
                                    bool colon, struct word *arg)
{
	struct word_part *p = part(sh, WP_PARAM);
	p->u.param.name = arena_strdup(sh->cmd_arena, name);
	p->u.param.op = op;
	p->u.param.colon = colon;
	p->u.param.arg = arg;
	return p;
}

/* An arithmetic part $((expr)). */
static inline struct word_part *arith_part(struct shell *sh, struct word *expr)
{
	struct word_part *p = part(sh, WP_ARITH);
	p->u.arith = expr;
	return p;
}

/* A tilde part ~user ("" for plain ~). */
static inline struct word_part *tilde(struct shell *sh, const char *user)
{
	struct word_part *p = part(sh, WP_TILDE);
	p->u.tilde_user = arena_strdup(sh->cmd_arena, user);
	return p;
}

#define LIT(s) lit_q(sh, (s), false)
#define SQ(s) lit_q(sh, (s), true)
#define DQ(...) dq(sh, __VA_ARGS__, NULL)
#define WORD(...) W(sh, __VA_ARGS__, NULL)
#define VAR(n) pop(sh, (n), PARAM_PLAIN, false, NULL)
#define OP(n, op, colon, arg) pop(sh, (n), (op), (colon), (arg))
#define ARITH(s) arith_part(sh, WORD(LIT(s)))
#define TILDE(u) tilde(sh, (u))

/* ---- running expansions ---- */

/* Expands words into fields and renders them as "[f1][f2]..."; "ERROR" on failure. */
static inline const char *fields_of(struct shell *sh, const struct word *w)
{
	struct strvec sv;
	strvec_init(&sv, sh->cmd_arena);
	if (expand_words(sh, w, &sv) < 0)
		return "ERROR";
	size_t n = 1;
	for (size_t i = 0; i < sv.n; i++)
		n += strlen(sv.v[i]) + 2;
	char *r = arena_alloc(sh->cmd_arena, n);
	char *d = r;
	for (size_t i = 0; i < sv.n; i++)
		d += sprintf(d, "[%s]", sv.v[i]);
	*d = '\0';
	return r;
}

/* Sets the shell variable name to value. */
static inline void set(struct shell *sh, const char *name, const char *value)
{
	vars_set(sh->vars, name, value, 0);
}

/* Sets the n positional parameters to the n strings that follow. */
static inline void positional(struct shell *sh, int n, ...)
{
	char *argv[16];
	va_list ap;
	va_start(ap, n);
	for (int i = 0; i < n; i++)
		argv[i] = va_arg(ap, char *);
	va_end(ap);
	shell_set_positional(sh, n, argv);
}

/* Per-test state: a fresh shell and, for glob tests, a scratch directory we chdir into. */
struct expand_fixture {
	struct shell *sh;
	char dir[64];
	char cwd[PATH_MAX];
};

/* cmocka set-up: a fresh shell with HOME=/home/test. */
static inline int expand_setup(void **state)
{
	struct expand_fixture *f = calloc(1, sizeof(*f));
	if (!f)
		return -1;
	f->sh = shell_new("minish");
	if (!f->sh)
		return -1;
	vars_set(f->sh->vars, "HOME", "/home/test", 0);
	*state = f;
	return 0;
}

/* cmocka tear-down: frees the shell and the fixture. */
static inline int expand_teardown(void **state)
{
	struct expand_fixture *f = *state;
	shell_free(f->sh);
	free(f);
	return 0;
}

#define SH struct shell *sh = ((struct expand_fixture *)*state)->sh
#define EXPECT(w, want) assert_string_equal(fields_of(sh, (w)), (want))

/* Fails unless expanding w prints msg, fails, and sets expand_error to level and the status. */
static inline void expect_error_status(struct shell *sh, struct word *w, const char *msg, int level,
                                       int status)
{
	struct capture c;
	capture_start(&c);
	const char *r = fields_of(sh, w);
	assert_string_equal(capture_end(&c), msg);
	assert_string_equal(r, "ERROR");
	assert_int_equal(sh->expand_error, level);
	assert_int_equal(sh->status, status);
}

/* Fails unless expanding w prints msg, fails, and sets expand_error to level and status 1. */
static inline void expect_error(struct shell *sh, struct word *w, const char *msg, int level)
{
	expect_error_status(sh, w, msg, level, 1);
}

/* ---- words parsed from source text ---- */

/* Runs setup (may be ""), then expands the words of ": SRC" after the colon into fields. */
static inline const char *src_fields(struct shell *sh, const char *setup_src, const char *src)
{
	if (*setup_src)
		eval_string(sh, setup_src, strlen(setup_src), "setup");
	size_t n = strlen(src) + 3;
	char *line = arena_alloc(sh->cmd_arena, n);
	snprintf(line, n, ": %s", src);
	const struct node *c = parse_simple(sh, line);
	return fields_of(sh, c->u.simple.words->next);
}

#define CASE(name, setup_src, src, want) \
	static void name(void **state) \
	{ \
		SH; \
		assert_string_equal(src_fields(sh, setup_src, src), want); \
	}

#define T(f) cmocka_unit_test_setup_teardown(f, expand_setup, expand_teardown)

#endif

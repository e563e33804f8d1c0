/* expand.c - word expansion entry points: walks word parts in POSIX order (tilde, parameters,
 * command substitution, arithmetic), then field splitting, pathname expansion, quote removal. */
#include "expand.h"

#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../parser/arena.h"
#include "../parser/parser.h"
#include "arith.h"
#include "assign.h"
#include "brace.h"
#include "error.h"
#include "eval.h"
#include "expand_priv.h"
#include "procsub.h"
#include "shell.h"
#include "stack.h"
#include "vars.h"

char *expand_tilde(struct shell *sh, const char *user)
{
	const char *dir = NULL;
	if (user[0] == '\0') {
		dir = shell_getvar(sh, "HOME");
		if (!dir) {
			struct passwd *pw = getpwuid(getuid());
			dir = pw ? pw->pw_dir : NULL;
		}
	} else if (strcmp(user, "+") == 0) {
		dir = shell_getvar(sh, "PWD");
	} else if (strcmp(user, "-") == 0) {
		dir = shell_getvar(sh, "OLDPWD");
	} else {
		struct passwd *pw = getpwnam(user);
		dir = pw ? pw->pw_dir : NULL;
	}
	return dir ? arena_strdup(sh->cmd_arena, dir) : NULL;
}

static void put_tilde(struct xctx *x, const char *user)
{
	char *dir = expand_tilde(x->sh, user);
	if (dir) {
		x_put(x, dir, strlen(dir), true);
		return;
	}
	x_put(x, "~", 1, false);
	x_put(x, user, strlen(user), false);
}

/* Drops NUL bytes and trailing newlines from command output, in place; returns the new length. */
static size_t clean_output(char *out, size_t len)
{
	size_t k = 0;
	for (size_t i = 0; i < len; i++)
		if (out[i] != '\0')
			out[k++] = out[i];
	while (k > 0 && out[k - 1] == '\n')
		k--;
	return k;
}

static int put_cmdsub(struct xctx *x, const struct node *body, bool quoted)
{
	struct shell *sh = x->sh;
	if (!body) {
		sh->cmdsub_status = 0;
		return 0;
	}
	char *out = NULL;
	size_t len = 0;
	int st = exec_cmdsub(sh, body, &out, &len);
	if (st == CMDSUB_NO_MEMORY) {
		x_out_of_memory(sh, len);
		return -1;
	}
	if (st < 0) {
		/* No pipe or process (limits): the command fails, the shell goes on. */
		free(out);
		sh->status = 1;
		return -1;
	}
	sh->cmdsub_status = st;
	len = clean_output(out, len);
	x_put_exp(x, out, len, quoted);
	free(out);
	return 0;
}

int x_eval_arith(struct shell *sh, const struct word *expr, intmax_t *v)
{
	struct xctx sub;
	xctx_init(&sub, sh, XM_STR);
	int rc = expr ? x_expand_parts(&sub, expr->parts, false, false) : 0;
	if (rc == 0) {
		sub.s[sub.len] = '\0';
		if (arith_eval(sh, sub.s, v) < 0) {
			sh->status = 1;
			if (sh->expand_error < 1)
				sh->expand_error = 1;
			rc = -1;
		}
	}
	xctx_free(&sub);
	return rc;
}

static int put_arith(struct xctx *x, const struct word *expr, bool quoted)
{
	intmax_t v;
	if (x_eval_arith(x->sh, expr, &v) < 0) {
		x->sh->status = STATUS_SYNTAX;  /* dash: a script ends with 2 (bash: 1) */
		return -1;
	}
	char buf[X_INT_BUF];
	size_t n = x_format_int(buf, v);
	x_put_exp(x, buf, n, quoted);
	return 0;
}

static int put_procsub(struct xctx *x, const struct node *body, bool output)
{
	char *path = procsub_start(x->sh, body, output);
	if (!path) {
		/* No FIFO or process (limits, TMPDIR): the command fails, the shell goes on. */
		x->sh->status = 1;
		return -1;
	}
	x_put(x, path, strlen(path), true);
	return 0;
}

int x_expand_parts(struct xctx *x, const struct word_part *p, bool quoted, bool split_lit)
{
	if (stack_low(x->sh->stack_floor)) {
		sh_error(x->sh, "expansion nested too deeply for the stack");
		return -1;
	}
	for (; p; p = p->next) {
		int rc = 0;
		switch (p->kind) {
		case WP_LITERAL:
			if (quoted || p->u.lit.quoted) {
				x_anchor(x);
				x_put(x, p->u.lit.text, p->u.lit.len, true);
			} else if (split_lit) {
				x_put_exp(x, p->u.lit.text, p->u.lit.len, false);
			} else {
				x_put(x, p->u.lit.text, p->u.lit.len, false);
			}
			break;
		case WP_DQUOTED:
			/* "" is a field; "$@" with no parameters is not: inner parts anchor */
			if (!p->u.dq)
				x_anchor(x);
			rc = x_expand_parts(x, p->u.dq, true, false);
			break;
		case WP_PARAM:
			rc = x_expand_param(x, &p->u.param, quoted);
			break;
		case WP_CMDSUB:
			rc = put_cmdsub(x, p->u.cmd.body, quoted);
			break;
		case WP_ARITH:
			rc = put_arith(x, p->u.arith, quoted);
			break;
		case WP_PROCSUB_IN:
			rc = put_procsub(x, p->u.cmd.body, false);
			break;
		case WP_PROCSUB_OUT:
			rc = put_procsub(x, p->u.cmd.body, true);
			break;
		case WP_TILDE:
			put_tilde(x, p->u.tilde_user ? p->u.tilde_user : "");
			break;
		}
		if (rc < 0 || x->oom)
			return -1;
	}
	return 0;
}

/* Characters special in a POSIX extended regular expression (escaped when quoted). */
static bool is_regex_char(char c)
{
	return c != '\0' && strchr("\\.[]()*+?{}|^$", c) != NULL;
}

char *x_expand_to_string(struct shell *sh, const struct word *w, enum xmode m)
{
	struct xctx x;
	xctx_init(&x, sh, m);
	if (w && x_expand_parts(&x, w->parts, false, false) < 0) {
		xctx_free(&x);
		return NULL;
	}
	if (x.oom) {
		xctx_free(&x);
		return NULL;
	}
	char *r;
	if (m == XM_PATTERN || m == XM_REGEX) {
		bool (*special)(char) = m == XM_PATTERN ? x_is_pattern_char : is_regex_char;
		size_t n = 0;
		for (size_t i = 0; i < x.len; i++)
			n += (x.q[i] && special(x.s[i])) ? 2 : 1;
		r = arena_alloc(sh->cmd_arena, n + 1);
		char *d = r;
		for (size_t i = 0; i < x.len; i++) {
			if (x.q[i] && special(x.s[i]))
				*d++ = '\\';
			*d++ = x.s[i];
		}
		*d = '\0';
	} else {
		r = arena_strndup(sh->cmd_arena, x.s, x.len);
	}
	xctx_free(&x);
	return r;
}

char *expand_word_str(struct shell *sh, const struct word *w)
{
	return x_expand_to_string(sh, w, XM_STR);
}

char *expand_word_pattern(struct shell *sh, const struct word *w)
{
	return x_expand_to_string(sh, w, XM_PATTERN);
}

char *expand_word_regex(struct shell *sh, const struct word *w)
{
	return x_expand_to_string(sh, w, XM_REGEX);
}

char *expand_heredoc(struct shell *sh, const struct word *body)
{
	return x_expand_to_string(sh, body, XM_STR);
}

const char *expand_subscript_text(struct shell *sh, const char *text)
{
	if (!strpbrk(text, "$`'\"\\"))
		return text;
	struct parse_error err;
	struct word *w = parse_subscript_text(sh->cmd_arena, text, strlen(text), &err);
	if (!w) {
		sh_error(sh, "%s: %s", text, err.message);
		return NULL;
	}
	return x_expand_to_string(sh, w, XM_STR);
}

/* Expands one word (brace expansion done) into fields appended to out. */
static int expand_word(struct shell *sh, const struct word *w, struct strvec *out)
{
	if (w->declaration) {
		char *s = w->compound ? assign_declaration_text(sh, w) : x_expand_to_string(sh, w, XM_STR);
		if (!s)
			return -1;
		strvec_push(out, s);
		return 0;
	}
	struct xctx x;
	xctx_init(&x, sh, XM_FIELDS);
	if (x_expand_parts(&x, w->parts, false, false) < 0) {
		xctx_free(&x);
		return -1;
	}
	x_break(&x, false);
	int rc = x.oom ? -1 : 0;
	for (size_t i = 0; i < x.nfields && rc == 0; i++)
		rc = x_glob_field(&x, &x.fields[i], out);
	xctx_free(&x);
	return rc;
}

int expand_words(struct shell *sh, const struct word *words, struct strvec *out)
{
	for (const struct word *w = words; w; w = w->next) {
		if (!sh->opt.braceexpand || !brace_candidate(w)) {
			if (expand_word(sh, w, out) < 0)
				return -1;
			continue;
		}
		struct word **list;
		size_t n;
		if (brace_expand(sh, w, &list, &n) < 0)
			return -1;
		for (size_t i = 0; i < n; i++)
			if (expand_word(sh, list[i], out) < 0)
				return -1;
	}
	return 0;
}

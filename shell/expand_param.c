/* expand_param.c - parameter expansion: $name, special and positional parameters, and every
 * ${name OP word} form (defaults, assignment, errors, alternatives, length, trimming, and
 * bash's substrings and replacements). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "arith.h"
#include "error.h"
#include "expand_priv.h"
#include "shell.h"
#include "vars.h"

/* The value of a parameter: a scalar (possibly unset) or a list ($@, $*, ${PIPESTATUS[@]}). */
struct pval {
	bool is_list;
	bool star;          /* the list joins like "$*" when quoted */
	bool set;
	const char *s;      /* scalar value when set */
	char **list;        /* list elements */
	size_t n;
	char buf[32];       /* storage for numeric scalars */
};

static bool is_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

static bool is_ident(const char *s)
{
	if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
		return false;
	for (s++; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_' ||
		      (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

/* Writes the option letters of $- in the order dash prints them. */
static void option_letters(const struct shell *sh, char *buf)
{
	const struct shell_options *o = &sh->opt;
	const struct { bool on; char c; } letters[] = {
		{ o->nounset, 'u' }, { o->notify, 'b' }, { o->allexport, 'a' },
		{ o->noclobber, 'C' }, { o->verbose, 'v' }, { o->xtrace, 'x' },
		{ o->stdin_mode, 's' }, { o->noexec, 'n' }, { o->monitor, 'm' },
		{ o->interactive, 'i' }, { o->hashall, 'h' }, { o->noglob, 'f' },
		{ o->errexit, 'e' },
	};
	for (size_t i = 0; i < sizeof(letters) / sizeof(letters[0]); i++)
		if (letters[i].on)
			*buf++ = letters[i].c;
	*buf = '\0';
}

static void set_number(struct pval *v, intmax_t n)
{
	x_format_int(v->buf, n);
	v->s = v->buf;
	v->set = true;
}

/* ${PIPESTATUS[sub]} and $PIPESTATUS (element 0). */
static int pipestatus_value(struct shell *sh, const char *sub, struct pval *v)
{
	int n = sh->npipestatus;
	const int *st = sh->pipestatus;
	int single = sh->status;
	if (n <= 0) {
		n = 1;
		st = &single;
	}
	if (sub && (strcmp(sub, "@") == 0 || strcmp(sub, "*") == 0)) {
		v->is_list = true;
		v->set = true;
		v->star = sub[0] == '*';
		v->n = (size_t)n;
		v->list = arena_alloc(sh->cmd_arena, (size_t)n * sizeof(char *));
		for (int i = 0; i < n; i++) {
			char b[16];
			snprintf(b, sizeof(b), "%d", st[i]);
			v->list[i] = arena_strdup(sh->cmd_arena, b);
		}
		return 0;
	}
	intmax_t idx = 0;
	if (sub && arith_eval(sh, sub, &idx) < 0)
		return -1;
	if (idx < 0)
		idx += n;
	if (idx >= 0 && idx < n)
		set_number(v, st[idx]);
	return 0;
}

/* ${BASH_REMATCH[sub]}: the groups of the last =~ (shell/rematch.h); -1 after an error. */
static int rematch_value(struct shell *sh, const char *sub, struct pval *v)
{
	if (strcmp(sub, "@") == 0 || strcmp(sub, "*") == 0) {
		v->is_list = true;
		v->set = true;
		v->star = sub[0] == '*';
		v->n = sh->nrematch;
		v->list = sh->rematch;
		return 0;
	}
	intmax_t idx = 0;
	if (arith_eval(sh, sub, &idx) < 0)
		return -1;
	if (idx < 0)
		idx += (intmax_t)sh->nrematch;
	if (idx >= 0 && (size_t)idx < sh->nrematch) {
		v->s = sh->rematch[idx];
		v->set = true;
	}
	return 0;
}

/* Fills v with the value of parameter name; -1 after a "bad substitution" error. */
static int get_value(struct shell *sh, const struct param_exp *pe, struct pval *v)
{
	const char *name = pe->name;
	memset(v, 0, sizeof(*v));
	if (pe->subscript) {
		if (strcmp(name, "PIPESTATUS") == 0)
			return pipestatus_value(sh, pe->subscript, v);
		if (strcmp(name, "BASH_REMATCH") == 0)
			return rematch_value(sh, pe->subscript, v);
		if (!is_ident(name)) {
			x_error(sh, 1, "${%s[%s]}: bad substitution", name, pe->subscript);
			return -1;
		}
		const char *sub = pe->subscript;
		if (strcmp(sub, "@") && strcmp(sub, "*")) {
			intmax_t idx;
			if (arith_eval(sh, sub, &idx) < 0)
				return -1;
			if (idx != 0)
				return 0;
		}
	} else if (strcmp(name, "PIPESTATUS") == 0) {
		return pipestatus_value(sh, NULL, v);
	}
	if (is_ident(name)) {
		v->s = shell_getvar(sh, name);
		v->set = v->s != NULL;
		return 0;
	}
	if (is_digits(name)) {
		if (strcmp(name, "0") == 0) {
			v->s = sh->arg0 ? sh->arg0 : "minish";
			v->set = true;
			return 0;
		}
		size_t len = strlen(name);
		char *end;
		long long n = len > 12 ? -1 : strtoll(name, &end, 10);
		if (n >= 1 && n <= sh->pos.argc) {
			v->s = sh->pos.argv[n - 1];
			v->set = true;
		}
		return 0;
	}
	if (name[0] && name[1] == '\0') {
		switch (name[0]) {
		case '@':
		case '*':
			v->is_list = true;
			v->star = name[0] == '*';
			v->set = true;
			v->list = sh->pos.argv;
			v->n = (size_t)sh->pos.argc;
			return 0;
		case '#':
			set_number(v, sh->pos.argc);
			return 0;
		case '?':
			set_number(v, sh->status);
			return 0;
		case '$':
			set_number(v, sh->shell_pid);
			return 0;
		case '!':
			if (sh->last_bg > 0)
				set_number(v, sh->last_bg);
			return 0;
		case '-':
			option_letters(sh, v->buf);
			v->s = v->buf;
			v->set = true;
			return 0;
		default:
			break;
		}
	}
	x_error(sh, 1, "${%s}: bad substitution", name);
	return -1;
}

/* Returns true when a set value counts as null for the ':' forms. */
static bool is_null(struct shell *sh, const struct pval *v)
{
	if (!v->is_list)
		return v->s[0] == '\0';
	if (v->n == 0)
		return true;
	bool sep = x_join_char(sh) != '\0';
	for (size_t i = 0; i < v->n; i++)
		if (v->list[i][0])
			return false;
	return v->n == 1 || !sep;
}

/* Appends a list the way $@ / $* / "$@" / "$*" expand in the current mode. */
static void put_list(struct xctx *x, char **list, size_t n, bool star, bool quoted)
{
	if (x->mode == XM_FIELDS && quoted && !star) {
		for (size_t i = 0; i < n; i++) {
			if (i > 0)
				x_break(x, true);
			x_anchor(x);
			x_put(x, list[i], strlen(list[i]), true);
		}
		return;
	}
	if (x->mode == XM_FIELDS && !quoted) {
		for (size_t i = 0; i < n; i++) {
			if (i > 0)
				x_break(x, false);
			x_put_exp(x, list[i], strlen(list[i]), false);
		}
		return;
	}
	char sep = x_join_char(x->sh);
	if (quoted)
		x_anchor(x);
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && sep)
			x_put(x, &sep, 1, quoted);
		x_put_exp(x, list[i], strlen(list[i]), quoted);
	}
}

static void put_value(struct xctx *x, const struct pval *v, bool quoted)
{
	if (v->is_list)
		put_list(x, v->list, v->n, v->star, quoted);
	else if (v->set)
		x_put_exp(x, v->s, strlen(v->s), quoted);
}

static void unbound(struct shell *sh, const char *name)
{
	if (is_ident(name))
		x_error(sh, 2, "%s: unbound variable", name);
	else
		x_error(sh, 2, "$%s: unbound variable", name);
}

static int do_assign(struct xctx *x, const struct param_exp *pe, bool quoted)
{
	struct shell *sh = x->sh;
	if (!is_ident(pe->name) || pe->subscript) {
		x_error(sh, 1, "$%s: cannot assign in this way", pe->name);
		return -1;
	}
	char *val = x_expand_to_string(sh, pe->arg, XM_STR);
	if (!val)
		return -1;
	if (shell_setvar(sh, pe->name, val) < 0) {
		sh->status = 1;
		if (sh->expand_error < 1)
			sh->expand_error = 1;
		return -1;
	}
	x_put_exp(x, val, strlen(val), quoted);
	return 0;
}

static int do_error(struct xctx *x, const struct param_exp *pe)
{
	struct shell *sh = x->sh;
	const char *name = pe->name;
	const char *prefix = is_ident(name) ? "" : "$";
	if (!pe->arg || !pe->arg->parts) {
		x_error(sh, 2, "%s%s: %s", prefix, name,
		        pe->colon ? "parameter null or not set" : "parameter not set");
		return -1;
	}
	char *msg = x_expand_to_string(sh, pe->arg, XM_STR);
	if (msg)
		x_error(sh, 2, "%s%s: %s", prefix, name, msg);
	return -1;
}

/* ${v#p} ${v##p} ${v%p} ${v%%p}, applied to each element of a list. */
static int do_trim(struct xctx *x, const struct param_exp *pe, const struct pval *v, bool quoted)
{
	struct shell *sh = x->sh;
	char *pat = x_expand_to_string(sh, pe->arg, XM_PATTERN);
	if (!pat)
		return -1;
	bool prefix = pe->op == PARAM_TRIM_PREFIX || pe->op == PARAM_TRIM_PREFIX_MAX;
	bool longest = pe->op == PARAM_TRIM_PREFIX_MAX || pe->op == PARAM_TRIM_SUFFIX_MAX;
	size_t start, len;
	if (!v->is_list) {
		const char *s = v->set ? v->s : "";
		x_trim(s, pat, x_pattern_flags(sh, false), prefix, longest, &start, &len);
		x_put_exp(x, s + start, len, quoted);
		return 0;
	}
	char **out = arena_alloc(sh->cmd_arena, (v->n + 1) * sizeof(char *));
	for (size_t i = 0; i < v->n; i++) {
		x_trim(v->list[i], pat, x_pattern_flags(sh, false), prefix, longest, &start, &len);
		out[i] = arena_strndup(sh->cmd_arena, v->list[i] + start, len);
	}
	put_list(x, out, v->n, v->star, quoted);
	return 0;
}

/* The items [*from, *from + *count) of total that ${v:offset:length} takes: a negative offset
 * counts from the end, a negative length (allowed when neg_length) ends that far before the
 * end. -1 after an arithmetic error or "N: substring expression < 0". */
static int slice(struct shell *sh, const struct param_exp *pe, size_t total, bool neg_length,
                 size_t *from, size_t *count)
{
	intmax_t off, len = 0;
	if (x_eval_arith(sh, pe->arg, &off) < 0 || (pe->arg2 && x_eval_arith(sh, pe->arg2, &len) < 0))
		return -1;
	intmax_t n = (intmax_t)total;
	*from = 0;
	*count = 0;
	if (off < 0)
		off += n;
	bool bad = pe->arg2 && len < 0 && !neg_length;
	if (!bad && (off < 0 || off > n))
		return 0;
	intmax_t end = !pe->arg2 ? n : len < 0 ? n + len : len > n - off ? n : off + len;
	if (bad || end < off) {
		x_error(sh, 1, "%jd: substring expression < 0", len);
		return -1;
	}
	*from = (size_t)off;
	*count = (size_t)(end - off);
	return 0;
}

/* ${v:offset} and ${v:offset:length} (bash): bytes of a value, items of a list ($@ and $*
 * count $0 as item 0, so ${@:1} is all of them). */
static int do_substring(struct xctx *x, const struct param_exp *pe, const struct pval *v, bool quoted)
{
	struct shell *sh = x->sh;
	size_t from, count;
	if (!v->is_list) {
		const char *s = v->set ? v->s : "";
		if (slice(sh, pe, strlen(s), true, &from, &count) < 0)
			return -1;
		x_put_exp(x, s + from, count, quoted);
		return 0;
	}
	bool positional = strcmp(pe->name, "@") == 0 || strcmp(pe->name, "*") == 0;
	size_t total = v->n + positional;
	char **items = arena_alloc(sh->cmd_arena, (total + 1) * sizeof(char *));
	if (positional)
		items[0] = sh->arg0 ? sh->arg0 : "minish";
	memcpy(items + positional, v->list, v->n * sizeof(char *));
	if (slice(sh, pe, total, false, &from, &count) < 0)
		return -1;
	put_list(x, items + from, count, v->star, quoted);
	return 0;
}

/* ${v/p/s} ${v//p/s} ${v/#p/s} ${v/%p/s} (bash), applied to each element of a list. The
 * string's & is literal (bash 5.2's patsub_replacement is not done). */
static int do_replace(struct xctx *x, const struct param_exp *pe, const struct pval *v, bool quoted)
{
	struct shell *sh = x->sh;
	char *pat = x_expand_to_string(sh, pe->arg, XM_PATTERN);
	char *string = pe->arg2 ? x_expand_to_string(sh, pe->arg2, XM_STR) : "";
	if (!pat || !string)
		return -1;
	size_t n = v->is_list ? v->n : 1;
	char **out = arena_alloc(sh->cmd_arena, (n + 1) * sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		const char *value = v->is_list ? v->list[i] : v->set ? v->s : "";
		char *r = x_replace(value, pat, x_pattern_flags(sh, true), string, pe->op);
		if (!r) {
			x_error(sh, 1, "${%s}: out of memory", pe->name);
			return -1;
		}
		out[i] = arena_strdup(sh->cmd_arena, r);
		free(r);
	}
	if (v->is_list)
		put_list(x, out, n, v->star, quoted);
	else
		x_put_exp(x, out[0], strlen(out[0]), quoted);
	return 0;
}

static void put_length(struct xctx *x, const struct pval *v, bool quoted)
{
	char buf[X_INT_BUF];
	size_t n = v->is_list ? v->n : v->set ? strlen(v->s) : 0;
	size_t k = x_format_int(buf, (intmax_t)n);
	x_put_exp(x, buf, k, quoted);
}

int x_expand_param(struct xctx *x, const struct param_exp *pe, bool quoted)
{
	struct shell *sh = x->sh;
	struct pval v;
	if (get_value(sh, pe, &v) < 0)
		return -1;
	/* a quoted expansion is a field even when empty, except "$@" with no elements (after
	 * ${@:offset:length} picked them: put_list makes the fields of a list) */
	if (quoted && !(v.is_list && !v.star && (v.n == 0 || pe->op == PARAM_SUBSTRING)))
		x_anchor(x);
	bool unset = !v.set;
	bool use_word = unset || (pe->colon && is_null(sh, &v));
	switch (pe->op) {
	case PARAM_PLAIN:
	case PARAM_LENGTH:
	case PARAM_TRIM_SUFFIX:
	case PARAM_TRIM_SUFFIX_MAX:
	case PARAM_TRIM_PREFIX:
	case PARAM_TRIM_PREFIX_MAX:
	case PARAM_SUBSTRING:
	case PARAM_REPLACE:
	case PARAM_REPLACE_ALL:
	case PARAM_REPLACE_PREFIX:
	case PARAM_REPLACE_SUFFIX:
		if (unset && sh->opt.nounset) {
			unbound(sh, pe->name);
			return -1;
		}
		break;
	case PARAM_DEFAULT:
	case PARAM_ASSIGN:
	case PARAM_ERROR:
	case PARAM_ALTERNATE:
		break;
	}
	switch (pe->op) {
	case PARAM_PLAIN:
		put_value(x, &v, quoted);
		return 0;
	case PARAM_LENGTH:
		put_length(x, &v, quoted);
		return 0;
	case PARAM_DEFAULT:
		if (!use_word) {
			put_value(x, &v, quoted);
			return 0;
		}
		return pe->arg ? x_expand_parts(x, pe->arg->parts, quoted, !quoted) : 0;
	case PARAM_ASSIGN:
		if (!use_word) {
			put_value(x, &v, quoted);
			return 0;
		}
		return do_assign(x, pe, quoted);
	case PARAM_ERROR:
		if (!use_word) {
			put_value(x, &v, quoted);
			return 0;
		}
		return do_error(x, pe);
	case PARAM_ALTERNATE:
		if (use_word)
			return 0;
		return pe->arg ? x_expand_parts(x, pe->arg->parts, quoted, !quoted) : 0;
	case PARAM_TRIM_SUFFIX:
	case PARAM_TRIM_SUFFIX_MAX:
	case PARAM_TRIM_PREFIX:
	case PARAM_TRIM_PREFIX_MAX:
		return do_trim(x, pe, &v, quoted);
	case PARAM_SUBSTRING:
		return do_substring(x, pe, &v, quoted);
	case PARAM_REPLACE:
	case PARAM_REPLACE_ALL:
	case PARAM_REPLACE_PREFIX:
	case PARAM_REPLACE_SUFFIX:
		return do_replace(x, pe, &v, quoted);
	}
	return 0;
}

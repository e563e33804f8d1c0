/* expand_param.c - parameter expansion: $name, special and positional parameters, and every
 * ${name OP word} form (defaults, assignment, errors, alternatives, length, trimming, and
 * bash's substrings and replacements). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "arith.h"
#include "error.h"
#include "expand.h"
#include "expand_priv.h"
#include "shell.h"
#include "vars.h"

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

/* Fills v with the value of the parameter called name (no subscript): a variable (namerefs
 * followed; an array gives element 0), a positional or a special parameter. -1 after a "bad
 * substitution" error. */
static int plain_value(struct shell *sh, const char *name, struct pval *v)
{
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
			v->exists = true;
			v->positional = true;
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

/* True when the subscript w is an unquoted @ or * (all elements); *all is that character. */
static bool all_subscript(const struct word *w, char *all)
{
	const struct word_part *p = w->parts;
	if (!p || p->next || p->kind != WP_LITERAL || p->u.lit.quoted || p->u.lit.len != 1 ||
	    (p->u.lit.text[0] != '@' && p->u.lit.text[0] != '*'))
		return false;
	*all = p->u.lit.text[0];
	return true;
}

/* ${name[index]}, ${name[@]} (keys: ${!name[@]}) into v. */
static int subscript_value(struct shell *sh, const struct param_exp *pe, bool keys, struct pval *v)
{
	char all = 0;
	if (!is_ident(pe->name) || !pe->index->parts) {
		x_error(sh, 1, "${%s%s[%s]}: bad substitution", pe->indirect ? "!" : "", pe->name,
		        pe->subscript ? pe->subscript : "");
		return -1;
	}
	if (all_subscript(pe->index, &all)) {
		if (x_subscript_value(sh, pe->name, all, NULL, keys, v) < 0)
			return -1;
		/* set -u: bash 5.2 accepts ${a[@]} of any array, set or not, but not ${#a[@]} */
		v->exists = pe->op != PARAM_LENGTH || vars_lookup(sh->vars, pe->name) != NULL;
		return 0;
	}
	char *sub = x_expand_to_string(sh, pe->index, XM_STR);
	if (!sub)
		return -1;
	v->sub = sub;
	return x_subscript_value(sh, pe->name, 0, sub, false, v);
}

/* The parameter named by text, as ${!name} finds it: a variable, name[subscript], a
 * positional or special parameter. */
static int named_value(struct shell *sh, const char *text, struct pval *v)
{
	size_t nl, sl;
	const char *sub;
	if (is_ident(text) || is_digits(text) || (text[0] && !text[1] && strchr("@*#?$!-", text[0])))
		return plain_value(sh, text, v);
	if (var_ref_split(text, &nl, &sub, &sl)) {
		char *name = arena_strndup(sh->cmd_arena, text, nl);
		char *s = arena_strndup(sh->cmd_arena, sub, sl);
		char all = sl == 1 && (s[0] == '@' || s[0] == '*') ? s[0] : 0;
		const char *e = all ? s : expand_subscript_text(sh, s);
		return e ? x_subscript_value(sh, name, all, e, false, v) : -1;
	}
	x_error(sh, 1, "%s: invalid variable name", text);
	return -1;
}

/* ${!name...}: the value of the parameter that name's value names; ${!a[@]}: a's keys;
 * ${!ref} for a nameref: the name it refers to. */
static int indirect_value(struct shell *sh, const struct param_exp *pe, struct pval *v)
{
	char all;
	if (pe->index && all_subscript(pe->index, &all))
		return subscript_value(sh, pe, true, v);
	if (!pe->index && is_ident(pe->name)) {
		struct var *r = vars_lookup(sh->vars, pe->name);
		if (r && (var_flags(r) & VAR_NAMEREF)) {
			v->s = var_scalar(r);
			v->set = v->s != NULL;
			return 0;
		}
	}
	struct pval t;
	memset(&t, 0, sizeof(t));
	if ((pe->index ? subscript_value(sh, pe, false, &t) : plain_value(sh, pe->name, &t)) < 0)
		return -1;
	if (t.is_list) {
		char **l = t.list;
		t.s = t.n ? l[t.n - 1] : NULL;  /* ${!@}: bash uses the last one */
		t.set = t.s != NULL;
	}
	if (!t.set) {
		x_error(sh, 1, "%s: invalid indirect expansion", pe->name);
		return -1;
	}
	v->target = t.s;
	return named_value(sh, t.s, v);
}

/* Fills v with the value of parameter name; -1 after a "bad substitution" error. */
static int get_value(struct shell *sh, const struct param_exp *pe, struct pval *v)
{
	memset(v, 0, sizeof(*v));
	if (pe->op == PARAM_NAMES) {
		x_names_value(sh, pe->name, pe->transform == '*', v);
		v->exists = true;
		return 0;
	}
	if (pe->indirect)
		return indirect_value(sh, pe, v);
	if (pe->index)
		return subscript_value(sh, pe, false, v);
	return plain_value(sh, pe->name, v);
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

void x_put_list(struct xctx *x, char **list, size_t n, bool star, bool quoted)
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
		x_put_list(x, v->list, v->n, v->star, quoted);
	else if (v->set)
		x_put_exp(x, v->s, strlen(v->s), quoted);
}

static void unbound(struct shell *sh, const struct param_exp *pe)
{
	if (is_ident(pe->name) && pe->subscript && pe->op != PARAM_LENGTH)
		x_error(sh, 2, "%s[%s]: unbound variable", pe->name, pe->subscript);
	else if (is_ident(pe->name))
		x_error(sh, 2, "%s: unbound variable", pe->name);
	else
		x_error(sh, 2, "$%s: unbound variable", pe->name);
}

static int do_assign(struct xctx *x, const struct param_exp *pe, const struct pval *v, bool quoted)
{
	struct shell *sh = x->sh;
	if (!is_ident(pe->name) || (pe->indirect && !v->target) || (pe->index && !v->sub)) {
		x_error(sh, 1, "$%s: cannot assign in this way", pe->name);
		return -1;
	}
	char *val = x_expand_to_string(sh, pe->arg, XM_STR);
	if (!val)
		return -1;
	if ((pe->indirect ? shell_set_ref(sh, NULL, v->target, val, false)
	     : v->sub    ? shell_set_element(sh, pe->name, v->sub, val, false)
	                 : shell_setvar(sh, pe->name, val)) < 0) {
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
	x_put_list(x, out, v->n, v->star, quoted);
	return 0;
}

/* The bytes [*from, *from + *count) of a value of total bytes that ${v:offset:length} takes:
 * a negative offset counts from the end, a negative length ends that far before the end.
 * -1 after an arithmetic error or "N: substring expression < 0". */
static int slice(struct shell *sh, const struct param_exp *pe, size_t total, size_t *from,
                 size_t *count)
{
	intmax_t off, len = 0;
	if (x_eval_arith(sh, pe->arg, &off) < 0 || (pe->arg2 && x_eval_arith(sh, pe->arg2, &len) < 0))
		return -1;
	intmax_t n = (intmax_t)total;
	*from = 0;
	*count = 0;
	if (off < 0)
		off += n;
	if (off < 0 || off > n)
		return 0;
	intmax_t end = !pe->arg2 ? n : len < 0 ? n + len : len > n - off ? n : off + len;
	if (end < off) {
		x_error(sh, 1, "%jd: substring expression < 0", len);
		return -1;
	}
	*from = (size_t)off;
	*count = (size_t)(end - off);
	return 0;
}

/* ${v:offset} and ${v:offset:length} (bash): bytes of a value, items of a list ($@ and $*
 * count $0 as item 0, so ${@:1} is all of them; an indexed array's offset is an index). */
static int do_substring(struct xctx *x, const struct param_exp *pe, const struct pval *v, bool quoted)
{
	struct shell *sh = x->sh;
	size_t from, count;
	if (!v->is_list) {
		const char *s = v->set ? v->s : "";
		if (slice(sh, pe, strlen(s), &from, &count) < 0)
			return -1;
		x_put_exp(x, s + from, count, quoted);
		return 0;
	}
	char **items = v->list;
	if (v->positional) {
		items = arena_alloc(sh->cmd_arena, (v->n + 2) * sizeof(char *));
		items[0] = sh->arg0 ? sh->arg0 : "minish";
		memcpy(items + 1, v->list, v->n * sizeof(char *));
	}
	if (x_slice_list(sh, pe, v, &from, &count) < 0)
		return -1;
	x_put_list(x, items + from, count, v->star, quoted);
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
	enum param_op op = pe->op;
	if (op == PARAM_REPLACE && (pat[0] == '#' || pat[0] == '%')) {
		/* an unquoted # or % that begins the expanded pattern anchors it (bash):
		 * p='#a'; ${v/$p/s} is ${v/#a/s} */
		op = pat[0] == '#' ? PARAM_REPLACE_PREFIX : PARAM_REPLACE_SUFFIX;
		pat++;
	}
	size_t n = v->is_list ? v->n : 1;
	char **out = arena_alloc(sh->cmd_arena, (n + 1) * sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		const char *value = v->is_list ? v->list[i] : v->set ? v->s : "";
		char *r = x_replace(value, pat, x_pattern_flags(sh, true), string, op);
		if (!r) {
			x_error(sh, 1, "${%s}: out of memory", pe->name);
			return -1;
		}
		out[i] = arena_strdup(sh->cmd_arena, r);
		free(r);
	}
	if (v->is_list)
		x_put_list(x, out, n, v->star, quoted);
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
	case PARAM_UPPER_FIRST:
	case PARAM_UPPER_ALL:
	case PARAM_LOWER_FIRST:
	case PARAM_LOWER_ALL:
	case PARAM_TOGGLE_FIRST:
	case PARAM_TOGGLE_ALL:
	case PARAM_TRANSFORM:
	case PARAM_TRIM_SUFFIX:
	case PARAM_TRIM_SUFFIX_MAX:
	case PARAM_TRIM_PREFIX:
	case PARAM_TRIM_PREFIX_MAX:
	case PARAM_SUBSTRING:
	case PARAM_REPLACE:
	case PARAM_REPLACE_ALL:
	case PARAM_REPLACE_PREFIX:
	case PARAM_REPLACE_SUFFIX:
		if (unset && !v.exists && sh->opt.nounset) {
			unbound(sh, pe);
			return -1;
		}
		break;
	case PARAM_DEFAULT:
	case PARAM_ASSIGN:
	case PARAM_ERROR:
	case PARAM_ALTERNATE:
	case PARAM_NAMES:
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
		return do_assign(x, pe, &v, quoted);
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
	case PARAM_UPPER_FIRST:
	case PARAM_UPPER_ALL:
	case PARAM_LOWER_FIRST:
	case PARAM_LOWER_ALL:
	case PARAM_TOGGLE_FIRST:
	case PARAM_TOGGLE_ALL:
		return x_case_convert(x, pe, &v, quoted);
	case PARAM_TRANSFORM:
		return x_transform(x, pe, &v, quoted);
	case PARAM_NAMES:
		put_value(x, &v, quoted);
		return 0;
	}
	return 0;
}

/* expand_priv.h - internals shared by the expansion files: a buffer whose characters carry a
 * quoted flag, with IFS field splitting applied as expansion results are appended. */
#ifndef MINISH_EXPAND_PRIV_H
#define MINISH_EXPAND_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../parser/word.h"

struct shell;

enum xmode {
	XM_FIELDS,   /* split unquoted expansion results into fields, then glob */
	XM_STR,      /* one string: no splitting, no globbing */
	XM_PATTERN,  /* one string where quoted pattern characters get a backslash */
	XM_REGEX,    /* one string where quoted regular-expression characters get a backslash */
};

/* A finished field: a slice of the buffer. */
struct xfield {
	size_t start, len;
};

enum { XBUF_INLINE = 256, XFIELDS_INLINE = 8 };

/* An expansion in progress. */
struct xctx {
	struct shell *sh;
	enum xmode mode;
	char *s;              /* characters (quote removal already done) */
	unsigned char *q;     /* q[i] != 0: s[i] was quoted */
	size_t len, cap;
	struct xfield *fields;  /* XM_FIELDS: finished fields */
	size_t nfields, fcap;
	size_t fstart;        /* where the field being built starts */
	bool fcontent;        /* the field being built exists even when empty ("" seen) */
	bool absorb;          /* last delimiter was IFS white space: one non-white IFS char joins it */
	bool oom;             /* an allocation failed (reported): the expansion fails */
	char s_inline[XBUF_INLINE];
	unsigned char q_inline[XBUF_INLINE];
	struct xfield f_inline[XFIELDS_INLINE];
};

/* Prepares x for an expansion in mode m. */
void xctx_init(struct xctx *x, struct shell *sh, enum xmode m);
/* Releases heap storage held by x. */
void xctx_free(struct xctx *x);
/* Appends n characters, all quoted or all unquoted; never split. */
void x_put(struct xctx *x, const char *p, size_t n, bool quoted);
/* Appends an expansion result: split by IFS in XM_FIELDS mode when unquoted; a quoted one
 * makes the field exist even when empty. */
void x_put_exp(struct xctx *x, const char *p, size_t n, bool quoted);
/* Marks the field being built as existing even if it stays empty (quotes were seen). */
void x_anchor(struct xctx *x);
/* Ends the field being built; when force is false only if it has content. */
void x_break(struct xctx *x, bool force);
/* Returns the separator used to join "$*" (first char of IFS, ' ' when unset, 0 when empty). */
char x_join_char(struct shell *sh);

/* Expands the parts of one word into x; quoted: inside double quotes; split_lit: unquoted
 * literal text is itself subject to splitting (the word of an unquoted ${v:-word}).
 * Returns 0 or -1 after an error was reported. */
int x_expand_parts(struct xctx *x, const struct word_part *p, bool quoted, bool split_lit);
/* Expands w in mode m (XM_STR or XM_PATTERN) to a NUL-terminated string in the command
 * arena.  NULL after an error. */
char *x_expand_to_string(struct shell *sh, const struct word *w, enum xmode m);
/* Expands a ${...} or $name part into x.  Returns 0 or -1 after an error. */
int x_expand_param(struct xctx *x, const struct param_exp *pe, bool quoted);

/* The value of a parameter: a scalar (possibly unset) or a list ($@, $*, "${a[@]}"). */
struct pval {
	bool is_list;
	bool star;          /* the list joins like "$*" when quoted */
	bool set;
	bool positional;    /* $@ / $*: ${@:0} starts at $0 */
	bool exists;        /* a list of a variable that exists (set -u accepts an empty one) */
	const char *sub;    /* ${a[sub]}: the expanded subscript */
	const char *target; /* ${!name}: the parameter name's value names */
	const char *s;      /* scalar value when set */
	char **list;        /* list elements */
	intmax_t *index;    /* the indices of an indexed array's elements (slices use them), or NULL */
	size_t n;
	char buf[32];       /* storage for numeric scalars */
};

/* expand_array.c: the value of name[...] (namerefs followed): all elements when all is '@'
 * or '*' (keys: their indices or keys instead, as ${!a[@]}), else the element whose
 * subscript is sub (expanded text). -1 after an error. */
int x_subscript_value(struct shell *sh, const char *name, char all, const char *sub, bool keys,
                      struct pval *v);
/* expand_array.c: ${!prefix*} / ${!prefix@}: the names of the set variables starting with
 * prefix, sorted. */
void x_names_value(struct shell *sh, const char *prefix, bool star, struct pval *v);
/* expand_array.c: the elements [*from, *from + *count) of list v that ${v:offset:length}
 * takes: by index for an indexed array (a negative offset counts back from the highest index
 * + 1), by position otherwise. -1 after an error. */
int x_slice_list(struct shell *sh, const struct param_exp *pe, const struct pval *v,
                 size_t *from, size_t *count);
/* Appends a list the way $@ / $* / "$@" / "$*" expand in the current mode. */
void x_put_list(struct xctx *x, char **list, size_t n, bool star, bool quoted);
/* Appends the result of an operation: list (v->n items) when v is a list, else list[0]. */
void x_put_result(struct xctx *x, const struct pval *v, char **list, bool quoted);

/* expand_transform.c: ${v^p} ${v^^p} ${v,p} ${v,,p} ${v~p} ${v~~p}, element-wise. */
int x_case_convert(struct xctx *x, const struct param_exp *pe, const struct pval *v, bool quoted);
/* expand_transform.c: ${v@Q} ${v@E} ${v@P} ${v@A} ${v@a} ${v@K} ${v@k} ${v@U} ${v@u} ${v@L}. */
int x_transform(struct xctx *x, const struct param_exp *pe, const struct pval *v, bool quoted);
/* Writes v in decimal to buf (at least X_INT_BUF bytes, NUL-terminated); returns the length. */
enum { X_INT_BUF = 24 };
size_t x_format_int(char *buf, intmax_t v);
/* Expands expr (NULL: empty) and evaluates it as $((...)) does into *v; -1 after an error
 * (status 1, an ordinary expansion error). */
int x_eval_arith(struct shell *sh, const struct word *expr, intmax_t *v);
/* Reports that n bytes could not be allocated for an expansion: an error fatal in a script,
 * which ends with status 2 (as bash); an interactive shell's command fails with status 1. */
void x_out_of_memory(struct shell *sh, size_t n);
/* Reports an expansion error: prints the message, sets sh->status and sh->expand_error. */
void x_error(struct shell *sh, int level, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Returns true for characters that fnmatch() and glob() treat specially (escaped when quoted). */
bool x_is_pattern_char(char c);
/* Pathname expansion of field f of x into out (the field itself when nothing matches, nothing
 * with nullglob); -1 after a message when nothing matches with failglob. */
struct strvec;
int x_glob_field(struct xctx *x, const struct xfield *f, struct strvec *out);
/* The pattern flags (pattern.h) of parameter expansion: extglob as shopt says; ignoring case
 * too for a replacement (${v/p/s}) under nocasematch. */
unsigned x_pattern_flags(const struct shell *sh, bool replace);
/* Returns the slice [*start, *start + *len) of value left after removing the shortest or
 * longest prefix (prefix) or suffix matching pattern (with pattern flags). */
void x_trim(const char *value, const char *pattern, unsigned flags, bool prefix, bool longest,
            size_t *start, size_t *len);
/* value with the match(es) of pattern replaced by string as op (a PARAM_REPLACE* form) says:
 * the first longest match, every one, one at the start, or one at the end (an empty pattern
 * matches there). A malloc'ed string, NULL when out of memory. */
char *x_replace(const char *value, const char *pattern, unsigned flags, const char *string,
                enum param_op op);

#endif

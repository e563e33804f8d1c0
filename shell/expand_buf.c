/* expand_buf.c - the expansion buffer: characters with a quoted flag, and IFS field splitting
 * applied while unquoted expansion results are appended (POSIX 2.6.5). */
#include "expand_priv.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "shell.h"
#include "vars.h"
#include "xalloc.h"

static const char default_ifs[] = " \t\n";

void xctx_init(struct xctx *x, struct shell *sh, enum xmode m)
{
	x->sh = sh;
	x->mode = m;
	x->s = x->s_inline;
	x->q = x->q_inline;
	x->len = 0;
	x->cap = XBUF_INLINE;
	x->fields = x->f_inline;
	x->nfields = 0;
	x->fcap = XFIELDS_INLINE;
	x->fstart = 0;
	x->fcontent = false;
	x->absorb = false;
	x->oom = false;
}

void xctx_free(struct xctx *x)
{
	if (x->s != x->s_inline) {
		free(x->s);
		free(x->q);
	}
	if (x->fields != x->f_inline)
		free(x->fields);
	x->s = x->s_inline;
	x->q = x->q_inline;
	x->fields = x->f_inline;
}

void x_out_of_memory(struct shell *sh, size_t n)
{
	x_error(sh, 2, "out of memory (cannot allocate %zu bytes)", n);
	if (!sh->opt.interactive)
		sh->status = STATUS_SYNTAX;  /* a script ends with status 2, as bash's xmalloc */
}

/* Flags x as out of memory for n bytes (reported once); the expansion then fails. */
static void no_memory(struct xctx *x, size_t n)
{
	if (!x->oom)
		x_out_of_memory(x->sh, n);
	x->oom = true;
}

/* Makes room for n more characters (plus a NUL); false (x->oom) when there is no memory: a
 * huge expansion fails its command instead of ending the shell. */
static bool reserve(struct xctx *x, size_t n)
{
	if (x->len + n + 1 <= x->cap)
		return true;
	if (x->oom)
		return false;
	size_t cap = x->cap;
	while (cap < x->len + n + 1 && cap <= SIZE_MAX / 4)
		cap *= 2;
	if (cap < x->len + n + 1) {
		no_memory(x, SIZE_MAX);
		return false;
	}
	if (x->s == x->s_inline) {
		char *s = malloc(cap);
		unsigned char *q = malloc(cap);
		if (!s || !q) {
			free(s);
			free(q);
			no_memory(x, cap);
			return false;
		}
		memcpy(s, x->s, x->len);
		memcpy(q, x->q, x->len);
		x->s = s;
		x->q = q;
	} else {
		char *s = realloc(x->s, cap);
		if (s)
			x->s = s;
		unsigned char *q = s ? realloc(x->q, cap) : NULL;
		if (!q) {
			no_memory(x, cap);
			return false;
		}
		x->q = q;
	}
	x->cap = cap;
	return true;
}

void x_put(struct xctx *x, const char *p, size_t n, bool quoted)
{
	x->absorb = false;
	if (n == 0 || !reserve(x, n))
		return;
	memcpy(x->s + x->len, p, n);
	memset(x->q + x->len, quoted ? 1 : 0, n);
	x->len += n;
}

void x_anchor(struct xctx *x)
{
	x->fcontent = true;
	x->absorb = false;
}

void x_break(struct xctx *x, bool force)
{
	x->absorb = false;
	if (x->mode != XM_FIELDS)
		return;
	if (!force && !x->fcontent && x->len == x->fstart)
		return;
	if (x->nfields == x->fcap) {
		size_t cap = x->fcap * 2;
		struct xfield *f = x->fields == x->f_inline ? malloc(cap * sizeof(*f)) :
		                   realloc(x->fields, cap * sizeof(*f));
		if (!f) {
			no_memory(x, cap * sizeof(*f));
			return;
		}
		if (x->fields == x->f_inline)
			memcpy(f, x->fields, x->nfields * sizeof(*f));
		x->fields = f;
		x->fcap = cap;
	}
	x->fields[x->nfields].start = x->fstart;
	x->fields[x->nfields].len = x->len - x->fstart;
	x->nfields++;
	x->fstart = x->len;
	x->fcontent = false;
}

static bool is_ifs_white(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

void x_put_exp(struct xctx *x, const char *p, size_t n, bool quoted)
{
	if (quoted || x->mode != XM_FIELDS) {
		if (quoted)
			x_anchor(x);
		x_put(x, p, n, quoted);
		return;
	}
	const char *ifs = shell_getvar(x->sh, "IFS");
	if (!ifs)
		ifs = default_ifs;
	if (!*ifs) {
		x_put(x, p, n, false);
		return;
	}
	if (!reserve(x, n))
		return;
	for (size_t i = 0; i < n; i++) {
		char c = p[i];
		if (c == '\0' || !strchr(ifs, c)) {
			x->s[x->len] = c;
			x->q[x->len] = 0;
			x->len++;
			x->absorb = false;
			continue;
		}
		if (is_ifs_white(c)) {
			if (x->fcontent || x->len > x->fstart) {
				x_break(x, true);
				x->absorb = true;
			}
		} else if (x->absorb) {
			x->absorb = false;
		} else {
			x_break(x, true);
		}
	}
}

char x_join_char(struct shell *sh)
{
	const char *ifs = shell_getvar(sh, "IFS");
	if (!ifs)
		return ' ';
	return ifs[0];
}

size_t x_format_int(char *buf, intmax_t v)
{
	char tmp[X_INT_BUF];
	uintmax_t u = v < 0 ? 0 - (uintmax_t)v : (uintmax_t)v;
	size_t n = 0;
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	size_t len = 0;
	if (v < 0)
		buf[len++] = '-';
	while (n)
		buf[len++] = tmp[--n];
	buf[len] = '\0';
	return len;
}

void x_error(struct shell *sh, int level, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	va_start(ap, fmt);
	vsnprintf(msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
	va_end(ap);
	sh_error(sh, "%s", msg);
	free(msg);
	sh->status = 1;
	if (sh->expand_error < level)
		sh->expand_error = level;
}

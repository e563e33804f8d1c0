/* expand_glob.c - pathname expansion with glob(3) and pattern matching with fnmatch(3)
 * (case patterns, ${v#p} and friends). */
#include <fnmatch.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "expand.h"
#include "expand_priv.h"
#include "shell.h"
#include "xalloc.h"

bool pattern_match(const char *pattern, const char *s)
{
	return fnmatch(pattern, s, 0) == 0;
}

bool x_is_pattern_char(char c)
{
	return c == '*' || c == '?' || c == '[' || c == ']' || c == '\\' || c == '!' || c == '^' ||
	       c == '-';
}

/* Returns true when the field has an unquoted * or ?, or an unquoted [ that a ] closes
 * (a lone [, as in the command `[`, is an ordinary character: no directory is read). */
static bool has_magic(const struct xctx *x, const struct xfield *f)
{
	size_t end = f->start + f->len;
	for (size_t i = f->start; i < end; i++) {
		char c = x->s[i];
		if (x->q[i])
			continue;
		if (c == '*' || c == '?')
			return true;
		if (c == '[') {
			size_t j = i + 1;
			if (j < end && (x->s[j] == '!' || x->s[j] == '^'))
				j++;
			if (j < end && x->s[j] == ']')
				j++;
			if (memchr(x->s + j, ']', end - j))
				return true;
		}
	}
	return false;
}

void x_glob_field(struct xctx *x, const struct xfield *f, struct strvec *out)
{
	struct arena *a = x->sh->cmd_arena;
	if (x->sh->opt.noglob || !has_magic(x, f)) {
		strvec_push(out, arena_strndup(a, x->s + f->start, f->len));
		return;
	}
	char *pat = xmalloc(f->len * 2 + 1);
	char *d = pat;
	for (size_t i = f->start; i < f->start + f->len; i++) {
		char c = x->s[i];
		if (x->q[i] && x_is_pattern_char(c))
			*d++ = '\\';
		*d++ = c;
	}
	*d = '\0';
	glob_t g;
	memset(&g, 0, sizeof(g));
	int rc = glob(pat, 0, NULL, &g);
	if (rc == 0 && g.gl_pathc > 0) {
		for (size_t i = 0; i < g.gl_pathc; i++)
			strvec_push(out, arena_strdup(a, g.gl_pathv[i]));
	} else {
		strvec_push(out, arena_strndup(a, x->s + f->start, f->len));
	}
	globfree(&g);
	free(pat);
}

/* Returns true when pattern has no fnmatch() special character (so it matches only itself). */
static bool is_plain(const char *p)
{
	return strpbrk(p, "*?[\\") == NULL;
}

static void trim_plain(const char *value, size_t vlen, const char *pattern, bool prefix,
                       size_t *start, size_t *len)
{
	size_t plen = strlen(pattern);
	*start = 0;
	*len = vlen;
	if (plen > vlen)
		return;
	if (prefix && memcmp(value, pattern, plen) == 0) {
		*start = plen;
		*len = vlen - plen;
	} else if (!prefix && memcmp(value + vlen - plen, pattern, plen) == 0) {
		*len = vlen - plen;
	}
}

/* Prefix matching needs the prefix NUL-terminated: works on a copy in buf. */
static void trim_prefix(char *buf, size_t vlen, const char *pattern, bool longest,
                        size_t *start, size_t *len)
{
	for (size_t k = 0; k <= vlen; k++) {
		size_t i = longest ? vlen - k : k;
		char saved = buf[i];
		buf[i] = '\0';
		int m = fnmatch(pattern, buf, 0);
		buf[i] = saved;
		if (m == 0) {
			*start = i;
			*len = vlen - i;
			return;
		}
	}
}

static void trim_suffix(const char *value, size_t vlen, const char *pattern, bool longest,
                        size_t *len)
{
	for (size_t k = 0; k <= vlen; k++) {
		size_t i = longest ? k : vlen - k;
		if (fnmatch(pattern, value + i, 0) == 0) {
			*len = i;
			return;
		}
	}
}

void x_trim(const char *value, const char *pattern, bool prefix, bool longest,
            size_t *start, size_t *len)
{
	size_t vlen = strlen(value);
	*start = 0;
	*len = vlen;
	if (is_plain(pattern)) {
		trim_plain(value, vlen, pattern, prefix, start, len);
		return;
	}
	if (!prefix) {
		trim_suffix(value, vlen, pattern, longest, len);
		return;
	}
	char stackbuf[256];
	char *buf = vlen < sizeof(stackbuf) ? stackbuf : xmalloc(vlen + 1);
	memcpy(buf, value, vlen + 1);
	trim_prefix(buf, vlen, pattern, longest, start, len);
	if (buf != stackbuf)
		free(buf);
}

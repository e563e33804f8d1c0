/* expand_glob.c - pathname expansion with glob(3) and pattern matching with fnmatch(3)
 * (case patterns, ${v#p} and friends, ${v/p/s}). */
#include <fnmatch.h>
#include <glob.h>
#include <stdio.h>
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

/* The number of bytes every match of pattern has, or -1 when that varies (a *, or a locale
 * where ? or [...] can match several bytes). A [ that no ] closes is an ordinary character,
 * as fnmatch has it. */
static long fixed_match_len(const char *pattern)
{
	if (MB_CUR_MAX != 1)
		return -1;
	long n = 0;
	for (const char *p = pattern; *p; p++, n++) {
		if (*p == '*')
			return -1;
		if (*p == '\\' && p[1]) {
			p++;
		} else if (*p == '[') {
			const char *q = p + 1;
			if (*q == '!' || *q == '^')
				q++;
			if (*q == ']')
				q++;
			while (*q && *q != ']') {
				if (*q == '[' && (q[1] == ':' || q[1] == '=' || q[1] == '.')) {
					const char *end = strstr(q + 2, (char[]){ q[1], ']', '\0' });
					if (!end)
						break;
					q = end + 2;
				} else {
					q++;
				}
			}
			if (*q == ']')
				p = q;
		}
	}
	return n;
}

/* A compiled ${v/p/s} pattern: the pattern, whether it is plain text, how long its matches
 * are (-1: varies), and the pattern followed by * (NULL when that cannot be made), which
 * tells at once whether any match starts at a place. */
struct matcher {
	const char *pattern;
	bool plain;
	long fixed;
	char *any;
};

static void matcher_init(struct matcher *m, const char *pattern)
{
	m->pattern = pattern;
	m->plain = is_plain(pattern);
	m->fixed = m->plain ? (long)strlen(pattern) : fixed_match_len(pattern);
	m->any = NULL;
	size_t len = strlen(pattern), slashes = 0;
	while (slashes < len && pattern[len - 1 - slashes] == '\\')
		slashes++;
	if (m->fixed < 0 && slashes % 2 == 0) {
		m->any = xmalloc(len + 2);
		memcpy(m->any, pattern, len);
		memcpy(m->any + len, "*", 2);
	}
}

/* The length of the longest prefix of s (n bytes, writable: a NUL is put in and taken out
 * again) that m matches, or -1; with whole, only all of s counts. */
static long longest_match(const struct matcher *m, char *s, size_t n, bool whole)
{
	if (m->fixed >= 0 && (size_t)m->fixed > n)
		return -1;
	if (!whole && m->any && fnmatch(m->any, s, 0) != 0)
		return -1;
	size_t lowest = 0;
	if (m->fixed >= 0) {
		lowest = (size_t)m->fixed;
		if (whole && lowest != n)
			return -1;
		n = lowest;
	}
	for (size_t k = n + 1; k-- > lowest;) {
		char saved = s[k];
		s[k] = '\0';
		int r = fnmatch(m->pattern, s, 0);
		s[k] = saved;
		if (r == 0)
			return (long)k;
		if (whole)
			break;
	}
	return -1;
}

/* Where a plain pattern (no special characters) occurs in s at or after from, or -1. */
static long find_plain(const char *s, size_t from, const char *pattern)
{
	const char *hit = strstr(s + from, pattern);
	return hit ? (long)(hit - s) : -1;
}

/* ${v/p/s} and ${v//p/s}: writes buf with its first (or every) match replaced to out. */
static void replace_matches(FILE *out, char *buf, size_t vlen, const struct matcher *mt,
                            const char *string, bool all)
{
	size_t i = 0;
	while (i < vlen || (i == 0 && vlen == 0)) {
		long m;
		if (mt->plain) {
			long at = find_plain(buf, i, mt->pattern);
			if (at < 0)
				break;
			fwrite(buf + i, 1, (size_t)at - i, out);
			i = (size_t)at;
			m = mt->fixed;
		} else {
			m = longest_match(mt, buf + i, vlen - i, false);
		}
		if (m < 0) {
			if (i == vlen)
				break;
			putc(buf[i++], out);
			continue;
		}
		fputs(string, out);
		if (m == 0 && i < vlen)
			putc(buf[i++], out);
		i += (size_t)m;
		if (!all || vlen == 0)
			break;
	}
	if (i < vlen)
		fwrite(buf + i, 1, vlen - i, out);
}

char *x_replace(const char *value, const char *pattern, const char *string, enum param_op op)
{
	size_t vlen = strlen(value);
	char *buf = xstrdup(value), *res = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&res, &size);
	if (!out) {
		free(buf);
		return NULL;
	}
	struct matcher mt;
	matcher_init(&mt, pattern);
	long m;
	switch (op) {
	case PARAM_REPLACE_PREFIX:
		m = longest_match(&mt, buf, vlen, false);
		if (m >= 0)
			fputs(string, out);
		fputs(buf + (m > 0 ? m : 0), out);
		break;
	case PARAM_REPLACE_SUFFIX:
		m = -1;
		for (size_t i = 0; i <= vlen && m < 0; i++) {
			m = longest_match(&mt, buf + i, vlen - i, true);
			if (m >= 0) {
				fwrite(buf, 1, i, out);
				fputs(string, out);
			}
		}
		if (m < 0)
			fputs(buf, out);
		break;
	case PARAM_REPLACE:
	case PARAM_REPLACE_ALL:
		if (*pattern)
			replace_matches(out, buf, vlen, &mt, string, op == PARAM_REPLACE_ALL);
		else
			fputs(buf, out);
		break;
	case PARAM_PLAIN:
	case PARAM_LENGTH:
	case PARAM_DEFAULT:
	case PARAM_ASSIGN:
	case PARAM_ERROR:
	case PARAM_ALTERNATE:
	case PARAM_TRIM_SUFFIX:
	case PARAM_TRIM_SUFFIX_MAX:
	case PARAM_TRIM_PREFIX:
	case PARAM_TRIM_PREFIX_MAX:
	case PARAM_SUBSTRING:
	case PARAM_UPPER_FIRST:
	case PARAM_UPPER_ALL:
	case PARAM_LOWER_FIRST:
	case PARAM_LOWER_ALL:
	case PARAM_TOGGLE_FIRST:
	case PARAM_TOGGLE_ALL:
	case PARAM_TRANSFORM:
	case PARAM_NAMES:
		fputs(buf, out);
		break;
	}
	free(buf);
	free(mt.any);
	if (fclose(out) != 0) {
		free(res);
		return NULL;
	}
	return res;
}

/* expand_match.c - the pattern operations of parameter expansion: ${v#p} ${v##p} ${v%p}
 * ${v%%p} (x_trim) and ${v/p/s} and its forms (x_replace), on the matcher of pattern.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expand.h"
#include "expand_priv.h"
#include "pattern.h"
#include "shell.h"
#include "xalloc.h"

bool pattern_match(const char *pattern, const char *s)
{
	return pattern_matches(pattern, s, 0);
}

unsigned x_pattern_flags(const struct shell *sh, bool replace)
{
	return (sh->shopt.extglob ? PAT_EXTGLOB : 0) |
	       (replace && sh->shopt.nocasematch ? PAT_NOCASE : 0);
}

/* A compiled pattern and what is known of its matches: its text when it matches only that
 * text, the length of every match when that is fixed (-1: varies). */
struct matcher {
	struct pattern *p;
	const char *text;
	size_t textlen;
	bool plain;
	long fixed;
};

static void matcher_init(struct matcher *m, const char *pattern, unsigned flags)
{
	m->p = pattern_compile(pattern, flags);
	m->plain = pattern_literal(m->p, &m->text, &m->textlen);
	m->fixed = m->plain ? (long)m->textlen : pattern_fixed_length(m->p);
}

/* The matcher of the last pattern used, kept with its text and flags: a loop expands the same
 * ${v#p} again and again (callgrind, 40,000 runs of ${v#*.}: compiling it each time was 13 M
 * instructions, 2.7% of the loop). */
static struct {
	char *text;
	unsigned flags;
	struct matcher m;
} last_matcher;

/* The matcher for pattern and flags: the kept one when they are the same, else a new one
 * that is kept instead. Never freed by the caller. */
static const struct matcher *matcher_for(const char *pattern, unsigned flags)
{
	if (last_matcher.text && last_matcher.flags == flags && strcmp(last_matcher.text, pattern) == 0)
		return &last_matcher.m;
	pattern_free(last_matcher.m.p);
	free(last_matcher.text);
	last_matcher.text = xstrdup(pattern);
	last_matcher.flags = flags;
	matcher_init(&last_matcher.m, pattern, flags);
	return &last_matcher.m;
}

/* The length of the longest prefix of s[0..n) that m matches, or -1; with whole, only all
 * of s counts. */
static long longest_match(const struct matcher *m, const char *s, size_t n, bool whole)
{
	if (m->fixed >= 0) {
		if ((size_t)m->fixed > n || (whole && (size_t)m->fixed != n))
			return -1;
		return pattern_match_all(m->p, s, (size_t)m->fixed) ? m->fixed : -1;
	}
	if (whole)
		return pattern_match_all(m->p, s, n) ? (long)n : -1;
	return pattern_prefix(m->p, s, n, true);
}

/* True when no suffix of value[0..vlen) can match: they all end with value's last byte and
 * the pattern's matches end with another (spares the loop below its O(n) tests, n of them:
 * ${x%%*b} on 400 kB without a b took over 20 s, now 0.1 s). */
static bool suffix_cannot_match(const struct matcher *m, const char *value, size_t vlen)
{
	unsigned char last;
	return vlen > 0 && pattern_last_byte(m->p, &last) && (unsigned char)value[vlen - 1] != last;
}

/* A malloc'd, NUL-terminated copy of value[0..vlen) back to front. */
static char *reversed_copy(const char *value, size_t vlen)
{
	char *rev = xmalloc(vlen + 1);
	for (size_t i = 0; i < vlen; i++)
		rev[i] = value[vlen - 1 - i];
	rev[vlen] = '\0';
	return rev;
}

/* The length of the shortest (or longest) suffix of value[0..vlen) that pattern matches, or
 * -1: the reversed pattern's prefix of the reversed value, one pass (trying each suffix in
 * turn made ${x%%*b*} on 100 kB take over 20 s). */
static long suffix_length(const char *pattern, unsigned flags, const char *value, size_t vlen,
                          bool longest)
{
	struct pattern *rp = pattern_compile(pattern, flags);
	pattern_reverse(rp);
	char *rev = reversed_copy(value, vlen);
	long cut = pattern_prefix(rp, rev, vlen, longest);
	free(rev);
	pattern_free(rp);
	return cut;
}

void x_trim(const char *value, const char *pattern, unsigned flags, bool prefix, bool longest,
            size_t *start, size_t *len)
{
	size_t vlen = strlen(value);
	*start = 0;
	*len = vlen;
	const struct matcher *m = matcher_for(pattern, flags);
	if (m->plain) {
		if (m->textlen <= vlen && prefix && memcmp(value, m->text, m->textlen) == 0) {
			*start = m->textlen;
			*len = vlen - m->textlen;
		} else if (m->textlen <= vlen && !prefix &&
		           memcmp(value + vlen - m->textlen, m->text, m->textlen) == 0) {
			*len = vlen - m->textlen;
		}
	} else if (prefix) {
		long cut = pattern_prefix(m->p, value, vlen, longest);
		if (cut >= 0) {
			*start = (size_t)cut;
			*len = vlen - (size_t)cut;
		}
	} else if (!suffix_cannot_match(m, value, vlen)) {
		long cut = suffix_length(pattern, flags, value, vlen, longest);
		if (cut >= 0)
			*len = vlen - (size_t)cut;
	}
}

/* Where a match of pattern may begin in value[0..vlen): starts[j] is 1 when one begins at j
 * (the ends of the reversed pattern in the reversed value, one pass); NULL when none does. */
static unsigned char *match_starts(const char *pattern, unsigned flags, const char *value,
                                   size_t vlen)
{
	struct pattern *rp = pattern_compile(pattern, flags);
	pattern_reverse(rp);
	char *rev = reversed_copy(value, vlen);
	unsigned char *ends = xcalloc(vlen + 1, 1);
	bool any = pattern_ends(rp, rev, vlen, ends);
	free(rev);
	pattern_free(rp);
	if (!any) {
		free(ends);
		return NULL;
	}
	for (size_t a = 0, b = vlen; a < b; a++, b--) {
		unsigned char t = ends[a];
		ends[a] = ends[b];
		ends[b] = t;
	}
	return ends;
}

/* ${v/p/s} and ${v//p/s}: writes value with its first (or every) match replaced to out;
 * starts (from match_starts) tells where a match may begin, NULL for a plain pattern. Only
 * the starts are tried (trying each position made ${v/@(10,000 words)/s} on 5 kB take 13 s,
 * now 0.3 s). */
static void replace_matches(FILE *out, const char *value, size_t vlen, const struct matcher *mt,
                            const unsigned char *starts, const char *string, bool all)
{
	size_t i = 0;
	while (i < vlen || (i == 0 && vlen == 0)) {
		long m;
		if (starts && !starts[i]) {
			size_t j = i + 1;
			while (j < vlen && !starts[j])
				j++;
			fwrite(value + i, 1, j - i, out);
			i = j;
			if (i == vlen)
				break;
		}
		if (mt->plain) {
			const char *hit = strstr(value + i, mt->text);
			if (!hit)
				break;
			fwrite(value + i, 1, (size_t)(hit - value) - i, out);
			i = (size_t)(hit - value);
			m = (long)mt->textlen;
		} else {
			m = longest_match(mt, value + i, vlen - i, false);
		}
		if (m < 0) {
			if (i == vlen)
				break;
			putc(value[i++], out);
			continue;
		}
		fputs(string, out);
		if (m == 0 && i < vlen)
			putc(value[i++], out);
		i += (size_t)m;
		if (!all || vlen == 0)
			break;
	}
	if (i < vlen)
		fwrite(value + i, 1, vlen - i, out);
}

char *x_replace(const char *value, const char *pattern, unsigned flags, const char *string,
                enum param_op op)
{
	size_t vlen = strlen(value);
	char *res = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&res, &size);
	if (!out)
		return NULL;
	if (vlen == 0 && *pattern != '*' &&
	    (op == PARAM_REPLACE || op == PARAM_REPLACE_ALL || (op == PARAM_REPLACE_PREFIX && *pattern))) {
		/* bash tries an empty value (the end of a value) only against a pattern that
		 * begins with a star (its match_pattern_char): with v empty, ${v/?(x)/s} and
		 * ${v/#!(x)/s} are empty, ${v/\*(x)/s} (the star unquoted) is s */
		fclose(out);
		return res;
	}
	const struct matcher *mt = matcher_for(pattern, flags);
	long m;
	switch (op) {
	case PARAM_REPLACE_PREFIX:
		m = longest_match(mt, value, vlen, false);
		if (m >= 0)
			fputs(string, out);
		fputs(value + (m > 0 ? m : 0), out);
		break;
	case PARAM_REPLACE_SUFFIX:
		m = mt->plain ? -1 : suffix_cannot_match(mt, value, vlen) ? -1
		    : suffix_length(pattern, flags, value, vlen, true);
		if (mt->plain && mt->textlen <= vlen &&
		    memcmp(value + vlen - mt->textlen, mt->text, mt->textlen) == 0)
			m = (long)mt->textlen;
		if (m >= 0) {
			fwrite(value, 1, vlen - (size_t)m, out);
			fputs(string, out);
		} else {
			fputs(value, out);
		}
		break;
	case PARAM_REPLACE:
	case PARAM_REPLACE_ALL:
		/* no match anywhere is found in one pass, not one attempt per position */
		if (*pattern && mt->plain) {
			replace_matches(out, value, vlen, mt, NULL, string, op == PARAM_REPLACE_ALL);
		} else {
			unsigned char *starts = *pattern ? match_starts(pattern, flags, value, vlen) : NULL;
			if (starts)
				replace_matches(out, value, vlen, mt, starts, string, op == PARAM_REPLACE_ALL);
			else
				fputs(value, out);
			free(starts);
		}
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
		fputs(value, out);
		break;
	}
	if (fclose(out) != 0) {
		free(res);
		return NULL;
	}
	return res;
}

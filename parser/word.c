/* word.c - small questions about words: plain literal?, literal text, quoted? */
#include "word.h"

#include <string.h>

#include "arena.h"

bool word_is_plain_literal(const struct word *w)
{
	for (const struct word_part *wp = w->parts; wp; wp = wp->next)
		if (wp->kind != WP_LITERAL || wp->u.lit.quoted)
			return false;
	return true;
}

/* Adds the literal length of a part list to *len; false when it holds an expansion. */
static bool literal_len(const struct word_part *wp, size_t *len)
{
	for (; wp; wp = wp->next) {
		switch (wp->kind) {
		case WP_LITERAL:
			*len += wp->u.lit.len;
			break;
		case WP_DQUOTED:
			if (!literal_len(wp->u.dq, len))
				return false;
			break;
		case WP_PARAM:
		case WP_CMDSUB:
		case WP_ARITH:
		case WP_PROCSUB_IN:
		case WP_PROCSUB_OUT:
		case WP_TILDE:
			return false;
		}
	}
	return true;
}

/* Copies the literal text of a part list (checked by literal_len) to out. */
static char *literal_copy(const struct word_part *wp, char *out)
{
	for (; wp; wp = wp->next) {
		if (wp->kind == WP_LITERAL) {
			memcpy(out, wp->u.lit.text, wp->u.lit.len);
			out += wp->u.lit.len;
		} else if (wp->kind == WP_DQUOTED) {
			out = literal_copy(wp->u.dq, out);
		}
	}
	return out;
}

char *word_literal_text(struct arena *a, const struct word *w)
{
	size_t len = 0;
	if (!literal_len(w->parts, &len))
		return NULL;
	char *s = arena_alloc(a, len + 1);
	*literal_copy(w->parts, s) = '\0';
	return s;
}

static bool parts_have_quotes(const struct word_part *wp)
{
	for (; wp; wp = wp->next) {
		switch (wp->kind) {
		case WP_LITERAL:
			if (wp->u.lit.quoted)
				return true;
			break;
		case WP_DQUOTED:
			return true;
		case WP_PARAM:
			if (wp->u.param.arg && parts_have_quotes(wp->u.param.arg->parts))
				return true;
			if (wp->u.param.arg2 && parts_have_quotes(wp->u.param.arg2->parts))
				return true;
			break;
		case WP_ARITH:
			if (wp->u.arith && parts_have_quotes(wp->u.arith->parts))
				return true;
			break;
		case WP_CMDSUB:
		case WP_PROCSUB_IN:
		case WP_PROCSUB_OUT:
		case WP_TILDE:
			break;
		}
	}
	return false;
}

bool word_has_quotes(const struct word *w)
{
	return parts_have_quotes(w->parts);
}

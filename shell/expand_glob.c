/* expand_glob.c - pathname expansion of the fields of a word (shell/glob.c walks the
 * directories), with nullglob and failglob. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "expand.h"
#include "error.h"
#include "expand_priv.h"
#include "glob.h"
#include "shell.h"
#include "xalloc.h"

bool x_is_pattern_char(char c)
{
	return c == '*' || c == '?' || c == '[' || c == ']' || c == '\\' || c == '!' || c == '^' ||
	       c == '-' || c == '(' || c == ')' || c == '|' || c == '@' || c == '+' ||
	       c == ':' || c == '=' ||  /* [[:name\:]] is no class */
	       c == '#' || c == '%';    /* ${v/"#"p/s} is not anchored */
}

/* Returns true when the field has an unquoted * or ?, an unquoted [ that a ] closes (a lone
 * [, as in the command `[`, is an ordinary character: no directory is read), or with extglob
 * an unquoted +( @( or !(. */
static bool has_magic(const struct xctx *x, const struct xfield *f, bool extglob)
{
	size_t end = f->start + f->len;
	for (size_t i = f->start; i < end; i++) {
		char c = x->s[i];
		if (x->q[i])
			continue;
		if (c == '*' || c == '?')
			return true;
		if (extglob && (c == '+' || c == '@' || c == '!') && i + 1 < end && x->s[i + 1] == '(' &&
		    !x->q[i + 1])
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

int x_glob_field(struct xctx *x, const struct xfield *f, struct strvec *out)
{
	struct shell *sh = x->sh;
	struct arena *a = sh->cmd_arena;
	if (sh->opt.noglob || !has_magic(x, f, sh->shopt.extglob)) {
		strvec_push(out, arena_strndup(a, x->s + f->start, f->len));
		return 0;
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
	unsigned flags = (sh->shopt.extglob ? GLOB_EXT : 0) | (sh->shopt.dotglob ? GLOB_DOTS : 0) |
	                 (sh->shopt.nocaseglob ? GLOB_ICASE : 0) | (sh->shopt.globstar ? GLOB_STAR : 0);
	int rc = 0;
	if (glob_paths(pat, flags, a, out) == 0 && !sh->shopt.nullglob) {
		if (sh->shopt.failglob) {
			/* an expansion error: the command is not run */
			x_error(sh, 1, "no match: %.*s", (int)f->len, x->s + f->start);
			rc = -1;
		} else {
			strvec_push(out, arena_strndup(a, x->s + f->start, f->len));
		}
	}
	free(pat);
	return rc;
}

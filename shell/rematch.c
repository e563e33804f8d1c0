/* rematch.c - BASH_REMATCH: the match and the groups of the last =~ of [[ ]]. */
#include "rematch.h"

#include <stdlib.h>
#include <string.h>

#include "shell.h"
#include "vars.h"
#include "xalloc.h"

void rematch_set(struct shell *sh, const char *s, const regmatch_t *m, size_t n)
{
	for (size_t i = 0; i < sh->nrematch; i++)
		free(sh->rematch[i]);
	free(sh->rematch);
	sh->rematch = NULL;
	sh->nrematch = 0;
	if (!s)
		return;
	if (n == 0) {
		vars_unset(sh->vars, "BASH_REMATCH");
		return;
	}
	sh->rematch = xcalloc(n, sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		if (m[i].rm_so < 0)
			sh->rematch[i] = xstrdup("");
		else
			sh->rematch[i] = xstrndup(s + m[i].rm_so, (size_t)(m[i].rm_eo - m[i].rm_so));
	}
	sh->nrematch = n;
	vars_set(sh->vars, "BASH_REMATCH", sh->rematch[0], 0);
}

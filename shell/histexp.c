/* histexp.c - history expansion of a line typed at the prompt, by GNU history's history_expand. */
#include "histexp.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <readline/history.h>

#include "error.h"
#include "histlist.h"
#include "shell.h"

/* The `!' characters the shell uses for itself are left alone, as bash does: [!...] in a pattern,
 * ${!name}, $!, and !( of an extended pattern. */
static int keep_bang(char *s, int i)
{
	if (i > 0 && s[i - 1] == '[' && strchr(s + i + 1, ']'))
		return 1;
	if (i > 1 && s[i - 1] == '{' && s[i - 2] == '$' && strchr(s + i + 1, '}'))
		return 1;
	if (i > 0 && s[i - 1] == '$')
		return 1;
	if (s[i + 1] == '(' && strchr(s + i + 2, ')'))
		return 1;
	return 0;
}

/* True when line has something history_expand could act on (it is slow-ish and allocates). */
static bool may_expand(const char *line)
{
	size_t skip = strspn(line, " \t");
	return strchr(line, history_expansion_char) || line[skip] == history_subst_char;
}

enum histexp_result histexp_line(struct shell *sh, const char *line, char **out)
{
	*out = NULL;
	if (!sh->opt.histexpand || !may_expand(line))
		return HISTEXP_SAME;
	history_quotes_inhibit_expansion = 1;
	history_search_delimiter_chars = ";&()|<>";
	history_inhibit_expansion_function = keep_bang;
	char *result = NULL;
	int r = history_expand((char *)line, &result);
	if (r == 0) {
		free(result);
		return HISTEXP_SAME;
	}
	if (r < 0) {
		sh_error(sh, "%s", result);  /* "!x: event not found" */
		free(result);
		return HISTEXP_DROP;
	}
	fflush(stdout);
	fprintf(stderr, "%s\n", result);
	fflush(stderr);
	if (r == 2) {
		/* :p prints only, but the printed line goes to the history (bash) */
		hist_add(sh, result, strlen(result));
		free(result);
		return HISTEXP_DROP;
	}
	*out = result;
	return HISTEXP_EXPANDED;
}

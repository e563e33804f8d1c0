/* compspec.c - bash's programmable completion: the specs of `complete` and the candidates they
 * make (for `compgen` and for Tab). */
#include "compspec.h"

#include <dirent.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../builtins/builtins.h"
#include "../parser/arena.h"
#include "../parser/parser.h"
#include "alias.h"
#include "array.h"
#include "error.h"
#include "exec_internal.h"
#include "expand.h"
#include "funcs.h"
#include "shell.h"
#include "vars.h"
#include "xalloc.h"

const char *const compspec_opt_names[8] = {
	"bashdefault", "default", "dirnames", "filenames", "noquote", "nosort", "nospace", "plusdirs",
};
const char compspec_action_letters[9] = "abcdefkv";

static const char *const keywords[] = {
	"!", "[[", "]]", "case", "do", "done", "elif", "else", "esac", "fi", "for", "function", "if",
	"in", "select", "then", "time", "until", "while", "{", "}",
};

void comp_list_add(struct comp_list *l, const char *s)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		l->v = xrealloc(l->v, l->cap * sizeof(*l->v));
	}
	l->v[l->n++] = xstrdup(s);
}

void comp_list_free(struct comp_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

/* Adds s when it starts with word. */
static void add_match(struct comp_list *l, const char *word, const char *s)
{
	if (!strncmp(s, word, strlen(word)))
		comp_list_add(l, s);
}

struct match_ctx {
	struct comp_list *l;
	const char *word;
	bool exported_only;
};

static void add_var(void *ctx, const char *name, const char *value, unsigned flags)
{
	(void)value;
	struct match_ctx *m = ctx;
	if (!m->exported_only || (flags & VAR_EXPORT))
		add_match(m->l, m->word, name);
}

static void add_alias(void *ctx, const char *name, const char *value)
{
	(void)value;
	struct match_ctx *m = ctx;
	add_match(m->l, m->word, name);
}

static void add_func(void *ctx, const struct func *f)
{
	struct match_ctx *m = ctx;
	add_match(m->l, m->word, f->name);
}

/* File names starting with word (dirs_only: directories), as word's directory part spells
 * them; a name starting with '.' only when word's last component does. */
static void add_files(struct comp_list *l, const char *word, bool dirs_only)
{
	const char *slash = strrchr(word, '/');
	const char *base = slash ? slash + 1 : word;
	size_t dirlen = slash ? (size_t)(slash - word) + 1 : 0;
	char *dir = dirlen ? xmalloc(dirlen + 1) : xstrdup(".");
	if (dirlen) {
		memcpy(dir, word, dirlen);
		dir[dirlen] = '\0';
	}
	DIR *d = opendir(dir);
	if (d) {
		for (struct dirent *e; (e = readdir(d));) {
			if ((e->d_name[0] == '.' && base[0] != '.') || strncmp(e->d_name, base, strlen(base)))
				continue;
			size_t n = dirlen + strlen(e->d_name) + 1;
			char *full = xmalloc(n);
			memcpy(full, word, dirlen);
			strcpy(full + dirlen, e->d_name);
			struct stat st;
			if (!dirs_only || (stat(full, &st) == 0 && S_ISDIR(st.st_mode)))
				comp_list_add(l, full);
			free(full);
		}
		closedir(d);
	}
	free(dir);
}

/* Executables on PATH starting with word. */
static void add_path_commands(struct shell *sh, struct comp_list *l, const char *word)
{
	const char *path = shell_getvar(sh, "PATH");
	char *copy = xstrdup(path ? path : "");
	for (char *save = NULL, *dir = strtok_r(copy, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		DIR *d = opendir(dir);
		if (!d)
			continue;
		for (struct dirent *e; (e = readdir(d));) {
			if (e->d_name[0] == '.' || strncmp(e->d_name, word, strlen(word)))
				continue;
			size_t n = strlen(dir) + strlen(e->d_name) + 2;
			char *full = xmalloc(n);
			snprintf(full, n, "%s/%s", dir, e->d_name);
			struct stat st;
			if (stat(full, &st) == 0 && S_ISREG(st.st_mode) && access(full, X_OK) == 0)
				comp_list_add(l, e->d_name);
			free(full);
		}
		closedir(d);
	}
	free(copy);
}

/* -W: the word list expanded (parameters, substitutions) and split on IFS; the words starting
 * with word are added. */
static void add_wordlist(struct shell *sh, struct comp_list *l, const char *list, const char *word)
{
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct parse_error err;
	struct word *w = parse_expandable_text(sh->cmd_arena, list, strlen(list), &err);
	char *text = w ? expand_heredoc(sh, w) : NULL;
	char *copy = xstrdup(text ? text : list);
	arena_reset(sh->cmd_arena, mark);
	const char *ifs = shell_getvar(sh, "IFS");
	if (!ifs)
		ifs = " \t\n";
	for (char *save = NULL, *t = strtok_r(copy, ifs, &save); t; t = strtok_r(NULL, ifs, &save))
		add_match(l, word, t);
	free(copy);
}

/* Sets COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT from cl (NULL: compgen, no line). */
static void set_comp_vars(struct shell *sh, const struct comp_line *cl)
{
	struct var *v = vars_lookup_or_add(sh->vars, "COMP_WORDS");
	var_clear_value(sh->vars, v);
	struct array *a = var_make_array(sh->vars, v);
	char num[24];
	if (cl) {
		for (int i = 0; i < cl->nwords; i++)
			array_set(a, i, cl->words[i]);
		snprintf(num, sizeof(num), "%d", cl->cword);
		vars_set(sh->vars, "COMP_CWORD", num, 0);
		vars_set(sh->vars, "COMP_LINE", cl->line, 0);
		snprintf(num, sizeof(num), "%d", cl->point);
		vars_set(sh->vars, "COMP_POINT", num, 0);
	} else {
		/* compgen -F: no line is being completed (bash: COMP_CWORD -1) */
		vars_set(sh->vars, "COMP_CWORD", "-1", 0);
		vars_set(sh->vars, "COMP_LINE", "", 0);
		vars_set(sh->vars, "COMP_POINT", "0", 0);
	}
}

/* -F: runs the function with the command name, the word and the word before it, then takes
 * COMPREPLY's elements. */
static int add_from_function(struct shell *sh, struct comp_list *l, const struct compspec *cs,
                             const char *word, const struct comp_line *cl)
{
	if (!cl)
		sh_error(sh, "compgen: warning: -F option may not work as you expect");
	const struct func *f = funcs_find(sh->funcs, cs->func);
	if (!f) {
		sh_error(sh, "completion: function `%s' not found", cs->func);
		return 1;
	}
	set_comp_vars(sh, cl);
	vars_unset(sh->vars, "COMPREPLY");
	const char *cmd = cl && cl->nwords > 0 ? cl->words[0] : cs->name ? cs->name : "compgen";
	const char *prev = cl && cl->cword > 0 ? cl->words[cl->cword - 1] : "";
	char *argv[] = { cs->func, (char *)cmd, (char *)word, (char *)prev, NULL };
	int saved_status = sh->status;
	call_function(sh, f->body, 4, argv);
	sh->status = saved_status;
	const char *elem = NULL;
	struct var *r = shell_find_var(sh, "COMPREPLY", &elem);
	const struct array *a = r ? var_array(r) : NULL;
	if (a) {
		size_t pos = 0;
		intmax_t index;
		const char *value;
		while (array_next(a, &pos, &index, &value))
			comp_list_add(l, value);
	} else if (r && var_scalar(r)) {
		comp_list_add(l, var_scalar(r));
	}
	return 0;
}

/* Drops the candidates matching cs->filter (or, for "!pattern", those not matching). */
static void apply_filter(const struct compspec *cs, struct comp_list *l, size_t from)
{
	if (!cs->filter)
		return;
	bool negate = cs->filter[0] == '!';
	const char *pat = cs->filter + negate;
	size_t out = from;
	for (size_t i = from; i < l->n; i++) {
		bool match = fnmatch(pat, l->v[i], 0) == 0;
		if (match != negate)
			free(l->v[i]);
		else
			l->v[out++] = l->v[i];
	}
	l->n = out;
}

int compspec_generate(struct shell *sh, const struct compspec *cs, const char *word,
                      const struct comp_line *cl, struct comp_list *out)
{
	size_t from = out->n;
	struct match_ctx m = { out, word, false };
	if (cs->actions & CA_ALIAS)
		alias_each(sh->aliases, add_alias, &m);
	if (cs->actions & CA_BUILTIN) {
		size_t n;
		const struct builtin *t = builtin_table(&n);
		for (size_t i = 0; i < n; i++)
			add_match(out, word, t[i].name);
	}
	if (cs->actions & CA_COMMAND) {
		alias_each(sh->aliases, add_alias, &m);
		for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++)
			add_match(out, word, keywords[i]);
		size_t n;
		const struct builtin *t = builtin_table(&n);
		for (size_t i = 0; i < n; i++)
			add_match(out, word, t[i].name);
		funcs_each_sorted(sh->funcs, add_func, &m);
		add_path_commands(sh, out, word);
	}
	if (cs->actions & CA_KEYWORD)
		for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++)
			add_match(out, word, keywords[i]);
	if (cs->actions & (CA_FILE | CA_DIR))
		add_files(out, word, !(cs->actions & CA_FILE));
	if (cs->actions & (CA_VAR | CA_EXPORT)) {
		m.exported_only = !(cs->actions & CA_VAR);
		vars_each_sorted(sh->vars, add_var, &m);
	}
	if (cs->wordlist)
		add_wordlist(sh, out, cs->wordlist, word);
	int status = 0;
	if (cs->func)
		status = add_from_function(sh, out, cs, word, cl);
	apply_filter(cs, out, from);
	if (cs->prefix || cs->suffix) {
		const char *p = cs->prefix ? cs->prefix : "", *s = cs->suffix ? cs->suffix : "";
		for (size_t i = from; i < out->n; i++) {
			size_t n = strlen(p) + strlen(out->v[i]) + strlen(s) + 1;
			char *t = xmalloc(n);
			snprintf(t, n, "%s%s%s", p, out->v[i], s);
			free(out->v[i]);
			out->v[i] = t;
		}
	}
	return status;
}

const struct compspec *compspec_find(const struct shell *sh, const char *name)
{
	const char *base = strrchr(name, '/');
	for (const struct compspec *cs = sh->compspecs; cs; cs = cs->next)
		if (!strcmp(cs->name, name))
			return cs;
	if (base && base[1])
		for (const struct compspec *cs = sh->compspecs; cs; cs = cs->next)
			if (!strcmp(cs->name, base + 1))
				return cs;
	return NULL;
}

void compspec_set(struct shell *sh, struct compspec *cs)
{
	compspec_remove(sh, cs->name);
	struct compspec **pp = &sh->compspecs;
	while (*pp && strcmp((*pp)->name, cs->name) < 0)
		pp = &(*pp)->next;
	cs->next = *pp;
	*pp = cs;
}

bool compspec_remove(struct shell *sh, const char *name)
{
	for (struct compspec **pp = &sh->compspecs; *pp; pp = &(*pp)->next)
		if (!strcmp((*pp)->name, name)) {
			struct compspec *cs = *pp;
			*pp = cs->next;
			compspec_free(cs);
			return true;
		}
	return false;
}

void compspec_clear(struct shell *sh)
{
	while (sh->compspecs) {
		struct compspec *cs = sh->compspecs;
		sh->compspecs = cs->next;
		compspec_free(cs);
	}
}

void compspec_free(struct compspec *cs)
{
	if (!cs)
		return;
	free(cs->name);
	free(cs->wordlist);
	free(cs->prefix);
	free(cs->suffix);
	free(cs->filter);
	free(cs->func);
	free(cs);
}

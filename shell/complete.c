/* complete.c - tab completion: commands in command position, $VARIABLES after $,
 * %jobs after %, file names elsewhere (readline's default). */
#include "complete.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <readline/readline.h>

#include "../builtins/builtins.h"
#include "../parser/arena.h"
#include "alias.h"
#include "compspec.h"
#include "funcs.h"
#include "jobs.h"
#include "shell.h"
#include "strvec.h"
#include "vars.h"
#include "xalloc.h"

/* readline's completion callbacks take no context: the shell they complete for. */
static struct shell *completing;

/* Candidates gathered for the current completion (malloc'd strings). */
struct candidates {
	char **v;
	size_t n, cap, next;
};
static struct candidates found;

static void add(const char *prefix, const char *s)
{
	if (strncmp(s, prefix, strlen(prefix)) != 0)
		return;
	for (size_t i = 0; i < found.n; i++)
		if (!strcmp(found.v[i], s))
			return;
	if (found.n == found.cap) {
		found.cap = found.cap ? found.cap * 2 : 64;
		found.v = xrealloc(found.v, found.cap * sizeof(char *));
	}
	found.v[found.n++] = xstrdup(s);
}

static void reset(void)
{
	for (size_t i = 0; i < found.n; i++)
		free(found.v[i]);
	found.n = found.next = 0;
}

static void add_func(void *ctx, const struct func *f)
{
	add(ctx, f->name);
}

static void add_alias(void *ctx, const char *name, const char *value)
{
	(void)value;
	add(ctx, name);
}

static void add_var(void *ctx, const char *name, const char *value, unsigned flags)
{
	(void)value, (void)flags;
	char buf[256];
	snprintf(buf, sizeof(buf), "$%s", name);
	add(ctx, buf);
}

/* Gathers builtins, functions, aliases and executables on PATH starting with text. */
static void gather_commands(const char *text)
{
	size_t n;
	const struct builtin *t = builtin_table(&n);
	for (size_t i = 0; i < n; i++)
		add(text, t[i].name);
	funcs_each_sorted(completing->funcs, add_func, (void *)text);
	alias_each(completing->aliases, add_alias, (void *)text);
	const char *path = shell_getvar(completing, "PATH");
	char *copy = xstrdup(path ? path : "");
	for (char *save = NULL, *dir = strtok_r(copy, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		DIR *d = opendir(dir);
		if (!d)
			continue;
		for (struct dirent *e; (e = readdir(d));) {
			if (e->d_name[0] == '.' || strncmp(e->d_name, text, strlen(text)) != 0)
				continue;
			char full[4096];
			snprintf(full, sizeof(full), "%s/%s", dir, e->d_name);
			if (access(full, X_OK) == 0)
				add(text, e->d_name);
		}
		closedir(d);
	}
	free(copy);
}

static void gather_jobs(const char *text)
{
	for (struct job *j = jobs_first(completing); j; j = j->next) {
		char buf[32];
		snprintf(buf, sizeof(buf), "%%%d", j->id);
		add(text, buf);
	}
}

/* The words of the command the cursor is in, split at blanks outside quotes (kept as typed),
 * and which of them holds the cursor (a new empty one after a blank). */
static void split_command_line(struct comp_line *cl, struct comp_list *words)
{
	int seg = 0;
	char q = '\0';
	for (int i = 0; i < rl_point; i++) {
		char c = rl_line_buffer[i];
		if (c == '\\' && q != '\'' && i + 1 < rl_point) {
			i++;
		} else if (q) {
			if (c == q)
				q = '\0';
		} else if (c == '\'' || c == '"') {
			q = c;
		} else if (strchr(";|&(\n", c)) {
			seg = i + 1;
		}
	}
	cl->cword = -1;
	int i = seg;
	for (;;) {
		while (i < rl_end && (rl_line_buffer[i] == ' ' || rl_line_buffer[i] == '\t'))
			i++;
		if (cl->cword < 0 && i > rl_point) {
			cl->cword = (int)words->n;  /* the cursor is on a blank: a new word */
			comp_list_add(words, "");
		}
		if (i >= rl_end)
			break;
		int start = i;
		q = '\0';
		while (i < rl_end) {
			char c = rl_line_buffer[i];
			if (!q && (c == ' ' || c == '\t' || strchr(";|&()\n", c)))
				break;
			if (c == '\\' && q != '\'' && i + 1 < rl_end)
				i++;
			else if (q && c == q)
				q = '\0';
			else if (!q && (c == '\'' || c == '"'))
				q = c;
			i++;
		}
		if (!q && i < rl_end && strchr(";|&()\n", rl_line_buffer[i]))
			i = rl_end;  /* the command ends there */
		char *w = xmalloc((size_t)(i - start) + 1);
		memcpy(w, rl_line_buffer + start, (size_t)(i - start));
		w[i - start] = '\0';
		if (cl->cword < 0 && rl_point >= start && rl_point <= i)
			cl->cword = (int)words->n;
		comp_list_add(words, w);
		free(w);
	}
	if (cl->cword < 0) {
		cl->cword = (int)words->n;
		comp_list_add(words, "");
	}
	cl->words = words->v;
	cl->nwords = (int)words->n;
	cl->line = rl_line_buffer;
	cl->point = rl_point;
}

/* Tab on an argument of a command that has a `complete` spec: its candidates into found.
 * Returns false when the command has none (readline then completes file names). */
static bool programmable(const char *text)
{
	struct comp_list words = { 0 };
	struct comp_line cl;
	split_command_line(&cl, &words);
	const struct compspec *cs = cl.cword > 0 ? compspec_find(completing, words.v[0]) : NULL;
	if (!cs) {
		comp_list_free(&words);
		return false;
	}
	struct comp_list l = { 0 };
	struct arena_mark mark = arena_mark(completing->cmd_arena);
	compspec_generate(completing, cs, text, &cl, &l);
	if (l.n == 0 && (cs->opts & CO_DIRNAMES)) {
		struct compspec dirs = { .actions = CA_DIR };
		compspec_generate(completing, &dirs, text, NULL, &l);
	}
	arena_reset(completing->cmd_arena, mark);
	comp_list_free(&words);
	if (cs->opts & CO_FILENAMES)
		rl_filename_completion_desired = 1;
	if (cs->opts & CO_NOSPACE)
		rl_completion_suppress_append = 1;
	if (cs->opts & CO_NOSORT)
		rl_sort_completion_matches = 0;
	if (l.n == 0 && (cs->opts & (CO_DEFAULT | CO_BASHDEFAULT))) {
		comp_list_free(&l);
		return false;
	}
	for (size_t i = 0; i < l.n; i++) {
		if (found.n == found.cap) {
			found.cap = found.cap ? found.cap * 2 : 64;
			found.v = xrealloc(found.v, found.cap * sizeof(char *));
		}
		found.v[found.n++] = l.v[i];
	}
	free(l.v);
	return true;
}

static char *next_candidate(const char *text, int state)
{
	(void)text;
	(void)state;
	return found.next < found.n ? xstrdup(found.v[found.next++]) : NULL;
}

/* True when the word starting at start is in command position. */
static bool command_position(int start)
{
	int i = start - 1;
	while (i >= 0 && (rl_line_buffer[i] == ' ' || rl_line_buffer[i] == '\t'))
		i--;
	if (i < 0)
		return true;
	if (strchr(";|&(`", rl_line_buffer[i]))
		return true;
	static const char *const keywords[] = { "then", "do", "else", "elif", "if", "while", "until", "!", "{" };
	for (size_t k = 0; k < sizeof(keywords) / sizeof(keywords[0]); k++) {
		int len = (int)strlen(keywords[k]);
		if (i + 1 >= len && !strncmp(rl_line_buffer + i + 1 - len, keywords[k], (size_t)len) &&
		    (i + 1 == len || rl_line_buffer[i - len] == ' ' || strchr(";|&(", rl_line_buffer[i - len])))
			return true;
	}
	return false;
}

static char **attempt(const char *text, int start, int end)
{
	(void)end;
	reset();
	rl_sort_completion_matches = 1;
	if (text[0] == '$') {
		vars_each_sorted(completing->vars, add_var, (void *)text);
	} else if (text[0] == '%') {
		gather_jobs(text);
	} else if (command_position(start) && !strchr(text, '/')) {
		gather_commands(text);
	} else if (!programmable(text)) {
		return NULL;  /* readline completes file names */
	}
	rl_attempted_completion_over = 1;
	return found.n ? rl_completion_matches(text, next_candidate) : NULL;
}

/* A completed file name, quoted as bash quotes it: with backslashes, or in the quotes the user
 * opened (readline adds the closing one for a single match). */
static char *quote_name(char *name, int match_type, char *quote_pointer)
{
	char q = quote_pointer ? *quote_pointer : '\0';
	if (!q && strchr(name, '\n'))
		q = '\'';  /* a newline survives only in single quotes */
	size_t n = strlen(name);
	char *out = xmalloc(4 * n + 3), *o = out;
	if (q == '\'') {
		*o++ = '\'';
		for (const char *s = name; *s; s++) {
			if (*s == '\'') {
				memcpy(o, "'\\''", 4);
				o += 4;
			} else {
				*o++ = *s;
			}
		}
		*o++ = '\'';
	} else if (q == '"') {
		*o++ = '"';
		for (const char *s = name; *s; s++) {
			if (strchr("$`\"\\", *s))
				*o++ = '\\';
			*o++ = *s;
		}
		*o++ = '"';
	} else {
		for (const char *s = name; *s; s++) {
			bool first = s == name;
			if (strchr(" \t\n'\"\\|&;()<>!{}*[?]^$`,", *s) || (*s == '~' && first) || (*s == '#' && first))
				*o++ = '\\';
			*o++ = *s;
		}
	}
	*o = '\0';
	if (match_type == MULT_MATCH && q && o > out)
		o[-1] = '\0';  /* several matches: the quote stays open for the next key */
	return out;
}

/* The text being completed with its quoting removed, so file names can be matched against it. */
static char *dequote_name(char *text, int quote_char)
{
	char *out = xmalloc(strlen(text) + 1), *o = out;
	char q = (char)quote_char;
	for (const char *s = text; *s; s++) {
		if (*s == '\\' && q != '\'' && s[1] && (q != '"' || strchr("$`\"\\", s[1]))) {
			*o++ = *++s;
			continue;
		}
		if (q && *s == q) {
			q = '\0';
			continue;
		}
		if (!q && (*s == '\'' || *s == '"')) {
			q = *s;
			continue;
		}
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

/* True when line[index] is quoted (after a backslash, or inside quotes), so that readline does not
 * break the word there: `unique\ o<Tab>` completes "unique o...". */
static int char_is_quoted(char *line, int index)
{
	char q = '\0';
	for (int i = 0; i < index && line[i]; i++) {
		if (line[i] == '\\' && q != '\'') {
			if (++i == index)
				return 1;
		} else if (q && line[i] == q) {
			q = '\0';
		} else if (!q && (line[i] == '\'' || line[i] == '"')) {
			q = line[i];
		}
	}
	return q != '\0';
}

void complete_init(struct shell *sh)
{
	completing = sh;
	rl_attempted_completion_function = attempt;
	rl_special_prefixes = "$%";
	rl_completer_word_break_characters = " \t\n\"'@><=;|&(:";  /* bash's: a backslash quotes, not breaks */
	rl_completer_quote_characters = "'\"";
	rl_filename_quote_characters = " \t\n\\\"'@<>=;|&()#$`?*[!:{~^},]";
	rl_filename_quoting_function = quote_name;
	rl_filename_dequoting_function = dequote_name;
	rl_char_is_quoted_p = char_is_quoted;
}

/* histlist.c - the interactive command history as bash keeps it (GNU history library). */
#include "histlist.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <readline/history.h>

#include "../parser/arena.h"
#include "../parser/parser.h"
#include "shell.h"
#include "vars.h"
#include "xalloc.h"

/* A numeric variable: its value, or fallback when unset, empty or not a number. */
static long number_var(struct shell *sh, const char *name, long fallback)
{
	const char *v = shell_getvar(sh, name);
	if (!v || !*v)
		return fallback;
	char *end;
	long n = strtol(v, &end, 10);
	return *end ? fallback : n;
}

/* HISTSIZE: the number of entries kept in memory (negative or unset: no limit). */
void hist_apply_size(struct shell *sh)
{
	long n = number_var(sh, "HISTSIZE", -1);
	if (n < 0)
		unstifle_history();
	else
		stifle_history((int)(n > 1000000000L ? 1000000000L : n));
}

/* The history was set up (hist_start): only then is HISTFILE ever written at exit. */
static bool started;
/* Entries saved since the start (or the last history -a or -c) and not yet in the file: at exit
 * they are appended, as bash does, so that shells sharing a file do not undo each other. */
static int lines_this_session;
/* Lines of the history file this shell has read or written (history -n reads past them). */
static int file_lines_known;

/* The number of lines in file (0 when it cannot be read). */
static int count_lines(const char *file)
{
	FILE *f = fopen(file, "r");
	int n = 0;
	for (int c; f && (c = getc(f)) != EOF;)
		n += c == '\n';
	if (f)
		fclose(f);
	return n;
}

void hist_start(struct shell *sh)
{
	started = true;
	using_history();
	const char *home = shell_getvar(sh, "HOME");
	if (!shell_getvar(sh, "HISTFILE") && home) {
		size_t n = strlen(home) + sizeof("/.minish_history");
		char *path = xmalloc(n);
		snprintf(path, n, "%s/.minish_history", home);
		shell_setvar(sh, "HISTFILE", path);
		free(path);
	}
	if (!shell_getvar(sh, "HISTSIZE"))
		shell_setvar(sh, "HISTSIZE", "500");
	if (!shell_getvar(sh, "HISTFILESIZE"))
		shell_setvar(sh, "HISTFILESIZE", shell_getvar(sh, "HISTSIZE"));
	const char *hf = shell_getvar(sh, "HISTFILE");
	if (hf && *hf) {
		read_history(hf);
		file_lines_known = count_lines(hf);
	}
	hist_apply_size(sh);
}

/* Prints the tree of text (no aliases) as source into a malloc'd string; NULL on a syntax error. */
static char *canonical(const char *text, size_t len)
{
	struct arena *a = arena_new();
	struct node *n = NULL;
	struct parse_error err;
	char *buf = NULL;
	size_t size = 0;
	if (parse_string(a, text, len, &n, &err) == PARSE_OK) {
		FILE *f = open_memstream(&buf, &size);
		if (f) {
			if (n)
				ast_print_source(f, n);
			fclose(f);
		}
	}
	arena_free(a);
	return buf;
}

/* True when the line ends with a token after which bash joins the next line with a space
 * instead of "; " (do, then, else, in, {, (, |, &, ;, &&, ||, ;;). */
static bool joins_with_space(const char *line, size_t len)
{
	while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t'))
		len--;
	if (len == 0)
		return true;
	if (strchr("{(|&;", line[len - 1]))
		return true;
	static const char *const words[] = { "do", "then", "else", "in" };
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		size_t w = strlen(words[i]);
		if (len >= w && !memcmp(line + len - w, words[i], w) &&
		    (len == w || strchr(" \t;&|(", line[len - w - 1])))
			return true;
	}
	return false;
}

/* The history entry for a command typed over several lines: bash's one-line form when that
 * parses to the same command, else the lines as they are. Returns a malloc'd string. */
static char *entry_text(const char *text, size_t len)
{
	while (len > 0 && text[len - 1] == '\n')
		len--;
	if (!memchr(text, '\n', len))
		return strndup(text, len);
	char *joined = NULL;
	size_t jlen = 0;
	FILE *f = open_memstream(&joined, &jlen);
	if (!f)
		return strndup(text, len);
	const char *line = text, *end = text + len;
	bool space = true;
	while (line < end) {
		const char *nl = memchr(line, '\n', (size_t)(end - line));
		size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
		if (n > 0 && strspn(line, " \t") < n) {
			if (line != text)
				fputs(space ? " " : "; ", f);
			fwrite(line, 1, n, f);
			space = joins_with_space(line, n);
		}
		line += n + 1;
	}
	fclose(f);
	char *want = canonical(text, len), *got = joined ? canonical(joined, jlen) : NULL;
	bool same = want && got && !strcmp(want, got);
	free(want);
	free(got);
	if (same)
		return joined;
	free(joined);
	return strndup(text, len);
}

/* HISTIGNORE: colon-separated patterns matched against the whole entry; `&` is the previous
 * entry; `\:` is a colon in a pattern. */
static bool ignored_by_pattern(struct shell *sh, const char *entry)
{
	const char *list = shell_getvar(sh, "HISTIGNORE");
	if (!list || !*list)
		return false;
	HIST_ENTRY *prev = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
	char *pat = xmalloc(strlen(list) + 1);
	bool hit = false;
	for (const char *p = list; !hit;) {
		size_t n = 0;
		while (*p && *p != ':') {
			if (*p == '\\' && p[1] == ':')
				p++;
			pat[n++] = *p++;
		}
		pat[n] = '\0';
		if (!strcmp(pat, "&"))
			hit = prev && !strcmp(prev->line, entry);
		else if (n > 0)
			hit = fnmatch(pat, entry, 0) == 0;
		if (!*p)
			break;
		p++;
	}
	free(pat);
	return hit;
}

/* HISTCONTROL contains word (ignorespace, ignoredups, erasedups; ignoreboth is the first two). */
static bool control_has(struct shell *sh, const char *word)
{
	const char *v = shell_getvar(sh, "HISTCONTROL");
	if (!v)
		return false;
	size_t w = strlen(word);
	bool both = !strcmp(word, "ignorespace") || !strcmp(word, "ignoredups");
	for (const char *p = v; *p;) {
		size_t n = strcspn(p, ":");
		if ((n == w && !strncmp(p, word, w)) || (both && n == 10 && !strncmp(p, "ignoreboth", 10)))
			return true;
		p += n + (p[n] == ':');
	}
	return false;
}

/* erasedups: removes every earlier entry equal to entry. */
static void erase_dups(const char *entry)
{
	for (int i = history_length - 1; i >= 0; i--) {
		HIST_ENTRY *h = history_get(history_base + i);
		if (h && !strcmp(h->line, entry))
			free_history_entry(remove_history(i));
	}
}

/* The last hist_add saved its command. */
static bool last_added;

bool hist_current_added(void)
{
	return last_added;
}

void hist_forget_current(void)
{
	last_added = false;
}

void hist_add(struct shell *sh, const char *text, size_t len)
{
	last_added = false;
	if (!sh->opt.history || strspn(text, " \t\n") >= len)
		return;
	if (text[0] == ' ' && control_has(sh, "ignorespace"))
		return;
	char *entry = entry_text(text, len);
	HIST_ENTRY *prev = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
	bool skip = ignored_by_pattern(sh, entry) ||
	            (prev && !strcmp(prev->line, entry) && control_has(sh, "ignoredups"));
	if (!skip) {
		if (control_has(sh, "erasedups"))
			erase_dups(entry);
		hist_apply_size(sh);
		add_history(entry);
		last_added = true;
		lines_this_session++;
	}
	free(entry);
}

void hist_drop_last(void)
{
	if (history_length > 0)
		free_history_entry(remove_history(history_length - 1));
	if (lines_this_session > 0)
		lines_this_session--;
}

void hist_delete(int index)
{
	HIST_ENTRY *h = remove_history(index);
	if (h)
		free_history_entry(h);
	if (index >= history_length - lines_this_session && lines_this_session > 0)
		lines_this_session--;
}

void hist_clear(void)
{
	clear_history();
	lines_this_session = 0;
}

int hist_next_number(void)
{
	return history_base + history_length;
}

void hist_save(struct shell *sh)
{
	const char *hf = shell_getvar(sh, "HISTFILE");
	if (!started || lines_this_session <= 0 || !hf || !*hf)
		return;
	hist_apply_size(sh);
	FILE *f = fopen(hf, "a");  /* created if missing */
	if (f)
		fclose(f);
	if (lines_this_session <= history_length)
		append_history(lines_this_session, hf);
	else
		write_history(hf);
	lines_this_session = 0;
	long max = number_var(sh, "HISTFILESIZE", -1);
	if (max >= 0)
		history_truncate_file(hf, (int)(max > 1000000000L ? 1000000000L : max));
}

int hist_append_new(const char *file)
{
	int n = lines_this_session < history_length ? lines_this_session : history_length;
	FILE *f = fopen(file, "a");  /* created if missing, as bash does */
	if (!f)
		return errno;
	fclose(f);
	int r = n > 0 ? append_history(n, file) : 0;
	if (r == 0) {
		lines_this_session = 0;
		file_lines_known += n;
	}
	return r;
}

int hist_read_new(const char *file)
{
	int r = read_history_range(file, file_lines_known, -1);
	if (r == 0)
		file_lines_known = count_lines(file);
	return r;
}

/* fc.c - the fc builtin (POSIX, as bash does it): list (-l), re-run (-s), or edit and re-run
 * commands from the history. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>

#include "../shell/error.h"
#include "../shell/eval.h"
#include "../shell/histlist.h"
#include "../shell/shell.h"
#include "../shell/vars.h"
#include "args.h"
#include "builtins.h"

enum { HIST_INVALID = -1, HIST_NOTFOUND = -2 };

struct fc_opts {
	bool list, numbers, reverse, rerun;
	const char *editor;  /* -e */
};

/* The list of entries seen by fc: the command running fc itself is not one of them. */
struct hview {
	int last;       /* index of the newest entry before the fc command (-1: none) */
	int real_last;  /* index of the newest entry */
};

static const char *line_at(int i)
{
	HIST_ENTRY *h = history_get(history_base + i);
	return h ? h->line : NULL;
}

/* Resolves a FIRST or LAST operand (bash's fc_gethnum): a number (history number, or relative
 * to the fc command when negative) or the newest command starting with a string. */
static int entry_index(const struct hview *v, const char *spec, bool listing, bool first)
{
	if (!spec)
		return v->last;
	int n;
	if (arg_to_int(spec, &n) == 0) {
		if (n < 0)
			return n + v->last + 1 < 0 ? 0 : n + v->last + 1;
		if (n == 0)
			return spec[0] == '-' ? (listing ? v->real_last : HIST_INVALID) : v->last;
		n -= history_base;
		if (n < 0 || n >= v->last)
			return first && (n < 0 || n > v->last) ? 0 : v->last;
		return n;
	}
	size_t len = strlen(spec);
	for (int j = v->last; j >= 0; j--) {
		const char *l = line_at(j);
		if (l && !strncmp(l, spec, len))
			return j;
	}
	return HIST_NOTFOUND;
}

/* Reports an entry_index failure; returns true when there was one. */
static bool bad_index(struct shell *sh, int i)
{
	if (i == HIST_INVALID)
		sh_error(sh, "fc: history specification out of range");
	else if (i == HIST_NOTFOUND)
		sh_error(sh, "fc: no command found");
	return i < 0;
}

/* Replaces every occurrence of pat in s by rep (fc -s old=new); returns a malloc'd string. */
static char *substitute_all(const char *s, const char *pat, const char *rep)
{
	size_t pl = strlen(pat), rl = strlen(rep);
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	if (!f)
		return strdup(s);
	for (const char *p = s; *p;) {
		const char *hit = pl ? strstr(p, pat) : NULL;
		if (!hit) {
			fputs(p, f);
			break;
		}
		fwrite(p, 1, (size_t)(hit - p), f);
		fwrite(rep, 1, rl, f);
		p = hit + pl;
	}
	fclose(f);
	return out;
}

/* Shows text on stderr, makes it the history entry in place of the fc command, runs it. */
static int run_commands(struct shell *sh, const char *text, bool replace_fc)
{
	fflush(stdout);
	fputs(text, stderr);
	if (!*text || text[strlen(text) - 1] != '\n')
		fputc('\n', stderr);
	fflush(stderr);
	if (replace_fc)
		hist_drop_last();
	hist_add(sh, text, strlen(text));
	hist_forget_current();
	return eval_string(sh, text, strlen(text), "fc");
}

/* fc -s [old=new ...] [command] */
static int rerun(struct shell *sh, const struct hview *v, int argc, char **argv)
{
	int i = 0;
	while (i < argc && strchr(argv[i], '='))
		i++;
	int at = entry_index(v, i < argc ? argv[i] : NULL, false, true);
	if (at < 0 || !line_at(at)) {
		sh_error(sh, "fc: no command found");
		return 1;
	}
	char *cmd = strdup(line_at(at));
	for (int k = 0; cmd && k < i; k++) {
		char *eq = strchr(argv[k], '=');
		*eq = '\0';
		char *next = substitute_all(cmd, argv[k], eq + 1);
		*eq = '=';
		free(cmd);
		cmd = next;
	}
	if (!cmd)
		return 1;
	int status = run_commands(sh, cmd, hist_current_added());
	free(cmd);
	return status;
}

/* Puts s in single quotes for the shell (for the editor command line). */
static void put_quoted(FILE *f, const char *s)
{
	fputc('\'', f);
	for (; *s; s++)
		if (*s == '\'')
			fputs("'\\''", f);
		else
			fputc(*s, f);
	fputc('\'', f);
}

/* Writes entries first..last (reversed) to a temporary file, runs the editor on it, then runs
 * what the file holds. */
static int edit_and_run(struct shell *sh, const struct fc_opts *o, int first, int last, bool reverse)
{
	const char *tmp = shell_getvar(sh, "TMPDIR");
	char path[4096];
	snprintf(path, sizeof(path), "%s/minish-fc.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		sh_perror(sh, "fc: %s: cannot open temp file", path);
		if (fd >= 0)
			close(fd);
		return 1;
	}
	for (int i = reverse ? last : first; reverse ? i >= first : i <= last; reverse ? i-- : i++)
		if (line_at(i))
			fprintf(f, "%s\n", line_at(i));
	fclose(f);
	char *cmd = NULL;
	size_t len = 0;
	FILE *c = open_memstream(&cmd, &len);
	int status = 1;
	if (c) {
		fputs(o->editor ? o->editor : "${FCEDIT:-${EDITOR:-vi}}", c);
		fputc(' ', c);
		put_quoted(c, path);
		fclose(c);
		status = eval_string(sh, cmd, len, "fc");
		free(cmd);
	}
	char *text = NULL;
	if (status == 0 && sh->unwind == UNWIND_NONE) {
		FILE *in = fopen(path, "r");
		size_t tlen = 0;
		FILE *out = open_memstream(&text, &tlen);
		for (int ch; in && out && (ch = getc(in)) != EOF;)
			putc(ch, out);
		if (in)
			fclose(in);
		if (out)
			fclose(out);
	}
	unlink(path);
	if (status != 0 || !text)
		status = status ? status : 1;
	else
		status = *text ? run_commands(sh, text, false) : 0;
	free(text);
	return status;
}

static int usage(struct shell *sh, const char *what)
{
	sh_error(sh, "fc: %s", what);
	fputs("fc: usage: fc [-e ename] [-lnr] [first] [last] or fc -s [pat=rep] [command]\n", stderr);
	return 2;
}

int bi_fc(struct shell *sh, int argc, char **argv)
{
	struct fc_opts o = { .numbers = true };
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		int dummy;
		if (arg_to_int(argv[i], &dummy) == 0)
			break;  /* -3: a history offset, not an option */
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		for (const char *p = argv[i] + 1; *p; p++) {
			if (*p == 'l')
				o.list = true;
			else if (*p == 'n')
				o.numbers = false;
			else if (*p == 'r')
				o.reverse = true;
			else if (*p == 's')
				o.rerun = true;
			else if (*p == 'e' && !p[1] && i + 1 < argc)
				o.editor = argv[++i];
			else if (*p == 'e')
				return usage(sh, "-e: option requires an argument");
			else {
				char bad[32];
				snprintf(bad, sizeof(bad), "-%c: invalid option", *p);
				return usage(sh, bad);
			}
		}
	}
	if (o.editor && !strcmp(o.editor, "-"))
		o.rerun = true;
	int n = history_length;
	struct hview v = { .real_last = n - 1, .last = n - 1 - (hist_current_added() ? 1 : 0) };
	if (o.rerun)
		return rerun(sh, &v, argc - i, argv + i);
	if (v.last < 0) {
		if (!o.list)
			sh_error(sh, "fc: no command found");
		return o.list ? 0 : 1;
	}
	int first, last;
	if (i < argc) {
		first = entry_index(&v, argv[i], o.list, true);
		if (i + 1 < argc)
			last = entry_index(&v, argv[i + 1], o.list, false);
		else
			last = first == v.real_last || !o.list ? first : v.last;
	} else {
		last = v.last;
		first = o.list ? (last - 15 < 0 ? 0 : last - 15) : last;
	}
	if (bad_index(sh, first) || bad_index(sh, last))
		return 1;
	bool reverse = o.reverse;
	if (last < first) {
		int t = first;
		first = last;
		last = t;
		reverse = true;
	}
	if (!o.list) {
		if (hist_current_added())
			hist_drop_last();  /* POSIX: the editing fc is not entered into the history */
		return edit_and_run(sh, &o, first, last, reverse);
	}
	for (int k = reverse ? last : first; reverse ? k >= first : k <= last; reverse ? k-- : k++) {
		if (!line_at(k))
			continue;
		if (o.numbers)
			printf("%d", k + history_base);
		printf("\t %s\n", line_at(k));
	}
	return 0;
}

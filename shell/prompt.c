/* prompt.c - PS1/PS2 with the bash escapes expanded. */
#include "prompt.h"

#include <pwd.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "../parser/arena.h"
#include "../parser/parser.h"
#include "error.h"
#include "expand.h"
#include "jobs.h"
#include "shell.h"
#include "vars.h"

/* Writes the result of a backslash escape so that the expansion pass takes it literally:
 * $, ` and \ get a backslash (a directory named `$(x)` is shown, never run). */
static void put_escaped(FILE *f, const char *text)
{
	for (; *text; text++) {
		if (*text == '$' || *text == '`' || *text == '\\')
			fputc('\\', f);
		fputc(*text, f);
	}
}

/* Expands parameters, command substitutions and arithmetic in decoded (as in an unquoted
 * here-document; quotes stay); $? is kept. Returns a malloc'd string; on a syntax error or a
 * failed expansion, says so and returns the decoded text as it is. */
static char *expand_prompt_text(struct shell *sh, const char *var, const char *decoded)
{
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct parse_error err;
	int status = sh->status;
	struct word *w = parse_expandable_text(sh->cmd_arena, decoded, strlen(decoded), &err);
	char *text = w ? expand_heredoc(sh, w) : NULL;
	char *result = strdup(text ? text : decoded);
	if (!w)
		sh_error(sh, "%s: %s", var, err.message);
	sh->status = status;
	arena_reset(sh->cmd_arena, mark);
	return result;
}

/* Writes the time now formatted by strftime fmt ("" is the locale's time, as bash's \D{}). */
static void put_time(FILE *f, const char *fmt)
{
	char buf[256];
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	/* The format is the user's (\D{fmt}): checked by strftime itself, not the compiler. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	size_t n = strftime(buf, sizeof(buf), *fmt ? fmt : "%X", &tm);
#pragma GCC diagnostic pop
	if (n > 0)
		put_escaped(f, buf);
}

/* \v is the version's first two numbers, \V all of it. */
static void put_version(FILE *f, bool full)
{
	const char *v = MINISH_VERSION;
	const char *second_dot = strchr(v, '.') ? strchr(strchr(v, '.') + 1, '.') : NULL;
	size_t n = full || !second_dot ? strlen(v) : (size_t)(second_dot - v);
	fwrite(v, 1, n, f);
}

/* Handles the escapes of bash's that have no fixed text (dates, times, names, octal bytes);
 * *pp is at the letter and is left at the last character used. Returns false for others. */
static bool put_more(struct shell *sh, FILE *f, const char **pp)
{
	const char *p = *pp;
	char fmt[128];
	const char *base;
	switch (*p) {
	case 'a':
		fputc('\a', f);
		return true;
	case 'e':
		fputc('\033', f);
		return true;
	case 'r':
		fputc('\r', f);
		return true;
	case 'd':
		put_time(f, "%a %b %d");
		return true;
	case 'A':
		put_time(f, "%H:%M");
		return true;
	case 'T':
		put_time(f, "%I:%M:%S");
		return true;
	case '@':
		put_time(f, "%I:%M %p");
		return true;
	case 'D':
		if (p[1] != '{' || !strchr(p + 2, '}'))
			return false;
		snprintf(fmt, sizeof(fmt), "%.*s", (int)(strchr(p + 2, '}') - (p + 2)), p + 2);
		put_time(f, fmt);
		*pp = strchr(p + 2, '}');
		return true;
	case 's':
		base = strrchr(sh->arg0, '/') ? strrchr(sh->arg0, '/') + 1 : sh->arg0;
		put_escaped(f, base);
		return true;
	case 'v':
	case 'V':
		put_version(f, *p == 'V');
		return true;
	case 'l':
		base = ttyname(STDIN_FILENO);
		put_escaped(f, base ? (strrchr(base, '/') ? strrchr(base, '/') + 1 : base) : "tty");
		return true;
	case '#':
		fprintf(f, "%lu", sh->commands_run + 1);
		return true;
	default:
		if (*p < '0' || *p > '7')
			return false;
		int c = 0, n = 0;
		for (; n < 3 && p[n] >= '0' && p[n] <= '7'; n++)
			c = c * 8 + (p[n] - '0');
		char byte[2] = { (char)c, '\0' };
		put_escaped(f, byte);
		*pp = p + n - 1;
		return true;
	}
}

static char *expand_format(struct shell *sh, const char *var, const char *fmt);

char *prompt_expand(struct shell *sh, const char *var)
{
	const char *fmt = shell_getvar(sh, var);
	if (!fmt)
		fmt = !strcmp(var, "PS1") ? (geteuid() == 0 ? "\\u@\\h:\\w# " : "\\u@\\h:\\w\\$ ") : "> ";
	return expand_format(sh, var, fmt);
}

char *prompt_expand_string(struct shell *sh, const char *fmt)
{
	return expand_format(sh, "${...@P}", fmt);
}

/* The prompt made from fmt (var names it in messages). */
static char *expand_format(struct shell *sh, const char *var, const char *fmt)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return strdup("$ ");
	for (const char *p = fmt; *p; p++) {
		if (*p != '\\' || !p[1]) {
			fputc(*p, f);
			continue;
		}
		char host[256] = "";
		char tbuf[32];
		const char *home, *pwd;
		struct passwd *pw;
		switch (*++p) {
		case 'u':
			pw = getpwuid(geteuid());
			put_escaped(f, pw ? pw->pw_name : "?");
			break;
		case 'h':
		case 'H':
			gethostname(host, sizeof(host) - 1);
			if (*p == 'h' && strchr(host, '.'))
				*strchr(host, '.') = '\0';
			put_escaped(f, host);
			break;
		case 'w':
		case 'W':
			pwd = shell_getvar(sh, "PWD");
			home = shell_getvar(sh, "HOME");
			if (!pwd)
				pwd = "?";
			if (*p == 'W' && strcmp(pwd, "/") && strrchr(pwd, '/'))
				pwd = strrchr(pwd, '/') + 1;
			if (*p == 'w' && home && *home && strcmp(home, "/") &&
			    !strncmp(pwd, home, strlen(home)) && (pwd[strlen(home)] == '/' || !pwd[strlen(home)])) {
				fputc('~', f);
				pwd += strlen(home);
			}
			put_escaped(f, pwd);
			break;
		case '$':
			put_escaped(f, geteuid() == 0 ? "#" : "$");
			break;
		case 'j': {
			int n = 0;
			for (struct job *j = jobs_first(sh); j; j = j->next)
				n++;
			fprintf(f, "%d", n);
			break;
		}
		case 't': {
			time_t now = time(NULL);
			struct tm tm;
			localtime_r(&now, &tm);
			strftime(tbuf, sizeof(tbuf), "%H:%M:%S", &tm);
			fputs(tbuf, f);
			break;
		}
		case '!':
			fprintf(f, "%d", history_base + history_length);
			break;
		case 'n':
			fputc('\n', f);
			break;
		case '[':
			fputc(RL_PROMPT_START_IGNORE, f);
			break;
		case ']':
			fputc(RL_PROMPT_END_IGNORE, f);
			break;
		case '\\':
			put_escaped(f, "\\");
			break;
		default:
			if (put_more(sh, f, &p))
				break;
			put_escaped(f, "\\");
			fputc(*p, f);
			break;
		}
	}
	fclose(f);
	char *expanded = expand_prompt_text(sh, var, buf);
	free(buf);
	return expanded;
}

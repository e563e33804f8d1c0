/* prompt.c - PS1/PS2 with the bash escapes expanded. */
#include "prompt.h"

#include <ctype.h>
#include <pwd.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "jobs.h"
#include "shell.h"
#include "vars.h"

/* Writes the value of the parameter at p ($NAME, ${NAME}, $?, $$) and returns the position
 * of its last character; a lone $ is written as is. */
static const char *put_parameter(struct shell *sh, FILE *f, const char *p)
{
	const char *start = p + 1;
	bool braced = *start == '{';
	if (braced)
		start++;
	if (*start == '?' || *start == '$') {
		const char *end = start + 1;
		if (braced && *end != '}') {
			fputc('$', f);
			return p;
		}
		fprintf(f, "%ld", *start == '?' ? (long)sh->status : (long)sh->shell_pid);
		return braced ? end : start;
	}
	const char *end = start;
	while (isalnum((unsigned char)*end) || *end == '_')
		end++;
	if (end == start || isdigit((unsigned char)*start) || (braced && *end != '}')) {
		fputc('$', f);
		return p;
	}
	char name[128];
	size_t len = (size_t)(end - start) < sizeof(name) - 1 ? (size_t)(end - start) : sizeof(name) - 1;
	memcpy(name, start, len);
	name[len] = '\0';
	const char *value = shell_getvar(sh, name);
	if (value)
		fputs(value, f);
	return braced ? end : end - 1;
}

char *prompt_expand(struct shell *sh, const char *var)
{
	const char *fmt = shell_getvar(sh, var);
	if (!fmt)
		fmt = !strcmp(var, "PS1") ? (geteuid() == 0 ? "\\u@\\h:\\w# " : "\\u@\\h:\\w\\$ ") : "> ";
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return strdup("$ ");
	for (const char *p = fmt; *p; p++) {
		if (*p == '$' && p[1]) {
			p = put_parameter(sh, f, p);
			continue;
		}
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
			fputs(pw ? pw->pw_name : "?", f);
			break;
		case 'h':
		case 'H':
			gethostname(host, sizeof(host) - 1);
			if (*p == 'h' && strchr(host, '.'))
				*strchr(host, '.') = '\0';
			fputs(host, f);
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
			fputs(pwd, f);
			break;
		case '$':
			fputc(geteuid() == 0 ? '#' : '$', f);
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
			fputc('\\', f);
			break;
		default:
			fputc('\\', f);
			fputc(*p, f);
			break;
		}
	}
	fclose(f);
	return buf;
}

/* dirs.c - pushd, popd, dirs: bash's directory stack (the current directory, then the saved
 * ones in sh->dirstack, most recent first; DIRSTACK shows the same list). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../shell/error.h"
#include "../shell/shell.h"
#include "../shell/vars.h"
#include "../shell/xalloc.h"
#include "builtins.h"

/* The number of entries: the current directory and the saved ones. */
static int stack_size(const struct shell *sh)
{
	return sh->ndirstack + 1;
}

/* Entry i of the whole stack (0: the current directory). */
static const char *stack_entry(struct shell *sh, int i)
{
	if (i > 0)
		return sh->dirstack[i - 1];
	const char *pwd = shell_getvar(sh, "PWD");
	return pwd ? pwd : ".";
}

/* Inserts dir (copied) as saved entry at (0: DIRSTACK[1]). */
static void saved_insert(struct shell *sh, int at, const char *dir)
{
	sh->dirstack = xrealloc(sh->dirstack, sizeof(*sh->dirstack) * (size_t)(sh->ndirstack + 1));
	memmove(sh->dirstack + at + 1, sh->dirstack + at, sizeof(*sh->dirstack) * (size_t)(sh->ndirstack - at));
	sh->dirstack[at] = xstrdup(dir);
	sh->ndirstack++;
}

/* Removes saved entry at (0: DIRSTACK[1]). */
static void saved_remove(struct shell *sh, int at)
{
	free(sh->dirstack[at]);
	memmove(sh->dirstack + at, sh->dirstack + at + 1, sizeof(*sh->dirstack) * (size_t)(sh->ndirstack - at - 1));
	sh->ndirstack--;
}

/* Prints dir with a leading $HOME shown as ~ (unless long_form). */
static void print_dir(struct shell *sh, const char *dir, bool long_form)
{
	const char *home = shell_getvar(sh, "HOME");
	size_t n = home ? strlen(home) : 0;
	if (!long_form && n > 0 && !strncmp(dir, home, n) && (dir[n] == '/' || dir[n] == '\0'))
		printf("~%s", dir + n);
	else
		fputs(dir, stdout);
}

enum dirs_style { DIRS_LINE, DIRS_PER_LINE, DIRS_NUMBERED };

static void print_stack(struct shell *sh, enum dirs_style style, bool long_form)
{
	for (int i = 0; i < stack_size(sh); i++) {
		switch (style) {
		case DIRS_LINE:
			if (i > 0)
				putchar(' ');
			break;
		case DIRS_PER_LINE:
			break;
		case DIRS_NUMBERED:
			printf("%2d  ", i);
			break;
		}
		print_dir(sh, stack_entry(sh, i), long_form);
		if (style != DIRS_LINE)
			putchar('\n');
	}
	if (style == DIRS_LINE)
		putchar('\n');
}

/* True when arg is +N or -N. */
static bool is_stack_index(const char *arg)
{
	if ((arg[0] != '+' && arg[0] != '-') || arg[1] < '0' || arg[1] > '9')
		return false;
	char *end;
	strtol(arg + 1, &end, 10);
	return !*end;
}

/* Reads +N or -N into the index of the whole stack; -1 when arg has another shape, -2 when
 * out of range (after a message naming who). */
static int stack_index(struct shell *sh, const char *who, const char *arg)
{
	if (!is_stack_index(arg))
		return -1;
	long n = strtol(arg + 1, NULL, 10);
	if (n >= stack_size(sh)) {
		sh_error(sh, "%s: %s: directory stack index out of range", who, arg + (arg[0] == '+'));
		return -2;
	}
	return arg[0] == '+' ? (int)n : stack_size(sh) - 1 - (int)n;
}

/* Changes to dir as cd does (PWD, OLDPWD); -1 after a message naming who. */
static int change_dir(struct shell *sh, const char *who, const char *dir)
{
	struct stat st;
	if (stat(dir, &st) < 0) {
		sh_perror(sh, "%s: %s", who, dir);
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		sh_perror(sh, "%s: %s", who, dir);
		return -1;
	}
	char *argv[] = { "cd", (char *)dir, NULL };
	return bi_cd(sh, 2, argv) == 0 ? 0 : -1;
}

int bi_dirs(struct shell *sh, int argc, char **argv)
{
	enum dirs_style style = DIRS_LINE;
	bool long_form = false;
	int pick = -1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int k = stack_index(sh, "dirs", a);
		if (k == -2)
			return 1;
		if (k >= 0) {
			pick = k;
			continue;
		}
		if (a[0] != '-' || !a[1] || strspn(a + 1, "clpv") != strlen(a + 1)) {
			sh_error(sh, "dirs: %s: invalid %s", a, a[0] == '-' ? "number" : "argument");
			fputs("dirs: usage: dirs [-clpv] [+N] [-N]\n", stderr);
			return 2;
		}
		for (const char *p = a + 1; *p; p++) {
			if (*p == 'c') {
				while (sh->ndirstack > 0)
					saved_remove(sh, sh->ndirstack - 1);
				return 0;
			}
			if (*p == 'l')
				long_form = true;
			else if (*p == 'p' && style != DIRS_NUMBERED)
				style = DIRS_PER_LINE;
			else if (*p == 'v')
				style = DIRS_NUMBERED;
		}
	}
	if (pick >= 0) {
		print_dir(sh, stack_entry(sh, pick), long_form);
		putchar('\n');
		return 0;
	}
	print_stack(sh, style, long_form);
	return 0;
}

/* pushd +N / -N: rotates the stack so that entry k is on top, and changes there. */
static int rotate_to(struct shell *sh, int k, bool no_cd)
{
	int n = stack_size(sh);
	char **all = xmalloc(sizeof(*all) * (size_t)n);
	for (int i = 0; i < n; i++)
		all[i] = xstrdup(stack_entry(sh, (k + i) % n));
	int status = 0;
	if (!no_cd && k != 0 && change_dir(sh, "pushd", all[0]) < 0)
		status = 1;
	if (status == 0)
		for (int i = 1; i < n; i++) {
			free(sh->dirstack[i - 1]);
			sh->dirstack[i - 1] = all[i];
			all[i] = NULL;
		}
	for (int i = 0; i < n; i++)
		free(all[i]);
	free(all);
	return status;
}

int bi_pushd(struct shell *sh, int argc, char **argv)
{
	bool no_cd = false;
	int i = 1;
	for (; i < argc && !strcmp(argv[i], "-n"); i++)
		no_cd = true;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (argc - i > 1) {
		sh_error(sh, "pushd: too many arguments");
		return 1;
	}
	if (i == argc) {
		if (sh->ndirstack == 0) {
			sh_error(sh, "pushd: no other directory");
			return 1;
		}
		/* the top two exchange places */
		char *old = xstrdup(stack_entry(sh, 0));
		if (!no_cd && change_dir(sh, "pushd", sh->dirstack[0]) < 0) {
			free(old);
			return 1;
		}
		free(sh->dirstack[0]);
		sh->dirstack[0] = old;
		print_stack(sh, DIRS_LINE, false);
		return 0;
	}
	const char *arg = argv[i];
	int k = stack_index(sh, "pushd", arg);
	if (k == -2)
		return 1;
	if (k >= 0) {
		if (rotate_to(sh, k, no_cd) != 0)
			return 1;
		print_stack(sh, DIRS_LINE, false);
		return 0;
	}
	if (arg[0] == '-' && arg[1]) {
		sh_error(sh, "pushd: %s: invalid option", arg);
		fputs("pushd: usage: pushd [-n] [+N | -N | dir]\n", stderr);
		return 2;
	}
	if (no_cd) {
		saved_insert(sh, 0, arg);
	} else {
		char *old = xstrdup(stack_entry(sh, 0));
		if (change_dir(sh, "pushd", arg) < 0) {
			free(old);
			return 1;
		}
		saved_insert(sh, 0, old);
		free(old);
	}
	print_stack(sh, DIRS_LINE, false);
	return 0;
}

int bi_popd(struct shell *sh, int argc, char **argv)
{
	bool no_cd = false;
	const char *which = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-n")) {
			no_cd = true;
		} else if (!strcmp(argv[i], "--") && i == 1) {
			continue;
		} else if (is_stack_index(argv[i])) {
			which = argv[i];
		} else {
			sh_error(sh, "popd: %s: invalid argument", argv[i]);
			fputs("popd: usage: popd [-n] [+N | -N]\n", stderr);
			return 2;
		}
	}
	if (sh->ndirstack == 0) {
		sh_error(sh, "popd: directory stack empty");
		return 1;
	}
	int k = which ? stack_index(sh, "popd", which) : 0;
	if (k < 0)
		return 1;
	if (k == 0) {
		/* the top goes: change to the next one (-n: just drop that next one) */
		if (!no_cd && change_dir(sh, "popd", sh->dirstack[0]) < 0)
			return 1;
	} else {
		k--;
	}
	saved_remove(sh, k);
	print_stack(sh, DIRS_LINE, false);
	return 0;
}

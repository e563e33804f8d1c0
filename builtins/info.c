/* info.c - command, type, hash, help: what a name is and where it lives. */
#include <fnmatch.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../parser/ast.h"
#include "../shell/alias.h"
#include "../shell/error.h"
#include "../shell/exec_internal.h"
#include "../shell/funcs.h"
#include "../shell/path.h"
#include "../shell/shell.h"
#include "../shell/vars.h"
#include "builtins.h"
#include "../shell/quote.h"

static const char *const reserved[] = {
	"!", "[[", "]]", "case", "do", "done", "elif", "else", "esac", "fi", "for", "function", "if",
	"in", "select", "then", "time", "until", "while", "{", "}",
};

static bool is_reserved(const char *name)
{
	for (size_t i = 0; i < sizeof(reserved) / sizeof(reserved[0]); i++)
		if (!strcmp(reserved[i], name))
			return true;
	return false;
}

/* How describe() reports what it finds. */
enum describe_mode {
	DESC_VERBOSE,     /* type, command -V: "ls is /usr/bin/ls" */
	DESC_SHORT,       /* command -v: the name, or the path, or an alias definition */
	DESC_KIND,        /* type -t: alias, keyword, function, builtin or file */
	DESC_PATH,        /* type -p: the path of a file, nothing for the others */
	DESC_FORCE_PATH,  /* type -P: the path found through PATH, whatever else the name is */
};

struct describe_ctx {
	const char *name;
	enum describe_mode mode;
};

/* Prints one found file path as mode says. */
static void describe_file(void *ctx, const char *path)
{
	const struct describe_ctx *d = ctx;
	switch (d->mode) {
	case DESC_VERBOSE:
		printf("%s is %s\n", d->name, path);
		break;
	case DESC_KIND:
		puts("file");
		break;
	case DESC_SHORT:
	case DESC_PATH:
	case DESC_FORCE_PATH:
		puts(path);
		break;
	}
}

/* Prints what kind of non-file name is (kind: "alias" ..., what: the verbose text). */
static void describe_other(const char *name, enum describe_mode mode, const char *kind, const char *what)
{
	switch (mode) {
	case DESC_VERBOSE:
		printf("%s is %s\n", name, what);
		break;
	case DESC_KIND:
		puts(kind);
		break;
	case DESC_SHORT:
		puts(name);
		break;
	case DESC_PATH:
	case DESC_FORCE_PATH:
		break;
	}
}

/* Describes name as mode says: its alias, keyword, function (unless no_func), builtin and file
 * meanings in that order, the first one only unless all.  Returns 0 if found. */
static int describe(struct shell *sh, const char *name, enum describe_mode mode, bool all, bool no_func)
{
	bool found = false, only_path = mode == DESC_FORCE_PATH;
	const char *alias = alias_get(sh->aliases, name);
	if (!only_path && alias) {
		if (mode == DESC_VERBOSE) {
			printf("%s is aliased to `%s'\n", name, alias);
		} else if (mode == DESC_SHORT) {
			printf("alias %s=", name);
			print_quoted(stdout, alias);
			putchar('\n');
		} else if (mode == DESC_KIND) {
			puts("alias");
		}
		if (!all)
			return 0;
		found = true;
	}
	if (!only_path && is_reserved(name)) {
		describe_other(name, mode, "keyword", "a shell keyword");
		if (!all)
			return 0;
		found = true;
	}
	const struct func *f = no_func ? NULL : funcs_find(sh->funcs, name);
	if (!only_path && f) {
		if (mode == DESC_VERBOSE) {
			printf("%s is a function\n%s () ", name, name);
			ast_print_source(stdout, f->body);
			putchar('\n');
		} else {
			describe_other(name, mode, "function", "a function");
		}
		if (!all)
			return 0;
		found = true;
	}
	const struct builtin *bi = builtin_find(name);
	if (!only_path && bi) {
		describe_other(name, mode, "builtin",
		               bi->flags & BI_SPECIAL ? "a special shell builtin" : "a shell builtin");
		if (!all)
			return 0;
		found = true;
	}
	struct describe_ctx d = { name, mode };
	if (all && !strchr(name, '/')) {
		const char *pathvar = shell_getvar(sh, "PATH");
		if (path_each_match(name, pathvar ? pathvar : "", describe_file, &d) > 0)
			found = true;
	} else {
		char *path = path_find(sh, name);
		struct stat st;
		if (path && (!strchr(name, '/') ||
		             (access(path, X_OK) == 0 && stat(path, &st) == 0 && !S_ISDIR(st.st_mode)))) {
			describe_file(&d, path);
			found = true;
		}
		free(path);
	}
	if (!found && mode == DESC_VERBOSE)
		sh_error(sh, "type: %s: not found", name);
	return found ? 0 : 1;
}

int bi_command(struct shell *sh, int argc, char **argv)
{
	bool v = false, V = false, use_default = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		for (const char *p = argv[i] + 1; *p; p++) {
			if (*p == 'v')
				v = true;
			else if (*p == 'V')
				V = true;
			else if (*p == 'p')
				use_default = true;
			else {
				sh_error(sh, "command: -%c: invalid option", *p);
				fputs("command: usage: command [-pVv] command [arg ...]\n", stderr);
				return 2;
			}
		}
	}
	if (i >= argc)
		return 0;
	if (v || V) {
		int status = 0;
		for (; i < argc; i++)
			if (describe(sh, argv[i], V ? DESC_VERBOSE : DESC_SHORT, false, false) != 0) {
				status = 1;
				if (V)
					continue;
			}
		return status;
	}
	if (!use_default)
		return run_argv(sh, argc - i, argv + i, true, NULL);
	/* -p: the default PATH, which finds all the standard utilities (POSIX confstr) */
	char default_path[256];
	size_t n = confstr(_CS_PATH, default_path, sizeof(default_path));
	if (n == 0 || n > sizeof(default_path))
		snprintf(default_path, sizeof(default_path), "/bin:/usr/bin");
	return run_argv(sh, argc - i, argv + i, true, default_path);
}

int bi_builtin(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i >= argc)
		return 0;
	const struct builtin *b = builtin_find(argv[i]);
	if (!b) {
		sh_error(sh, "builtin: %s: not a shell builtin", argv[i]);
		return 1;
	}
	return b->fn(sh, argc - i, argv + i);
}

int bi_type(struct shell *sh, int argc, char **argv)
{
	bool all = false, no_func = false, kind = false, path = false, force_path = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		for (const char *p = argv[i] + 1; *p; p++) {
			switch (*p) {
			case 'a': all = true; break;
			case 'f': no_func = true; break;
			case 't': kind = true; break;
			case 'p': path = true; break;
			case 'P': force_path = true; break;
			default:
				sh_error(sh, "type: -%c: invalid option", *p);
				fputs("type: usage: type [-afptP] name [name ...]\n", stderr);
				return 2;
			}
		}
	}
	/* bash: -P wins over -p, which wins over -t */
	enum describe_mode mode = force_path ? DESC_FORCE_PATH : path ? DESC_PATH : kind ? DESC_KIND
	                                                                           : DESC_VERBOSE;
	int status = 0;
	for (; i < argc; i++)
		if (describe(sh, argv[i], mode, all, no_func) != 0)
			status = 1;
	return status;
}

/* hash -l: one line per remembered location, as a command that remembers it again. */
static void print_hash_command(void *ctx, const char *name, const char *path)
{
	(void)ctx;
	printf("builtin hash -p %s %s\n", path, name);
}

static int hash_usage(struct shell *sh, const char *arg)
{
	sh_error(sh, "hash: %s: invalid option", arg);
	fputs("hash: usage: hash [-lr] [-p pathname] [-dt] [name ...]\n", stderr);
	return 2;
}

/* hash -d and -t on one name; returns 0, or 1 after a message when it is not remembered. */
static int hash_lookup(struct shell *sh, const char *name, bool forget, bool list, bool tabbed)
{
	const char *path = path_remembered(sh, name);
	if (!path) {
		sh_error(sh, "hash: %s: not found", name);
		return 1;
	}
	if (forget)
		path_forget(sh, name);
	else if (list)
		print_hash_command(NULL, name, path);
	else if (tabbed)
		printf("%s\t%s\n", name, path);
	else
		puts(path);
	return 0;
}

int bi_hash(struct shell *sh, int argc, char **argv)
{
	bool list = false, forget = false, show = false;
	const char *set_path = NULL;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		for (const char *p = argv[i] + 1; *p; p++) {
			if (*p == 'r') {
				path_forget_all(sh);
			} else if (*p == 'l') {
				list = true;
			} else if (*p == 'd') {
				forget = true;
			} else if (*p == 't') {
				show = true;
			} else if (*p == 'p' && !p[1] && i + 1 < argc) {
				set_path = argv[++i];
				break;
			} else if (*p == 'p') {
				sh_error(sh, "hash: -p: option requires an argument");
				return 2;
			} else {
				return hash_usage(sh, argv[i]);
			}
		}
	}
	if (i >= argc) {
		if (set_path || show) {
			sh_error(sh, "hash: %s: option requires an argument", show ? "-t" : "-p");
			return 1;
		}
		if (list)
			path_each_remembered(sh, print_hash_command, NULL);
		else if (!forget)
			path_print(sh);
		return 0;
	}
	int status = 0;
	bool tabbed = argc - i > 1;
	for (; i < argc; i++) {
		const char *name = argv[i];
		if (set_path)
			path_set(sh, name, set_path);
		else if (forget || show)
			status |= hash_lookup(sh, name, forget, list, tabbed);
		else if (builtin_find(name) || funcs_find(sh->funcs, name))
			continue;
		else if (!path_remember(sh, name)) {
			sh_error(sh, "hash: %s: not found", name);
			status = 1;
		}
	}
	return status;
}

int bi_help(struct shell *sh, int argc, char **argv)
{
	size_t n;
	const struct builtin *t = builtin_table(&n);
	int i = 1;
	if (i < argc && !strcmp(argv[i], "-s"))
		i++;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i < argc) {
		int status = 0;
		for (; i < argc; i++) {
			bool found = false;
			for (size_t k = 0; k < n; k++)
				if (fnmatch(argv[i], t[k].name, 0) == 0) {
					printf("%s\n", t[k].usage);
					found = true;
				}
			if (!found) {
				sh_error(sh, "help: no help topics match `%s'", argv[i]);
				status = 1;
			}
		}
		return status;
	}
	printf("minish %s builtins (special builtins marked *):\n", MINISH_VERSION);
	for (size_t k = 0; k < n; k++)
		printf("%c %s\n", t[k].flags & BI_SPECIAL ? '*' : ' ', t[k].usage);
	return 0;
}

int bi_enable(struct shell *sh, int argc, char **argv)
{
	bool disable = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		for (const char *p = argv[i] + 1; *p; p++) {
			if (*p == 'n') {
				disable = true;
			} else if (*p != 'a' && *p != 'p' && *p != 's') {
				sh_error(sh, "enable: -%c: invalid option", *p);
				fputs("enable: usage: enable [-a] [-nps] [name ...]\n", stderr);
				return 2;
			}
		}
	}
	if (i >= argc) {
		/* every builtin is enabled, so -n lists none */
		size_t n;
		const struct builtin *t = builtin_table(&n);
		for (size_t k = 0; !disable && k < n; k++)
			printf("enable %s\n", t[k].name);
		return 0;
	}
	int status = 0;
	for (; i < argc; i++) {
		if (!builtin_find(argv[i])) {
			sh_error(sh, "enable: %s: not a shell builtin", argv[i]);
			status = 1;
		} else if (disable) {
			sh_error(sh, "enable: -n %s: builtins cannot be disabled in minish (a function or `command' can stand in)",
			         argv[i]);
			status = 1;
		}
	}
	return status;
}

int bi_suspend(struct shell *sh, int argc, char **argv)
{
	bool force = argc > 1 && !strcmp(argv[1], "-f");
	if (argc > 1 + force) {
		sh_error(sh, "suspend: %s: invalid option", argv[1]);
		fputs("suspend: usage: suspend [-f]\n", stderr);
		return 2;
	}
	if (!sh->job_control && !force) {
		sh_error(sh, "suspend: cannot suspend: no job control");
		return 1;
	}
	if (sh->login_shell && !force) {
		sh_error(sh, "suspend: cannot suspend a login shell");
		return 1;
	}
	fflush(stdout);
	kill(getpid(), SIGSTOP);  /* SIGSTOP: the shell ignores SIGTSTP itself */
	return 0;
}

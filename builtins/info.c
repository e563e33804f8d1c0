/* info.c - command, type, hash, help: what a name is and where it lives. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
	"in", "then", "time", "until", "while", "{", "}",
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
		if (path && (!strchr(name, '/') || access(path, X_OK) == 0)) {
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

int bi_hash(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	if (i < argc && !strcmp(argv[i], "-r")) {
		path_forget_all(sh);
		i++;
	}
	if (argc == 1) {
		path_print(sh);
		return 0;
	}
	int status = 0;
	for (; i < argc; i++) {
		if (argv[i][0] == '-') {
			sh_error(sh, "hash: %s: invalid option", argv[i]);
			fputs("hash: usage: hash [-r] [name ...]\n", stderr);
			return 2;
		}
		if (builtin_find(argv[i]) || funcs_find(sh->funcs, argv[i]))
			continue;
		if (!path_remember(sh, argv[i])) {
			sh_error(sh, "hash: %s: not found", argv[i]);
			status = 1;
		}
	}
	return status;
}

int bi_help(struct shell *sh, int argc, char **argv)
{
	size_t n;
	const struct builtin *t = builtin_table(&n);
	if (argc > 1) {
		int status = 0;
		for (int i = 1; i < argc; i++) {
			const struct builtin *b = builtin_find(argv[i]);
			if (b)
				printf("%s\n", b->usage);
			else {
				sh_error(sh, "help: no help topics match `%s'", argv[i]);
				status = 1;
			}
		}
		return status;
	}
	printf("minish %s builtins (special builtins marked *):\n", MINISH_VERSION);
	for (size_t i = 0; i < n; i++)
		printf("%c %s\n", t[i].flags & BI_SPECIAL ? '*' : ' ', t[i].usage);
	return 0;
}

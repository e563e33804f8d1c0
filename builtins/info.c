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
#include "builtins.h"
#include "../shell/quote.h"

static const char *const reserved[] = {
	"!", "case", "do", "done", "elif", "else", "esac", "fi", "for", "function", "if", "in",
	"then", "until", "while", "{", "}",
};

static bool is_reserved(const char *name)
{
	for (size_t i = 0; i < sizeof(reserved) / sizeof(reserved[0]); i++)
		if (!strcmp(reserved[i], name))
			return true;
	return false;
}

/* Describes name: verbose like `type`, else like `command -v`.  Returns 0 if found. */
static int describe(struct shell *sh, const char *name, bool verbose, bool path_only)
{
	const char *alias = alias_get(sh->aliases, name);
	if (!path_only && alias) {
		if (verbose)
			printf("%s is aliased to `%s'\n", name, alias);
		else {
			printf("alias %s=", name);
			print_quoted(stdout, alias);
			putchar('\n');
		}
		return 0;
	}
	if (!path_only && is_reserved(name)) {
		printf(verbose ? "%s is a shell keyword\n" : "%s\n", name);
		return 0;
	}
	const struct func *f = funcs_find(sh->funcs, name);
	if (!path_only && f) {
		if (verbose) {
			printf("%s is a function\n%s () ", name, name);
			ast_print_source(stdout, f->body);
			putchar('\n');
		} else {
			printf("%s\n", name);
		}
		return 0;
	}
	const struct builtin *bi = builtin_find(name);
	if (!path_only && bi) {
		if (verbose)
			printf("%s is a %sshell builtin\n", name, bi->flags & BI_SPECIAL ? "special " : "");
		else
			printf("%s\n", name);
		return 0;
	}
	char *path = path_find(sh, name);
	if (path && (!strchr(name, '/') || access(path, X_OK) == 0)) {
		if (verbose)
			printf("%s is %s\n", name, path);
		else
			printf("%s\n", path);
		free(path);
		return 0;
	}
	free(path);
	if (verbose)
		sh_error(sh, "%s: %s: not found", path_only ? "type" : "type", name);
	return 1;
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
			if (describe(sh, argv[i], V, false) != 0) {
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

int bi_type(struct shell *sh, int argc, char **argv)
{
	int status = 0;
	bool path_only = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (!strcmp(argv[i], "-P")) {
			path_only = true;
			continue;
		}
		sh_error(sh, "type: %s: invalid option", argv[i]);
		fputs("type: usage: type [-P] name [name ...]\n", stderr);
		return 2;
	}
	for (; i < argc; i++)
		if (describe(sh, argv[i], !path_only, path_only) != 0)
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

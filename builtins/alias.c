/* alias.c - alias and unalias. */
#include <stdio.h>
#include <string.h>

#include "../shell/alias.h"
#include "../shell/error.h"
#include "../shell/shell.h"
#include "builtins.h"
#include "../shell/quote.h"

/* Prints name='value' as POSIX (and dash) list aliases. */
static void print_alias(void *ctx, const char *name, const char *value)
{
	(void)ctx;
	printf("%s=", name);
	print_quoted(stdout, value);
	putchar('\n');
}

int bi_alias(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	if (i < argc && !strcmp(argv[i], "-p"))
		i++;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;  /* the end of the options (POSIX utility syntax; bash) */
	if (i >= argc) {
		alias_each(sh->aliases, print_alias, NULL);
		return 0;
	}
	int status = 0;
	for (; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		if (eq && eq != argv[i]) {
			*eq = '\0';
			alias_set(sh->aliases, argv[i], eq + 1);
			*eq = '=';
			continue;
		}
		const char *v = alias_get(sh->aliases, argv[i]);
		if (v) {
			print_alias(NULL, argv[i], v);
		} else {
			sh_error(sh, "alias: %s: not found", argv[i]);
			status = 1;
		}
	}
	return status;
}

int bi_unalias(struct shell *sh, int argc, char **argv)
{
	int first = argc > 1 && !strcmp(argv[1], "--") ? 2 : 1;  /* -- ends the options (bash) */
	if (argc <= first) {
		fputs("unalias: usage: unalias [-a] name [name ...]\n", stderr);
		return 2;
	}
	if (first == 1 && !strcmp(argv[1], "-a")) {
		alias_clear(sh->aliases);
		return 0;
	}
	int status = 0;
	for (int i = first; i < argc; i++)
		if (alias_unset(sh->aliases, argv[i]) < 0) {
			sh_error(sh, "unalias: %s: not found", argv[i]);
			status = 1;
		}
	return status;
}

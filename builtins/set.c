/* set.c - the set builtin: options, -o listing, positional parameters, variable listing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../shell/error.h"
#include "../shell/options.h"
#include "../shell/shell.h"
#include "../shell/vars.h"
#include "builtins.h"
#include "../shell/quote.h"

static void print_var(void *ctx, const char *name, const char *value, unsigned flags)
{
	(void)ctx, (void)flags;
	if (!value)
		return;
	printf("%s=", name);
	print_quoted_line(stdout, value);
	putchar('\n');
}

int bi_set(struct shell *sh, int argc, char **argv)
{
	if (argc == 1) {
		vars_each_sorted(sh->vars, print_var, NULL);
		return 0;
	}
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			i++;
			goto positional;
		}
		if (!strcmp(a, "-")) {
			sh->opt.xtrace = sh->opt.verbose = false;
			i++;
			break;
		}
		if (!strcmp(a, "+"))
			continue;  /* a lone + is an empty option group (dash, bash) */
		if ((a[0] != '-' && a[0] != '+') || !a[1])
			break;
		bool on = a[0] == '-';
		for (const char *p = a + 1; *p; p++) {
			if (*p == 'o') {
				if (i + 1 >= argc) {
					options_print(sh, !on);
					continue;
				}
				if (options_set_long(sh, argv[++i], on) < 0)
					return 2;
			} else if (options_set_letter(sh, *p, on) < 0) {
				sh_error(sh, "set: %c%c: invalid option", a[0], *p);
				fputs("set: usage: set [-abefhmnuvxC] [-o option-name] [--] [arg ...]\n", stderr);
				return 2;
			}
		}
	}
	if (i >= argc)
		return 0;
positional:
	shell_set_positional(sh, argc - i, argv + i);
	/* New parameters start a new getopts scan, as in dash (bash keeps OPTIND). */
	shell_setvar(sh, "OPTIND", "1");
	free(sh->getopts_arg);
	sh->getopts_arg = NULL;
	return 0;
}

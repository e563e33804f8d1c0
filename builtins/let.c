/* let.c - the let builtin (bash): evaluates each argument as an arithmetic expression. */
#include <stdint.h>

#include "../shell/arith.h"
#include "../shell/error.h"
#include "../shell/shell.h"
#include "builtins.h"

int bi_let(struct shell *sh, int argc, char **argv)
{
	if (argc < 2) {
		sh_error(sh, "let: expression expected");
		return 1;
	}
	intmax_t v = 0;
	for (int i = 1; i < argc; i++) {
		if (arith_eval(sh, argv[i], &v) == 0)
			continue;
		if (sh->expand_error > 1 && !sh->opt.interactive)
			shell_exit(sh, 1);  /* an unset variable under set -u, as ${x} */
		return 1;
	}
	return v != 0 ? 0 : 1;
}

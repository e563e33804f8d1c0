/* let.c - the let builtin (bash): evaluates each argument as an arithmetic expression. */
#include <stdint.h>

#include "../shell/arith.h"
#include "../shell/error.h"
#include "builtins.h"

int bi_let(struct shell *sh, int argc, char **argv)
{
	if (argc < 2) {
		sh_error(sh, "let: expression expected");
		return 1;
	}
	intmax_t v = 0;
	for (int i = 1; i < argc; i++)
		if (arith_eval(sh, argv[i], &v) < 0)
			return 1;
	return v != 0 ? 0 : 1;
}

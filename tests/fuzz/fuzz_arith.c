/* fuzz_arith.c - libFuzzer target for arithmetic: arith_eval on the input text (up to its
 * first NUL), with the fixed variables of support.c (which include values that are
 * expressions, a variable naming itself, an array element, a nameref), then again on what the
 * first evaluation left in the variables. Nothing forks: a $(...) reached through a subscript
 * gives a fixed text (support.c). */
#include <stdint.h>
#include <stdlib.h>

#include "../../shell/arith.h"
#include "../../shell/shell.h"
#include "support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *expr = fuzz_strndup(data, size);
	struct shell *sh = fuzz_shell_new(size ? data[0] & FUZZ_OPT_NOUNSET : 0);
	intmax_t first, again;
	int rc = arith_eval(sh, expr, &first);
	if (rc != 0 && rc != -1)
		fuzz_fail("fuzz_arith: arith_eval returned %d", rc);
	arith_eval(sh, expr, &again);
	shell_free(sh);
	free(expr);
	return 0;
}

/* arith.h - the $(( )) evaluator: signed 64-bit C integer expressions. */
#ifndef MINISH_ARITH_H
#define MINISH_ARITH_H

#include <stdint.h>

struct shell;

/* Evaluates the already-expanded expression text, reading and assigning shell
 * variables.  Returns 0 and sets *result, or -1 after printing
 * "minish: EXPR: division by zero" / "...: syntax error ..." to stderr. */
int arith_eval(struct shell *sh, const char *expr, intmax_t *result);

#endif

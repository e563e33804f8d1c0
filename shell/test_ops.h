/* test_ops.h - what the test operators mean, shared by the test and [ builtins and by
 * [[ ]] (which only differs in how it finds the operands and compares strings). */
#ifndef MINISH_TEST_OPS_H
#define MINISH_TEST_OPS_H

#include <stdbool.h>
#include <stdint.h>

#include "../parser/cond.h"

struct shell;

/* Applies a unary operator (files, -n, -z, -o, -v, -t, -R) to arg. */
bool test_unary(struct shell *sh, enum cond_op op, const char *arg);
/* -nt, -ot or -ef on two file names. */
bool test_files(enum cond_op op, const char *a, const char *b);
/* -eq ... -ge on two integers. */
bool test_ints(enum cond_op op, intmax_t x, intmax_t y);
/* = == != < > on two strings, compared as strings (no patterns); < and > use the locale's
 * collating order. */
bool test_strings(enum cond_op op, const char *a, const char *b);
/* True when `set -o name` is on. */
bool test_option_on(const struct shell *sh, const char *name);
/* -v: true when name (a variable, a positional parameter, or name[subscript]) is set; with
 * expand, the subscript is expanded first (test -v 'm[$k]' as in bash; [[ ]] gets it expanded). */
bool test_var_set(struct shell *sh, const char *name, bool expand);

#endif

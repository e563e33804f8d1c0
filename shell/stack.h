/* stack.h - how deep the shell may recurse: the lowest stack address it may use, from
 * RLIMIT_STACK at start-up, so nesting limits follow the stack instead of a fixed count. */
#ifndef MINISH_STACK_H
#define MINISH_STACK_H

#include "../parser/stack_probe.h"

struct shell;

/* Records the stack's floor in sh->stack_floor: the top (argv, the environment, main's
 * frame) minus RLIMIT_STACK, plus a reserve for the calls a deepest command still makes. */
void stack_init(struct shell *sh, char **argv);
/* After `ulimit -s`: a lower RLIMIT_STACK raises the floor (the kernel stops the stack's growth
 * there); a higher one leaves it (the room below the stack was fixed at exec). */
void stack_limit_changed(struct shell *sh);

/* The parser's limit on a flat a && b || c chain (eval walks chains without recursion;
 * the four printers recurse on them, ~100 bytes a link): the stack size over 256 bytes. */
int stack_chain_limit(const struct shell *sh);

#endif

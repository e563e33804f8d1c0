/* stack.h - how deep the shell may recurse: the lowest stack address it may use, from
 * RLIMIT_STACK at start-up, so nesting limits follow the stack instead of a fixed count. */
#ifndef MINISH_STACK_H
#define MINISH_STACK_H

#include <stdbool.h>
#include <stdint.h>

struct shell;

/* Records the stack's floor in sh->stack_floor: the top (argv, the environment, main's
 * frame) minus RLIMIT_STACK, plus a reserve for the calls a deepest command still makes. */
void stack_init(struct shell *sh, char **argv);
/* After `ulimit -s`: a lower RLIMIT_STACK raises the floor (the kernel stops the stack's growth
 * there); a higher one leaves it (the room below the stack was fixed at exec). */
void stack_limit_changed(struct shell *sh);

/* The current frame's address, as compared with stack_floor (the real frame, also under
 * ASan's fake stacks, where a local's address may be on the heap). */
static inline uintptr_t stack_here(void)
{
#if defined(__GNUC__)
	return (uintptr_t)__builtin_frame_address(0);
#else
	volatile char probe = 0;
	return (uintptr_t)&probe;
#endif
}

/* True when the caller is below the floor (floor 0: never): it must not recurse further. */
static inline bool stack_low(uintptr_t floor)
{
	return floor != 0 && stack_here() < floor;
}

/* The parser's limit on a flat a && b || c chain (eval walks chains without recursion;
 * the four printers recurse on them, ~100 bytes a link): the stack size over 256 bytes. */
int stack_chain_limit(const struct shell *sh);

#endif

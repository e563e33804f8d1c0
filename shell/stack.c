/* stack.c - the stack floor: nesting is refused where the stack ends, not at a fixed count
 * (measured at 8 MB: ${x:-${x:-...}} 10,000 deep needs 4-8 MB, $(( ((...)) )) 10,000 deep
 * 2-4 MB, so a fixed 1,000 refused what dash and bash compute). */
#include <stddef.h>
#include <string.h>
#include <sys/resource.h>

#include "shell.h"
#include "stack.h"

extern char **environ;

enum {
	STACK_ASSUMED = 64 << 20,    /* RLIMIT_STACK unlimited: what we let ourselves use */
	STACK_RESERVE_MIN = 256 << 10, /* left for libc (glob, regcomp, printf), readline, handlers */
};

/* The highest address among main's frame, argv and the environment (they sit at the top). */
static uintptr_t stack_top(char **argv)
{
	uintptr_t top = stack_here();
	for (char **v = argv; v && *v; v++)
		if ((uintptr_t)*v + strlen(*v) + 1 > top)
			top = (uintptr_t)*v + strlen(*v) + 1;
	for (char **v = environ; v && *v; v++)
		if ((uintptr_t)*v + strlen(*v) + 1 > top)
			top = (uintptr_t)*v + strlen(*v) + 1;
	return top;
}

/* The floor for a stack of the current RLIMIT_STACK below top, and its size in *size. */
static uintptr_t floor_below(uintptr_t top, size_t *size)
{
	struct rlimit rl;
	*size = STACK_ASSUMED;
	if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < *size)
		*size = (size_t)rl.rlim_cur;
	size_t reserve = *size / 8 > STACK_RESERVE_MIN ? *size / 8 : STACK_RESERVE_MIN;
	return *size > reserve && top > *size - reserve ? top - (*size - reserve) : 0;
}

void stack_init(struct shell *sh, char **argv)
{
	sh->stack_top = stack_top(argv);
	sh->stack_floor = floor_below(sh->stack_top, &sh->stack_size);
}

void stack_limit_changed(struct shell *sh)
{
	size_t size;
	uintptr_t floor = floor_below(sh->stack_top, &size);
	if (sh->stack_top == 0 || floor <= sh->stack_floor)
		return;
	sh->stack_floor = floor;
	sh->stack_size = size;
}

int stack_chain_limit(const struct shell *sh)
{
	size_t n = sh->stack_size / 256;
	return n > 1000 ? (n < 1000000 ? (int)n : 1000000) : 1000;
}

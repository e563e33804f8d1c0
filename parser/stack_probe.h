/* stack_probe.h - where the stack is now, against a floor below which nesting must stop (the
 * floor comes from the shell's stack limit, shell/stack.h; the parser gets it in parse_input). */
#ifndef MINISH_STACK_PROBE_H
#define MINISH_STACK_PROBE_H

#include <stdbool.h>
#include <stdint.h>

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

#endif

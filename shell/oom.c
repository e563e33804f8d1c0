/* oom.c - out of memory: a message and a clean exit with status 2, never abort(). */
#include "oom.h"

#include <stdbool.h>
#include <stdio.h>
#include <unistd.h>

#include "../parser/arena.h"
#include "procsub.h"
#include "shell.h"
#include "xalloc.h"

/* The handler for xalloc: what it must do allocates nothing (a process substitution's clean-up
 * only unlinks, signals and reaps); a second failure on the way out exits at once. */
static void out_of_memory(void *ctx, size_t n)
{
	struct shell *sh = ctx;
	static bool dying;
	char msg[96];
	int len = snprintf(msg, sizeof(msg), "minish: out of memory (cannot allocate %zu bytes)\n", n);
	(void)!write(2, msg, len > 0 ? (size_t)len : 0);
	if (!dying) {
		dying = true;
		procsub_cleanup_all(sh);
		input_sync_script(sh);
		fflush(stdout);
	}
	_exit(2);
}

static void arena_out_of_memory(size_t n)
{
	xalloc_failed(n);
}

void oom_install(struct shell *sh)
{
	xalloc_on_failure(out_of_memory, sh);
	arena_on_failure(arena_out_of_memory);
}

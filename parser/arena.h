/* arena.h - bump allocator with mark/reset: one arena per top-level command. */
#ifndef MINISH_ARENA_H
#define MINISH_ARENA_H

#include <stddef.h>

struct arena_block;

/* A bump allocator.  Allocation never fails (out of memory ends the shell with a message
 * and status 2, see arena_on_failure), so callers need no error paths for it. */
struct arena {
	struct arena_block *head;  /* newest block first */
	int refs;                  /* holders besides the creator (function bodies) */
};

/* A position to return to with arena_reset(). */
struct arena_mark {
	struct arena_block *block;
	size_t used;
};

/* Called when n bytes could not be allocated for an arena; must not return. */
typedef void arena_failure_fn(size_t n);
/* Registers what an allocation failure does (the shell's clean-up and exit), for all arenas. */
void arena_on_failure(arena_failure_fn *fn);

/* Makes an empty arena on the heap. */
struct arena *arena_new(void);
/* Frees the arena and everything allocated in it. */
void arena_free(struct arena *a);
/* Returns size zero-filled bytes aligned for any type. */
void *arena_alloc(struct arena *a, size_t size);
/* Returns size bytes aligned for any type, not cleared (text buffers fill them anyway). */
void *arena_alloc_raw(struct arena *a, size_t size);
/* Returns a NUL-terminated copy of the len bytes at s. */
char *arena_strndup(struct arena *a, const char *s, size_t len);
/* Returns a NUL-terminated copy of s. */
char *arena_strdup(struct arena *a, const char *s);
/* Records the current allocation point. */
struct arena_mark arena_mark(struct arena *a);
/* Frees everything allocated after mark m was taken. */
void arena_reset(struct arena *a, struct arena_mark m);
/* Returns the bytes the arena's blocks take (used or not). */
size_t arena_size(const struct arena *a);
/* Adds a holder: the arena outlives its command while a function body lives in it. */
void arena_ref(struct arena *a);
/* Drops a holder; frees the arena when none is left. */
void arena_unref(struct arena *a);

#endif

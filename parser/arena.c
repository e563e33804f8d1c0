/* arena.c - bump allocator with mark/reset. */
#include "arena.h"

#include <stdalign.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_BLOCK_MIN = 16 * 1024 };

struct arena_block {
	struct arena_block *prev;
	size_t size;
	size_t used;
	alignas(max_align_t) unsigned char data[];
};

static arena_failure_fn *on_failure;

void arena_on_failure(arena_failure_fn *fn)
{
	on_failure = fn;
}

static void *malloc_or_die(size_t n)
{
	void *p = malloc(n);
	if (!p) {
		if (on_failure)
			on_failure(n);  /* does not return */
		fprintf(stderr, "minish: out of memory (cannot allocate %zu bytes)\n", n);
		_Exit(2);
	}
	return p;
}

struct arena *arena_new(void)
{
	struct arena *a = malloc_or_die(sizeof(struct arena));
	a->head = NULL;
	a->refs = 0;
	return a;
}

static void free_blocks_until(struct arena *a, struct arena_block *stop)
{
	while (a->head && a->head != stop) {
		struct arena_block *prev = a->head->prev;
		free(a->head);
		a->head = prev;
	}
}

void arena_free(struct arena *a)
{
	if (!a)
		return;
	free_blocks_until(a, NULL);
	free(a);
}

void *arena_alloc_raw(struct arena *a, size_t size)
{
	const size_t align = alignof(max_align_t);
	size = (size + align - 1) & ~(align - 1);
	struct arena_block *b = a->head;
	if (!b || b->size - b->used < size) {
		size_t want = size > ARENA_BLOCK_MIN ? size : ARENA_BLOCK_MIN;
		if (b && b->size * 2 > want && b->size < 1024 * 1024)
			want = b->size * 2;
		/* malloc, not calloc: pages are touched only as they are handed out. */
		b = malloc_or_die(sizeof(*b) + want);
		b->size = want;
		b->used = 0;
		b->prev = a->head;
		a->head = b;
	}
	void *p = b->data + b->used;
	b->used += size;
	return p;
}

void *arena_alloc(struct arena *a, size_t size)
{
	return memset(arena_alloc_raw(a, size), 0, size);
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = arena_alloc_raw(a, len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

struct arena_mark arena_mark(struct arena *a)
{
	struct arena_mark m = { a->head, a->head ? a->head->used : 0 };
	return m;
}

void arena_reset(struct arena *a, struct arena_mark m)
{
	if (!m.block && a->head) {
		/* Back to empty: keep the first block for the next command (no new malloc). */
		struct arena_block *first = a->head;
		while (first->prev)
			first = first->prev;
		free_blocks_until(a, first);
		first->used = 0;
		return;
	}
	free_blocks_until(a, m.block);
	if (a->head)
		a->head->used = m.used;
}

size_t arena_size(const struct arena *a)
{
	size_t n = 0;
	for (const struct arena_block *b = a->head; b; b = b->prev)
		n += b->size;
	return n;
}

void arena_ref(struct arena *a)
{
	a->refs++;
}

void arena_unref(struct arena *a)
{
	if (--a->refs < 0)
		arena_free(a);
}

/* pattern_set.c - windowed sets of subject positions for the pattern matcher (pattern_set.h). */
#include "pattern_set.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

struct pset_chunk {
	struct pset_chunk *prev;
	size_t used, cap;
	uint64_t words[];
};

void pset_store_init(struct pset_store *st, size_t n)
{
	st->w = (n + 1 + 63) / 64;
	st->top = NULL;
	st->spare = NULL;
}

void pset_store_done(struct pset_store *st)
{
	pset_release(st, (struct pset_mark){ NULL, 0 });
	free(st->spare);
	st->spare = NULL;
}

struct pset pset_new(struct pset_store *st)
{
	if (!st->top || st->top->used + st->w > st->top->cap) {
		/* room for 32 sets at least; a chunk given back is taken again (a loop that takes
		 * and gives back sets across a chunk's end must not allocate each time) */
		size_t cap = st->w * 32 > 2048 ? st->w * 32 : 2048;
		struct pset_chunk *c = st->spare;
		st->spare = NULL;
		if (!c || c->cap < cap) {
			free(c);
			c = xmalloc(sizeof(*c) + cap * sizeof(uint64_t));
			c->cap = cap;
		}
		c->prev = st->top;
		c->used = 0;
		st->top = c;
	}
	struct pset a = { st->top->words + st->top->used, 0, 0 };
	st->top->used += st->w;
	return a;
}

struct pset_mark pset_mark(const struct pset_store *st)
{
	return (struct pset_mark){ st->top, st->top ? st->top->used : 0 };
}

void pset_release(struct pset_store *st, struct pset_mark k)
{
	while (st->top != k.top) {
		struct pset_chunk *c = st->top;
		st->top = c->prev;
		free(st->spare);
		st->spare = c;
	}
	if (st->top)
		st->top->used = k.used;
}

void pset_widen(struct pset *a, size_t lo, size_t hi)
{
	if (a->lo == a->hi) {
		memset(a->words + lo, 0, (hi - lo) * sizeof(uint64_t));
		a->lo = lo;
		a->hi = hi;
		return;
	}
	if (lo < a->lo) {
		memset(a->words + lo, 0, (a->lo - lo) * sizeof(uint64_t));
		a->lo = lo;
	}
	if (hi > a->hi) {
		memset(a->words + a->hi, 0, (hi - a->hi) * sizeof(uint64_t));
		a->hi = hi;
	}
}

void pset_add(struct pset *a, size_t pos)
{
	size_t k = pos >> 6;
	if (k < a->lo || k >= a->hi)
		pset_widen(a, k, k + 1);
	a->words[k] |= (uint64_t)1 << (pos & 63);
}

void pset_add_range(struct pset *a, size_t from, size_t to)
{
	size_t kf = from >> 6, kt = to >> 6;
	pset_widen(a, kf, kt + 1);
	uint64_t first = ~(uint64_t)0 << (from & 63);
	uint64_t last = ~(uint64_t)0 >> (63 - (to & 63));
	if (kf == kt) {
		a->words[kf] |= first & last;
		return;
	}
	a->words[kf] |= first;
	for (size_t k = kf + 1; k < kt; k++)
		a->words[k] = ~(uint64_t)0;
	a->words[kt] |= last;
}

void pset_copy(struct pset *a, const struct pset *b)
{
	memcpy(a->words + b->lo, b->words + b->lo, (b->hi - b->lo) * sizeof(uint64_t));
	a->lo = b->lo;
	a->hi = b->hi;
}

void pset_or(struct pset *a, const struct pset *b)
{
	if (b->lo == b->hi)
		return;
	pset_widen(a, b->lo, b->hi);
	for (size_t k = b->lo; k < b->hi; k++)
		a->words[k] |= b->words[k];
}

bool pset_trim(struct pset *a)
{
	while (a->lo < a->hi && !a->words[a->lo])
		a->lo++;
	while (a->hi > a->lo && !a->words[a->hi - 1])
		a->hi--;
	if (a->lo == a->hi) {
		a->lo = a->hi = 0;
		return true;
	}
	return false;
}

bool pset_next(const struct pset *a, size_t *pos)
{
	size_t from = *pos == SIZE_MAX ? 0 : *pos + 1;
	size_t k = from >> 6;
	if (k < a->lo) {
		k = a->lo;
		from = k << 6;
	}
	for (; k < a->hi; k++) {
		uint64_t word = a->words[k];
		if (k == from >> 6)
			word &= ~(uint64_t)0 << (from & 63);
		if (word) {
			*pos = (k << 6) + (size_t)__builtin_ctzll(word);
			return true;
		}
	}
	return false;
}

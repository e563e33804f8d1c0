/* pattern_set.h - internal to the pattern matcher (pattern.c): sets of positions 0..n of a
 * subject, as bitsets that keep a window of words [lo, hi) outside which every bit is 0, so
 * that each operation costs the size of the windows it touches, not the subject's length
 * (+(a) against a million a's takes a million steps of one word each); and their storage,
 * taken and given back in stack order without zeroing. */
#ifndef MINISH_PATTERN_SET_H
#define MINISH_PATTERN_SET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A set of positions: words[lo .. hi) hold it (words outside the window are garbage). */
struct pset {
	uint64_t *words;
	size_t lo, hi;
};

struct pset_chunk;

/* Storage for sets of w words each. */
struct pset_store {
	size_t w;                  /* words per set: (n + 1 + 63) / 64 */
	struct pset_chunk *top;    /* the chunk sets are taken from */
	struct pset_chunk *spare;  /* the last chunk given back, kept for the next one */
};

/* Where the storage stands, to give back every set taken since. */
struct pset_mark {
	struct pset_chunk *top;
	size_t used;
};

/* Starts storage for sets over positions 0..n. */
void pset_store_init(struct pset_store *st, size_t n);
/* Frees all storage. */
void pset_store_done(struct pset_store *st);
/* An empty set (O(1): its words are not zeroed). */
struct pset pset_new(struct pset_store *st);
/* The storage's position now. */
struct pset_mark pset_mark(const struct pset_store *st);
/* Gives back every set taken since mark k. */
void pset_release(struct pset_store *st, struct pset_mark k);

/* Makes a empty. */
static inline void pset_clear(struct pset *a)
{
	a->lo = a->hi = 0;
}

/* True when a has position pos. */
static inline bool pset_has(const struct pset *a, size_t pos)
{
	size_t k = pos >> 6;
	return k >= a->lo && k < a->hi && ((a->words[k] >> (pos & 63)) & 1);
}

/* Widens a's window to hold words [lo, hi) (the new words are 0). */
void pset_widen(struct pset *a, size_t lo, size_t hi);
/* Adds position pos to a. */
void pset_add(struct pset *a, size_t pos);
/* Adds positions from..to (inclusive) to a. */
void pset_add_range(struct pset *a, size_t from, size_t to);
/* a = b. */
void pset_copy(struct pset *a, const struct pset *b);
/* a |= b. */
void pset_or(struct pset *a, const struct pset *b);
/* Narrows a's window to its first and last non-zero words; true when a is then empty. */
bool pset_trim(struct pset *a);
/* The positions in a, in order: *pos from SIZE_MAX on; false after the last. */
bool pset_next(const struct pset *a, size_t *pos);

#endif

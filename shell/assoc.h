/* assoc.h - bash's associative arrays: string keys to string values, hashed, iterated in
 * insertion order (bash iterates in its own hash order; README "Deliberate differences").
 *
 * Entries sit in a vector in insertion order; an open-addressing index of positions finds a
 * key in O(1) expected time. Unset leaves a hole, removed when the index is rebuilt. */
#ifndef MINISH_ASSOC_H
#define MINISH_ASSOC_H

#include <stdbool.h>
#include <stddef.h>

struct assoc;

/* Makes an empty associative array. */
struct assoc *assoc_new(void);
/* Frees m, its keys and values (NULL is fine). */
void assoc_free(struct assoc *m);
/* Returns a deep copy of m (same order). */
struct assoc *assoc_copy(const struct assoc *m);
/* Removes every entry. */
void assoc_clear(struct assoc *m);
/* Returns the number of entries. */
size_t assoc_count(const struct assoc *m);
/* Returns the value of key, or NULL when it is not set. */
const char *assoc_get(const struct assoc *m, const char *key);
/* Sets key to a copy of v (a new key goes last in the order). */
void assoc_set(struct assoc *m, const char *key, const char *v);
/* Sets key to v, which m takes over (malloc'd). */
void assoc_set_owned(struct assoc *m, const char *key, char *v);
/* Removes key; returns false when it was not set. */
bool assoc_unset(struct assoc *m, const char *key);

/* Iteration in insertion order: start with *pos = 0; false at the end, else true with the
 * next key and value. m must not change meanwhile. */
bool assoc_next(const struct assoc *m, size_t *pos, const char **key, const char **value);

#endif

/* array.h - bash's indexed arrays: sparse, ordered by index, of malloc'd strings.
 *
 * Storage is one vector of (index, value) slots sorted by index, with room kept at both ends:
 * appending after the last index or before the first one is O(1) amortized, reading an index
 * is O(1) while the indices are dense and O(log n) otherwise, unsetting is O(1) amortized
 * (a hole that later compaction removes). Only an insertion between two set indices moves
 * slots (the shorter side). Memory is linear in the number of set elements. */
#ifndef MINISH_ARRAY_H
#define MINISH_ARRAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct array;

/* Makes an empty array. */
struct array *array_new(void);
/* Frees a and its strings (NULL is fine). */
void array_free(struct array *a);
/* Returns a deep copy of a. */
struct array *array_copy(const struct array *a);
/* Removes every element. */
void array_clear(struct array *a);
/* Returns the number of set elements. */
size_t array_count(const struct array *a);
/* Returns the value at index i, or NULL when that element is unset. */
const char *array_get(const struct array *a, intmax_t i);
/* Sets element i to a copy of v. i must be >= 0. */
void array_set(struct array *a, intmax_t i, const char *v);
/* Sets element i to v, which the array takes over (malloc'd). i must be >= 0. */
void array_set_owned(struct array *a, intmax_t i, char *v);
/* Unsets element i; returns false when it was not set. */
bool array_unset(struct array *a, intmax_t i);
/* Returns the highest set index, or -1 when the array is empty. */
intmax_t array_max_index(const struct array *a);
/* Appends a copy of v after the highest set index (at 0 when empty). */
void array_append(struct array *a, const char *v);

/* Iteration in index order: start with *pos = 0; each call returns false at the end, or
 * true with the next set element's index and value. The array must not change meanwhile. */
bool array_next(const struct array *a, size_t *pos, intmax_t *index, const char **value);

#endif

/* assoc.c - associative arrays: entries in insertion order plus an open-addressing index
 * (linear probing) of their positions. */
#include "assoc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

struct entry {
	char *key;          /* NULL: a hole left by unset */
	char *value;
	size_t hash;
};

enum { SLOT_EMPTY = 0, SLOT_HOLE = 1 };  /* index slots; others hold entry position + 2 */

struct assoc {
	struct entry *e;    /* ecap entries, n used (holes included), in insertion order */
	size_t n, ecap, live;
	size_t *index;      /* nindex slots (a power of two), or NULL */
	size_t nindex;
};

/* FNV-1a; the top bits are mixed down since the index uses the low ones. */
static size_t hash_key(const char *s)
{
	uint64_t h = 14695981039346656037u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return (size_t)(h ^ (h >> 29));
}

struct assoc *assoc_new(void)
{
	return xcalloc(1, sizeof(struct assoc));
}

void assoc_clear(struct assoc *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->e[i].key);
		free(m->e[i].value);
	}
	m->n = 0;
	m->live = 0;
	if (m->index)
		memset(m->index, 0, m->nindex * sizeof(*m->index));
}

void assoc_free(struct assoc *m)
{
	if (!m)
		return;
	assoc_clear(m);
	free(m->e);
	free(m->index);
	free(m);
}

size_t assoc_count(const struct assoc *m)
{
	return m->live;
}

/* The index slot holding key, or the empty slot where it would go (*found false). */
static size_t *probe(const struct assoc *m, const char *key, size_t h, bool *found)
{
	size_t mask = m->nindex - 1;
	size_t *hole = NULL;
	*found = false;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		size_t *slot = &m->index[i];
		if (*slot == SLOT_EMPTY)
			return hole ? hole : slot;
		if (*slot == SLOT_HOLE) {
			if (!hole)
				hole = slot;
			continue;
		}
		const struct entry *e = &m->e[*slot - 2];
		if (e->hash == h && strcmp(e->key, key) == 0) {
			*found = true;
			return slot;
		}
	}
}

/* Rebuilds the index for at least want entries, dropping the holes of the entry vector. */
static void reindex(struct assoc *m, size_t want)
{
	size_t k = 0;
	for (size_t i = 0; i < m->n; i++)
		if (m->e[i].key)
			m->e[k++] = m->e[i];
	m->n = k;
	size_t n = 16;
	while (n < want * 2)
		n *= 2;
	free(m->index);
	m->index = xcalloc(n, sizeof(*m->index));
	m->nindex = n;
	for (size_t i = 0; i < m->n; i++) {
		bool found;
		*probe(m, m->e[i].key, m->e[i].hash, &found) = i + 2;
	}
}

const char *assoc_get(const struct assoc *m, const char *key)
{
	if (m->live == 0)
		return NULL;
	bool found;
	size_t *slot = probe(m, key, hash_key(key), &found);
	return found ? m->e[*slot - 2].value : NULL;
}

void assoc_set_owned(struct assoc *m, const char *key, char *v)
{
	size_t h = hash_key(key);
	bool found;
	/* the index stays at most half full, holes of both kinds counted */
	if (!m->index || (m->n + 1) * 2 > m->nindex)
		reindex(m, m->live + 1);
	size_t *slot = probe(m, key, h, &found);
	if (found) {
		free(m->e[*slot - 2].value);
		m->e[*slot - 2].value = v;
		return;
	}
	if (m->n == m->ecap) {
		m->ecap = m->ecap ? m->ecap * 2 : 8;
		m->e = xrealloc(m->e, m->ecap * sizeof(*m->e));
	}
	m->e[m->n] = (struct entry){ .key = xstrdup(key), .value = v, .hash = h };
	*slot = m->n + 2;
	m->n++;
	m->live++;
}

void assoc_set(struct assoc *m, const char *key, const char *v)
{
	assoc_set_owned(m, key, xstrdup(v));
}

bool assoc_unset(struct assoc *m, const char *key)
{
	if (m->live == 0)
		return false;
	bool found;
	size_t *slot = probe(m, key, hash_key(key), &found);
	if (!found)
		return false;
	struct entry *e = &m->e[*slot - 2];
	free(e->key);
	free(e->value);
	e->key = NULL;
	e->value = NULL;
	*slot = SLOT_HOLE;
	m->live--;
	if (m->live == 0)
		assoc_clear(m);
	return true;
}

struct assoc *assoc_copy(const struct assoc *m)
{
	struct assoc *c = assoc_new();
	for (size_t i = 0; i < m->n; i++)
		if (m->e[i].key)
			assoc_set(c, m->e[i].key, m->e[i].value);
	return c;
}

bool assoc_next(const struct assoc *m, size_t *pos, const char **key, const char **value)
{
	while (*pos < m->n) {
		const struct entry *e = &m->e[(*pos)++];
		if (e->key) {
			*key = e->key;
			*value = e->value;
			return true;
		}
	}
	return false;
}

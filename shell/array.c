/* array.c - sparse indexed arrays: a vector of (index, value) slots sorted by index, with
 * free room at both ends and holes (unset slots) compacted away in bulk. */
#include "array.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

struct slot {
	intmax_t index;
	char *value;        /* NULL: a hole left by unset */
};

struct array {
	struct slot *s;     /* cap slots; the used ones are s[head .. head + n) */
	size_t cap, head, n;
	size_t live;        /* slots with a value; the first and last used slots always have one */
};

struct array *array_new(void)
{
	return xcalloc(1, sizeof(struct array));
}

void array_clear(struct array *a)
{
	for (size_t i = a->head; i < a->head + a->n; i++)
		free(a->s[i].value);
	a->head = a->cap / 2;
	a->n = 0;
	a->live = 0;
}

void array_free(struct array *a)
{
	if (!a)
		return;
	array_clear(a);
	free(a->s);
	free(a);
}

struct array *array_copy(const struct array *a)
{
	struct array *c = array_new();
	if (a->live == 0)
		return c;
	c->cap = a->live;
	c->s = xmalloc(c->cap * sizeof(*c->s));
	for (size_t i = a->head; i < a->head + a->n; i++)
		if (a->s[i].value) {
			c->s[c->n].index = a->s[i].index;
			c->s[c->n].value = xstrdup(a->s[i].value);
			c->n++;
		}
	c->live = c->n;
	return c;
}

size_t array_count(const struct array *a)
{
	return a->live;
}

intmax_t array_max_index(const struct array *a)
{
	return a->n ? a->s[a->head + a->n - 1].index : -1;
}

/* Position (relative to head) of index i, or where it would go when *found is false. */
static size_t locate(const struct array *a, intmax_t i, bool *found)
{
	*found = false;
	if (a->n == 0)
		return 0;  /* (before a->s + a->head: an empty array may have no slots, s NULL) */
	const struct slot *s = a->s + a->head;
	if (i < s[0].index)
		return 0;
	if (i > s[a->n - 1].index)
		return a->n;
	/* dense arrays: the slot at distance i - first holds i */
	uintmax_t guess = (uintmax_t)i - (uintmax_t)s[0].index;
	if (guess < a->n && s[guess].index == i) {
		*found = true;
		return (size_t)guess;
	}
	size_t lo = 0, hi = a->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s[mid].index < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = lo < a->n && s[lo].index == i;
	return lo;
}

const char *array_get(const struct array *a, intmax_t i)
{
	bool found;
	size_t pos = locate(a, i, &found);
	return found ? a->s[a->head + pos].value : NULL;
}

/* Moves the used slots into a bigger vector with room at both ends (holes dropped when
 * compact). */
static void regrow(struct array *a, bool compact)
{
	size_t used = compact ? a->live : a->n;
	size_t cap = used * 2 + 8;
	struct slot *s = xmalloc(cap * sizeof(*s));
	size_t head = (cap - used) / 2, k = head;
	for (size_t i = a->head; i < a->head + a->n; i++)
		if (!compact || a->s[i].value)
			s[k++] = a->s[i];
	free(a->s);
	a->s = s;
	a->cap = cap;
	a->head = head;
	a->n = k - head;
}

/* Opens a slot for index i (not set) at its place and returns it: the shorter side moves,
 * an append at either end never moves anything, and a full vector grows (dropping holes). */
static struct slot *insert_slot(struct array *a, intmax_t i)
{
	bool found;
	size_t pos = locate(a, i, &found);
	bool front = pos < a->n - pos;  /* fewer slots to move on the left */
	bool room_front = a->head > 0, room_back = a->head + a->n < a->cap;
	if (a->cap == 0 || (front ? !room_front : !room_back)) {
		bool at_end = pos == 0 || pos == a->n;
		if (at_end || !(front ? room_back : room_front)) {
			regrow(a, a->n - a->live > a->n / 4);
			pos = locate(a, i, &found);
			front = pos < a->n - pos;
		} else {
			front = !front;
		}
	}
	if (front) {
		memmove(a->s + a->head - 1, a->s + a->head, pos * sizeof(*a->s));
		a->head--;
	} else {
		struct slot *at = a->s + a->head + pos;
		memmove(at + 1, at, (a->n - pos) * sizeof(*a->s));
	}
	a->n++;
	struct slot *s = a->s + a->head + pos;
	s->index = i;
	return s;
}

void array_set_owned(struct array *a, intmax_t i, char *v)
{
	bool found;
	size_t pos = locate(a, i, &found);
	if (found) {
		struct slot *s = a->s + a->head + pos;
		if (!s->value)
			a->live++;
		free(s->value);
		s->value = v;
		return;
	}
	insert_slot(a, i)->value = v;
	a->live++;
}

void array_set(struct array *a, intmax_t i, const char *v)
{
	array_set_owned(a, i, xstrdup(v));
}

void array_append(struct array *a, const char *v)
{
	array_set(a, array_max_index(a) + 1, v);
}

bool array_unset(struct array *a, intmax_t i)
{
	bool found;
	size_t pos = locate(a, i, &found);
	if (!found || !a->s[a->head + pos].value)
		return false;
	struct slot *s = a->s + a->head + pos;
	free(s->value);
	s->value = NULL;
	a->live--;
	/* keep the ends set: drop holes there */
	while (a->n > 0 && !a->s[a->head + a->n - 1].value)
		a->n--;
	while (a->n > 0 && !a->s[a->head].value) {
		a->head++;
		a->n--;
	}
	if (a->n == 0)
		a->head = a->cap / 2;
	else if (a->n > 64 && a->n - a->live > a->n / 2)
		regrow(a, true);
	return true;
}

bool array_next(const struct array *a, size_t *pos, intmax_t *index, const char **value)
{
	while (*pos < a->n) {
		const struct slot *s = a->s + a->head + (*pos)++;
		if (s->value) {
			*index = s->index;
			*value = s->value;
			return true;
		}
	}
	return false;
}

/* strvec.c - a growable vector of strings allocated in an arena. */
#include "strvec.h"

#include <string.h>

#include "../parser/arena.h"

void strvec_init(struct strvec *sv, struct arena *a)
{
	sv->a = a;
	sv->n = 0;
	sv->cap = 8;
	sv->v = arena_alloc(a, sv->cap * sizeof(char *));
}

void strvec_push(struct strvec *sv, char *s)
{
	if (sv->n + 1 >= sv->cap) {
		size_t cap = sv->cap * 2;
		char **v = arena_alloc(sv->a, cap * sizeof(char *));
		memcpy(v, sv->v, sv->n * sizeof(char *));
		sv->v = v;
		sv->cap = cap;
	}
	sv->v[sv->n++] = s;
	sv->v[sv->n] = NULL;
}

/* strvec.h - a growable vector of strings allocated in an arena. */
#ifndef MINISH_STRVEC_H
#define MINISH_STRVEC_H

#include <stddef.h>

struct arena;

struct strvec {
	char **v;     /* NULL-terminated once n > 0 or after strvec_init */
	size_t n, cap;
	struct arena *a;
};

/* Makes an empty vector whose storage lives in a. */
void strvec_init(struct strvec *sv, struct arena *a);
/* Appends s (not copied) and keeps v NULL-terminated. */
void strvec_push(struct strvec *sv, char *s);

#endif

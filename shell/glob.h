/* glob.h - pathname expansion on the matcher of pattern.c: extglob, globstar's **,
 * dotglob and nocaseglob, iterative (no recursion as deep as the tree). */
#ifndef MINISH_GLOB_H
#define MINISH_GLOB_H

#include <stddef.h>

struct arena;
struct strvec;

enum glob_flags {
	GLOB_EXT = 1u << 0,       /* extglob groups in each component */
	GLOB_DOTS = 1u << 1,      /* dotglob: names starting with . match without a . */
	GLOB_ICASE = 1u << 2,     /* nocaseglob */
	GLOB_STAR = 1u << 3,      /* globstar: a ** component is any number of directories */
};

/* Appends the paths that pattern (quoted characters escaped with a backslash) names to out,
 * sorted in the locale's collating order, copied into arena a; returns how many. Names .
 * and .. are never matched; ** never enters a symbolic link to a directory. */
size_t glob_paths(const char *pattern, unsigned flags, struct arena *a, struct strvec *out);

#endif

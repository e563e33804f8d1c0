/* pattern.h - shell pattern matching (case, [[ == ]], ${x#...} and friends, file names):
 * * ? [...] with backslash quoting, and bash's extglob groups. */
#ifndef MINISH_PATTERN_H
#define MINISH_PATTERN_H

#include <stdbool.h>

enum pattern_flags {
	PAT_EXTGLOB = 1u << 0,  /* ?(...) *(...) +(...) @(...) !(...) are groups */
	PAT_NOCASE = 1u << 1,   /* letters match either case */
};

/* True when pattern (quoted characters escaped with a backslash) matches all of s. */
bool pattern_matches(const char *pattern, const char *s, unsigned flags);

#endif

/* pattern.c - shell pattern matching through fnmatch(3). */
/* FNM_EXTMATCH and FNM_CASEFOLD are GNU extensions of fnmatch. */
#define _GNU_SOURCE
#include "pattern.h"

#include <fnmatch.h>

bool pattern_matches(const char *pattern, const char *s, unsigned flags)
{
	int f = ((flags & PAT_EXTGLOB) ? FNM_EXTMATCH : 0) | ((flags & PAT_NOCASE) ? FNM_CASEFOLD : 0);
	return fnmatch(pattern, s, f) == 0;
}

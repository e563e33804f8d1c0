/* rematch.h - BASH_REMATCH: the match and the groups of the last =~ of [[ ]].
 * Until the shell has array variables, BASH_REMATCH is an ordinary variable holding the
 * whole match (element 0) and ${BASH_REMATCH[N]}, ${BASH_REMATCH[@]} and
 * ${#BASH_REMATCH[@]} are answered from the list kept here (as PIPESTATUS is). */
#ifndef MINISH_REMATCH_H
#define MINISH_REMATCH_H

#include <regex.h>
#include <stddef.h>

struct shell;

/* Records the n matches m[] of a regular expression in s (n 0: no match, which empties the
 * list and unsets BASH_REMATCH); a group that did not take part is the empty string. */
void rematch_set(struct shell *sh, const char *s, const regmatch_t *m, size_t n);

#endif

/* brace.h - brace expansion (bash): a{b,c}d, {1..10}, {01..10..3}, {a..z}; the first step of
 * word expansion, done on a word's parts before any parameter is expanded. */
#ifndef MINISH_BRACE_H
#define MINISH_BRACE_H

#include <stdbool.h>
#include <stddef.h>

struct shell;
struct word;

/* The most words one word may become: more is refused with a message. */
enum { BRACE_MAX_WORDS = 1000000 };

/* Sets the most words one word may become: BRACE_MAX_WORDS unless lowered (the fuzz targets
 * bound the work of one input with it). */
void brace_set_max_words(size_t max);
/* True when w has an unquoted { in its text (it may need brace expansion). */
bool brace_candidate(const struct word *w);
/* Expands the braces of w into *n words (*out, in the command arena; w itself, alone, when
 * it has no brace expression).  Returns 0, or -1 after a message (too many words). */
int brace_expand(struct shell *sh, const struct word *w, struct word ***out, size_t *n);

#endif

/* expand.h - word -> fields: tilde, parameters, command substitution, arithmetic,
 * process substitution, field splitting, pathname expansion, quote removal. */
#ifndef MINISH_EXPAND_H
#define MINISH_EXPAND_H

#include <stdbool.h>
#include <stddef.h>

#include "../parser/word.h"
#include "strvec.h"

struct shell;
struct arena;

/* Expands a list of words (linked by next) into fields appended to out, with splitting
 * and globbing (unless set -f).  Returns 0, or -1 after printing an error (bad
 * substitution, ${x?}, set -u, arithmetic error); then sh->status is set (1, or 2 for
 * syntax) and, in a non-interactive shell, the caller exits for ${x?} as POSIX says. */
int expand_words(struct shell *sh, const struct word *words, struct strvec *out);
/* Expands one word to a single string with no field splitting or globbing
 * (assignments, redirection targets, case subject, here-strings).  NULL on error. */
char *expand_word_str(struct shell *sh, const struct word *w);
/* Expands a case pattern or ${v#pattern} operand: quoted characters are escaped with
 * backslashes so that fnmatch() matches them literally.  NULL on error. */
char *expand_word_pattern(struct shell *sh, const struct word *w);
/* Expands an unquoted here-document body ($, `, \ only).  NULL on error. */
char *expand_heredoc(struct shell *sh, const struct word *body);
/* Expands the $, ` and \ of text as in a here-document (a subscript given as text, e.g.
 * unset 'a[$i]'): a string in the command arena, NULL after an error (reported). */
char *expand_text(struct shell *sh, const char *text);
/* Expands ~ or ~user; returns NULL when the user is unknown (word stays as written). */
char *expand_tilde(struct shell *sh, const char *user);
/* Returns true when pattern (fnmatch syntax from expand_word_pattern) matches s. */
bool pattern_match(const char *pattern, const char *s);

#endif

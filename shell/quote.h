/* quote.h - printing values so that the shell can read them back. */
#ifndef MINISH_QUOTE_H
#define MINISH_QUOTE_H

#include <stdio.h>

/* Writes s single-quoted when it holds anything but safe characters. */
void print_quoted(FILE *out, const char *s);
/* Like print_quoted, but a value with control characters is written as $'...' with escapes
 * (\t \n \r \E \ooo), so it stays on one line (`set`, as bash prints it). */
void print_quoted_line(FILE *out, const char *s);

#endif

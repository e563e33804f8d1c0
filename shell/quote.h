/* quote.h - printing values so that the shell can read them back. */
#ifndef MINISH_QUOTE_H
#define MINISH_QUOTE_H

#include <stdio.h>

/* Writes s single-quoted when it holds anything but safe characters. */
void print_quoted(FILE *out, const char *s);

#endif

/* quote.h - printing values so that the shell can read them back, in the styles of `set`,
 * `declare -p`, ${v@Q} and printf %q; and decoding the backslash escapes of $'...'. */
#ifndef MINISH_QUOTE_H
#define MINISH_QUOTE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Writes s single-quoted when it holds anything but safe characters. */
void print_quoted(FILE *out, const char *s);
/* True when s holds a control character or a byte that is not part of valid UTF-8: the
 * quoting functions below then write $'...'. */
bool quote_needs_ansi_c(const char *s);
/* Writes s as $'...' with C escapes (\n \t \e \001 ...). */
void quote_ansi_c(FILE *out, const char *s);
/* `set`: print_quoted, or $'...' (see quote_needs_ansi_c), so that each value stays on one line. */
void print_quoted_line(FILE *out, const char *s);
/* ${v@Q}: 'single quoted' ('' for empty), or $'...' (see quote_needs_ansi_c). */
void quote_single(FILE *out, const char *s);
/* declare -p: "double quoted" with \ before " $ ` \, or $'...'. */
void quote_double(FILE *out, const char *s);
/* printf %q: special characters backslash-escaped ('' for empty), or $'...'. */
void quote_backslash(FILE *out, const char *s);
/* Decodes the escapes of $'...' in s (\a \b \e \E \f \n \r \t \v \\ \' \" \? \NNN \xHH
 * \uHHHH \UHHHHHHHH \cX; a NUL ends the text) into out; returns out's length. out needs
 * strlen(s) + 1 bytes (no escape yields more bytes than it has). */
size_t decode_ansi_c(const char *s, char *out);

#endif

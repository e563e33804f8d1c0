/* output.h - helpers shared by the output builtins: backslash escapes and stdout errors. */
#ifndef MINISH_BUILTINS_OUTPUT_H
#define MINISH_BUILTINS_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

struct shell;

/* Which escapes a string understands: echo -e, printf's %b argument, printf's format. */
enum esc_mode {
	ESC_ECHO,      /* \0NNN, \c stops, unknown escapes kept, no warnings */
	ESC_PERCENT_B, /* as ESC_ECHO plus \NNN, warnings for \x and \u without digits */
	ESC_FORMAT,    /* \NNN, \" \' \?, \c kept literally, warnings as %b */
};

enum { ESC_MAX = 4 }; /* the most bytes one escape produces (a UTF-8 character) */

/* Decodes the escape at p (p[0] is the backslash) into out[0..*outlen) and returns the
 * number of characters of p it used (at least 1).  Sets *stop for \c where it stops output.
 * Warnings ("printf: missing hex digit for \x") are printed through sh. */
size_t esc_decode(struct shell *sh, const char *p, enum esc_mode mode, char out[ESC_MAX],
                  size_t *outlen, bool *stop);

/* Writes s to stdout with escapes decoded per mode; returns true when \c stopped it. */
bool esc_print(struct shell *sh, const char *s, enum esc_mode mode);

/* Flushes stdout; on a write error prints "minish: NAME: write error: REASON", clears the
 * error and returns 1, else returns 0. */
int bi_flush_stdout(struct shell *sh, const char *name);

#endif

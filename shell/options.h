/* options.h - the shell's single-letter and -o options. */
#ifndef MINISH_OPTIONS_H
#define MINISH_OPTIONS_H

#include <stdbool.h>

struct shell;

/* Sets (on) or clears option letter c; returns -1 for an unknown letter. */
int options_set_letter(struct shell *sh, char c, bool on);
/* Sets or clears a -o option by name; returns -1 after a message for an unknown name. */
int options_set_long(struct shell *sh, const char *name, bool on);
/* Returns 1 when the -o option name is on, 0 when off, -1 when there is no such option. */
int options_lookup(const struct shell *sh, const char *name);
/* Prints every -o option: `set -o` style, or `set +o` style (reinput) when as_commands. */
void options_print(struct shell *sh, bool as_commands);
/* Writes the letters of the options that are on ($-) into buf (at least 32 bytes). */
void options_letters(const struct shell *sh, char *buf);

#endif

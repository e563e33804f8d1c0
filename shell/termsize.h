/* termsize.h - the terminal's size: $COLUMNS and $LINES, and readline told when it changes. */
#ifndef MINISH_TERMSIZE_H
#define MINISH_TERMSIZE_H

struct shell;

/* Reads the terminal's size; when it changed since the last call, sets COLUMNS and LINES (as
 * bash's checkwinsize does at start, at each prompt and after each foreground job) and gives
 * readline the new size. */
void termsize_update(struct shell *sh);

#endif

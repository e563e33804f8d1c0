/* prompt.h - PS1/PS2 with the bash escapes \u \h \H \w \W \$ \j \t \! \n \[ \] and $NAME. */
#ifndef MINISH_PROMPT_H
#define MINISH_PROMPT_H

struct shell;

/* Returns the malloc'd prompt for variable var ("PS1" or "PS2") with escapes and $NAME, ${NAME}, $?, $$ expanded. */
char *prompt_expand(struct shell *sh, const char *var);
/* Returns the malloc'd expansion of fmt as a prompt string (${v@P}). */
char *prompt_expand_string(struct shell *sh, const char *fmt);

#endif
